import { GIVING360_STATUSES, type Giving360Source } from "@bk/domain";
import { Prisma, type PrismaClient } from "@bk/domain/server";

/** Grants a page of the export holds: the streams of 10 000 grants never hold more than this in memory. */
export const GIVING360_PAGE_SIZE = 1000;

// Compared as the enum (not as text), so that PostgreSQL estimates the rows from the column's statistics.
const inFavour = Prisma.sql`g."status" IN (${Prisma.join([...GIVING360_STATUSES].map((status) => Prisma.sql`CAST(${status} AS "GrantStatus")`))})`;
const complete = Prisma.sql`g."decisionDate" IS NOT NULL AND g."amountGranted" IS NOT NULL`;
/** The export's grants ("g"): decided in favour, with a decision date and a granted amount (as isGiving360Grant). */
const inExport = Prisma.sql`${inFavour} AND ${complete}`;

const isoTime = (column: string) => Prisma.raw(`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/** When a grant's exported data last changed: the grant, its parties, its programme or a payment. */
const MODIFIED = `greatest(g."updatedAt", f."updatedAt", r."updatedAt", p."updatedAt", d."modified")`;

const joins = Prisma.sql`FROM "Grant" g
  JOIN "Organisation" f ON f."id" = g."funderId"
  JOIN "Organisation" r ON r."id" = g."recipientId"
  LEFT JOIN "Programme" p ON p."id" = g."programmeId"
  LEFT JOIN LATERAL (
    SELECT sum(x."amount") FILTER (WHERE x."status" = 'PAID') AS "paid", max(x."updatedAt") AS "modified"
    FROM "Disbursement" x WHERE x."grantId" = g."id"
  ) d ON true`;

/** A grant with its parties and programme as flat columns (one row of the statement below). */
type Row = Omit<Giving360Source, "funder" | "recipient" | "programme" | "decisionDate"> & {
  decisionDate: string | null;
  funderId: string;
  funderName: string;
  funderNumber: string | null;
  funderMunicipality: string | null;
  funderWebsite: string | null;
  recipientId: string;
  recipientName: string;
  recipientNumber: string | null;
  recipientMunicipality: string | null;
  recipientWebsite: string | null;
  programmeId: string | null;
  programmeName: string | null;
};

const toSource = (r: Row): Giving360Source => ({
  ...r,
  funder: {
    id: r.funderId,
    name: r.funderName,
    organisationNumber: r.funderNumber,
    municipality: r.funderMunicipality,
    website: r.funderWebsite,
  },
  recipient: {
    id: r.recipientId,
    name: r.recipientName,
    organisationNumber: r.recipientNumber,
    municipality: r.recipientMunicipality,
    website: r.recipientWebsite,
  },
  programme: r.programmeId && r.programmeName !== null ? { id: r.programmeId, name: r.programmeName } : null,
});

/** One page of the export after the grant id `after` (keyset paging on the primary key): one statement. */
async function page(prisma: PrismaClient, after: string | null, size: number): Promise<Giving360Source[]> {
  const rows = await prisma.$queryRaw<Row[]>`SELECT g."id", g."title", g."description", g."currency", g."status"::text AS "status",
      g."amountApplied"::text AS "amountApplied", g."amountGranted"::text AS "amountGranted",
      coalesce(d."paid", 0)::text AS "amountDisbursed",
      to_char(g."decisionDate", 'YYYY-MM-DD') AS "decisionDate", g."periodStartYear", g."periodEndYear",
      f."id" AS "funderId", f."name" AS "funderName", f."organisationNumber" AS "funderNumber",
      f."municipality" AS "funderMunicipality", f."website" AS "funderWebsite",
      r."id" AS "recipientId", r."name" AS "recipientName", r."organisationNumber" AS "recipientNumber",
      r."municipality" AS "recipientMunicipality", r."website" AS "recipientWebsite",
      p."id" AS "programmeId", p."name" AS "programmeName",
      ${isoTime(MODIFIED)} AS "dateModified"
    ${joins}
    WHERE ${inExport} ${after === null ? Prisma.empty : Prisma.sql`AND g."id" > ${after}`}
    ORDER BY g."id" LIMIT ${size}`;
  return rows.map(toSource);
}

/**
 * The export's grants in pages of `size` (keyset on the id, each page one SQL statement with its
 * parties, programme and the sum of its payments), so that memory does not grow with the data.
 */
export async function* giving360Pages(prisma: PrismaClient, size = GIVING360_PAGE_SIZE): AsyncGenerator<Giving360Source[]> {
  let after: string | null = null;
  for (;;) {
    const rows = await page(prisma, after, size);
    if (rows.length) yield rows;
    if (rows.length < size) return;
    after = rows[rows.length - 1].id;
  }
}

/** How many grants the export holds and when the newest of them changed: the export's ETag and Last-Modified. */
export async function giving360Stamp(prisma: PrismaClient): Promise<{ count: number; modified: string | null }> {
  const [row] = await prisma.$queryRaw<{ count: number; modified: string | null }[]>`SELECT count(*)::int AS "count",
      ${isoTime(`max(${MODIFIED})`)} AS "modified"
    ${joins} WHERE ${inExport}`;
  return row;
}

/** How many grants the export holds, and how many decided in favour it leaves out for want of a decision date or amount. */
export async function giving360Coverage(prisma: PrismaClient): Promise<{ included: number; leftOut: number }> {
  const [row] = await prisma.$queryRaw<{ included: number; leftOut: number }[]>`SELECT
      count(*) FILTER (WHERE ${complete})::int AS "included", count(*) FILTER (WHERE NOT (${complete}))::int AS "leftOut"
    FROM "Grant" g WHERE ${inFavour}`;
  return row;
}
