import { IN_FAVOUR, type ProgrammeCandidate, type ProgrammeSubject, programmeCovers } from "@bk/domain";
import { Prisma } from "@bk/domain/server";
import DataLoader from "dataloader";
import { ownProjectsWhere } from "../../auth/visibility";
import type { Context } from "../../context";
import { whereSql } from "../shared/where-sql";
import type { ProjectForFinancing } from "./financing-input";

/** What a project's subject is read from (financingSelect's rows, or the portfolio's: portfolio-source.ts). */
type SubjectSource = Pick<ProjectForFinancing, "owner" | "operator"> & {
  id: string;
  grants: Pick<ProjectForFinancing["grants"][number], "recipient">[];
};

/** Whom a project's money goes to: its grants' recipients, or (without grants) its owner and operator. */
export function programmeSubject(p: SubjectSource): ProgrammeSubject {
  const orgs = p.grants.length ? p.grants.map((g) => g.recipient) : [p.owner, p.operator].flatMap((o) => (o ? [o] : []));
  return {
    projectId: p.id,
    recipientIds: [...new Set(orgs.map((o) => o.id))],
    recipientKinds: [...new Set(orgs.map((o) => o.kind))],
  };
}

type Request = { subject: ProgrammeSubject; years: readonly number[] };

/**
 * The programmes that cover any of the years asked for, with what the possible-sources rule needs
 * (programme-sources.ts in the domain): one SQL statement for every project of a request together,
 * however many there are (the portfolio asks for all of them at once). What a programme granted a
 * project's recipient for other projects counts only where the viewer may see those projects.
 */
export function programmeCandidates(ctx: Context, request: Request): Promise<readonly ProgrammeCandidate[]> {
  if (!request.years.length) return Promise.resolve([]);
  const key = "programmeCandidates";
  let loader = ctx.loaders.get(key) as DataLoader<Request, readonly ProgrammeCandidate[], string> | undefined;
  if (!loader) {
    loader = new DataLoader<Request, readonly ProgrammeCandidate[], string>(
      async (requests) => {
        const candidates = await loadCandidates(ctx, requests);
        return requests.map((r) => candidates.filter((c) => r.years.some((y) => c.coveredYears.has(y))));
      },
      { cacheKeyFn: (r) => JSON.stringify([r.subject.projectId, r.years]) },
    );
    ctx.loaders.set(key, loader);
  }
  return loader.load(request);
}

/** An amount as the Prisma client gave it (Decimal's text: no trailing zeros), from PostgreSQL. */
const money = (column: Prisma.Sql) => Prisma.sql`trim_scale(${column})::text`;

/**
 * The programmes of every year asked, each with the years among them it covers (a request keeps
 * those of its own years): one statement building each programme's allocation years, the kinds of
 * organisation its grants in favour went to, and those of its grants in favour that went to the
 * requests' projects or recipients (with their year amounts), in PostgreSQL.
 */
async function loadCandidates(ctx: Context, requests: readonly Request[]): Promise<(ProgrammeCandidate & { coveredYears: Set<number> })[]> {
  const years = [...new Set(requests.flatMap((r) => r.years))];
  const projectIds = requests.map((r) => r.subject.projectId);
  const recipientIds = [...new Set(requests.flatMap((r) => r.subject.recipientIds))];
  // The statuses sent as text[] and cast in the statement: a parameter of the enum's array type is one the
  // embedded database cannot send when the enum was created after it started (a first start, which migrates).
  const inFavour = Prisma.sql`g."status" = ANY(CAST(${[...IN_FAVOUR]}::text[] AS "GrantStatus"[]))`;
  // What a programme granted for other projects counts only where the viewer may see those projects.
  const visible = whereSql("Grant", ownProjectsWhere(ctx), "g");
  // The grants to the requests' projects or recipients are found once, by those (their own indexes), and
  // grouped by programme: looked up per programme instead, a county's portfolio (2 000 projects) spent
  // two thirds of this statement there (165 -> 54 ms on the synthetic county; one project's: ~15 % less).
  const rows = await ctx.prisma.$queryRaw<ProgrammeCandidate[]>`
    WITH "asked" AS MATERIALIZED (
      SELECT g."programmeId", json_agg(json_build_object('projectId', g."projectId", 'recipientId', g."recipientId", 'recipientName', r."name",
          'amountApplied', ${money(Prisma.sql`g."amountApplied"`)}, 'amountGranted', ${money(Prisma.sql`g."amountGranted"`)},
          'periodStartYear', g."periodStartYear", 'periodEndYear', g."periodEndYear",
          'decisionYear', extract(year FROM g."decisionDate")::int,
          'yearAmounts', coalesce((SELECT json_agg(json_build_object('year', y."year",
              'amountApplied', ${money(Prisma.sql`y."amountApplied"`)}, 'amountGranted', ${money(Prisma.sql`y."amountGranted"`)}) ORDER BY y."year")
            FROM "GrantYearAmount" y WHERE y."grantId" = g."id"), '[]'::json)) ORDER BY g."id") AS "grants"
        FROM "Grant" g JOIN "Organisation" r ON r."id" = g."recipientId"
        WHERE g."programmeId" IS NOT NULL AND ${inFavour}
          AND (g."projectId" = ANY(${projectIds}::text[]) OR g."recipientId" = ANY(${recipientIds}::text[])) AND ${visible}
        GROUP BY g."programmeId")
    SELECT p."id", p."name", p."startYear", p."endYear",
      ARRAY(SELECT DISTINCT a."year" FROM "ProgrammeAllocation" a
        WHERE a."programmeId" = p."id" AND a."year" = ANY(${years}::int[])) AS "allocationYears",
      ARRAY(SELECT DISTINCT o."kind"::text FROM "Grant" g JOIN "Organisation" o ON o."id" = g."recipientId"
        WHERE g."programmeId" = p."id" AND ${inFavour}) AS "grantedKinds",
      coalesce(asked."grants", '[]'::json) AS "grants"
    FROM "Programme" p LEFT JOIN "asked" ON asked."programmeId" = p."id"
    WHERE p."id" IN (SELECT a."programmeId" FROM "ProgrammeAllocation" a WHERE a."year" = ANY(${years}::int[]))
      OR ((p."startYear" IS NOT NULL OR p."endYear" IS NOT NULL) AND EXISTS (SELECT 1 FROM unnest(${years}::int[]) AS y("year")
        WHERE (p."startYear" IS NULL OR p."startYear" <= y."year") AND (p."endYear" IS NULL OR p."endYear" >= y."year")))
    ORDER BY p."name", p."id"`;
  return rows.map((candidate) => ({ ...candidate, coveredYears: new Set(years.filter((y) => programmeCovers(candidate, y))) }));
}
