import { fromOre, grantStatusLabels, organisationKindLabels, toOre } from "@bk/domain";
import type { GrantStatus, OrganisationKind, PrismaClient } from "@bk/domain/server";
import { grantWithoutYearSql, grantYearSharesSql, Prisma } from "@bk/domain/server";
import DataLoader from "dataloader";
import type { GrantGroup, GrantGroupBy } from "./grant-summary";

/** What a summary is asked for: its totals, or its groups by one key. */
export type SummaryPart = "TOTALS" | GrantGroupBy;
export type SummaryTotals = { count: number; amountApplied: string; amountGranted: string };
type Row = { part: SummaryPart; key: string | null; name: string | null; count: number; applied: string | null; granted: string | null };

/** The part a row answers, as a literal (one of a fixed set, never user input). */
const partName = (part: SummaryPart) => Prisma.raw(`'${part}'`);

const sums = Prisma.sql`count(*)::int AS "count", sum("amountApplied")::text AS "applied", sum("amountGranted")::text AS "granted"`;

/** Groups of "g" by one column of the grant (or its recipient), with the name of the row the key names. */
function groupedBy(part: Exclude<SummaryPart, "TOTALS" | "YEAR">): Prisma.Sql {
  const named = (column: string, table: string) =>
    Prisma.sql`SELECT ${partName(part)} AS "part", k."key", n."name", k."count", k."applied", k."granted"
      FROM (SELECT g.${Prisma.raw(`"${column}"`)} AS "key", ${sums} FROM "g" g GROUP BY 1) k
      LEFT JOIN ${Prisma.raw(`"${table}"`)} n ON n."id" = k."key"`;
  const ofRecipient = (column: string) =>
    Prisma.sql`SELECT ${partName(part)} AS "part", o.${Prisma.raw(`"${column}"`)}::text AS "key", NULL AS "name", ${sums}
      FROM "g" g JOIN "Organisation" o ON o."id" = g."recipientId" GROUP BY o.${Prisma.raw(`"${column}"`)}`;
  switch (part) {
    case "FUNDER":
      return named("funderId", "Organisation");
    case "RECIPIENT":
      return named("recipientId", "Organisation");
    case "PROGRAMME":
      return named("programmeId", "Programme");
    case "STATUS":
      return Prisma.sql`SELECT ${partName(part)} AS "part", g."status"::text AS "key", NULL AS "name", ${sums} FROM "g" g GROUP BY g."status"`;
    case "MUNICIPALITY":
      return ofRecipient("municipality");
    case "ORGANISATION_KIND":
      return ofRecipient("kind");
  }
}

/** By year: each grant counts in the years the domain's year-attribution rule gives it; one it gives none, under no year. */
const byYear = Prisma.sql`SELECT 'YEAR' AS "part", s."year"::text AS "key", NULL AS "name", count(*)::int AS "count",
    sum(s."applied")::text AS "applied", sum(s."granted")::text AS "granted" FROM "shares" s GROUP BY s."year"
  UNION ALL
  SELECT 'YEAR', NULL, NULL, ${sums} FROM "g" g WHERE ${Prisma.raw(grantWithoutYearSql("g"))}
  HAVING count(*) > 0`;

/**
 * One statement for every part asked of one summary: the matching grants once (a CTE), then
 * `GROUP BY` in PostgreSQL for each part, names joined only for the group keys. Nothing grows in
 * Node with the number of grants.
 */
export function summaryStatement(filter: Prisma.Sql, parts: readonly SummaryPart[]): Prisma.Sql {
  const selects = [...new Set(parts)].map((part) =>
    part === "TOTALS"
      ? Prisma.sql`SELECT 'TOTALS' AS "part", NULL AS "key", NULL AS "name", ${sums} FROM "g"`
      : part === "YEAR"
        ? byYear
        : groupedBy(part),
  );
  const shares = parts.includes("YEAR") ? Prisma.sql`, "shares" AS (${Prisma.raw(grantYearSharesSql('"g"'))})` : Prisma.empty;
  return Prisma.sql`WITH "g" AS (
      SELECT "grant"."id", "grant"."funderId", "grant"."recipientId", "grant"."programmeId", "grant"."status", "grant"."amountApplied",
        "grant"."amountGranted", "grant"."periodStartYear", "grant"."periodEndYear", "grant"."decisionDate"
      FROM "Grant" "grant" WHERE ${filter}
    )${shares}
    ${Prisma.join(
      selects.map((s) => Prisma.sql`(${s})`),
      " UNION ALL ",
    )}`;
}

const money = (v: string | null) => fromOre(toOre(v ?? "0"));

function label(part: GrantGroupBy, key: string | null, name: string | null): string {
  switch (part) {
    case "YEAR":
      return key ?? "Okänt år";
    case "STATUS":
      return grantStatusLabels[key as GrantStatus].sv;
    case "ORGANISATION_KIND":
      return organisationKindLabels[key as OrganisationKind].sv;
    case "MUNICIPALITY":
      return key ?? "Ingen kommun";
    case "PROGRAMME":
      return name ?? "Inget program";
    default:
      return name ?? "";
  }
}

/** A summary's parts, loaded together: the resolvers of one `grantSummary` ask, one statement answers. */
export type GrantSummarySource = {
  totals(): Promise<SummaryTotals>;
  groups(by: GrantGroupBy): Promise<GrantGroup[]>;
};

export function grantSummarySource(prisma: PrismaClient, filter: Prisma.Sql): GrantSummarySource {
  const loader = new DataLoader<SummaryPart, Row[]>(async (parts) => {
    const rows = await prisma.$queryRaw<Row[]>(summaryStatement(filter, parts));
    return parts.map((part) => rows.filter((r) => r.part === part));
  });
  return {
    async totals() {
      const [row] = await loader.load("TOTALS");
      return { count: row?.count ?? 0, amountApplied: money(row?.applied ?? null), amountGranted: money(row?.granted ?? null) };
    },
    async groups(by) {
      const rows = await loader.load(by);
      return rows
        .map((r) => ({
          key: r.key ?? "",
          label: label(by, r.key, r.name),
          count: r.count,
          amountApplied: money(r.applied),
          amountGranted: money(r.granted),
        }))
        .sort((a, b) => a.label.localeCompare(b.label, "sv"));
    },
  };
}
