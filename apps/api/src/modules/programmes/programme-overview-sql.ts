import { APPLIED_FOR, IN_FAVOUR } from "@bk/domain";
import { Prisma, type PrismaClient } from "@bk/domain/server";
import { statusListSql } from "../shared/status-list-sql";

export type ProgrammeYear = {
  programmeId: string;
  programmeName: string;
  year: number;
  nationalAllocation: string | null;
  countyAllocation: string | null;
  allocationApproximate: boolean;
  applied: string;
  granted: string;
  disbursed: string;
  grantCount: number;
};

/**
 * Every programme's years in one statement, summed by GROUP BY in the database: the years of its
 * period, of its allocations, of its grants' shares and of its payments; for each, the national and
 * county allocations, what the applications made (submitted or decided) applied for and were granted
 * in that year by the year-attribution rule (the stored shares, GrantYearShare), the grants that
 * count there, and what was paid out in the year. Ordered by the programme's first year, its name and
 * the year. Nothing of the grants is loaded into Node.
 */
export const programmeOverviewStatement = Prisma.sql`
WITH shares AS (
  SELECT g."programmeId", s."year", sum(s."applied") AS "applied",
    sum(s."granted") FILTER (WHERE g."status" IN (${statusListSql(IN_FAVOUR)})) AS "granted", count(*)::int AS "grantCount"
  FROM "GrantYearShare" s JOIN "Grant" g ON g."id" = s."grantId"
  WHERE g."programmeId" IS NOT NULL AND g."status" IN (${statusListSql(APPLIED_FOR)})
  GROUP BY 1, 2
), paid AS (
  SELECT g."programmeId", extract(year FROM d."paidDate")::int AS "year", sum(d."amount") AS "disbursed"
  FROM "Disbursement" d JOIN "Grant" g ON g."id" = d."grantId"
  WHERE g."programmeId" IS NOT NULL AND g."status" IN (${statusListSql(APPLIED_FOR)}) AND d."status" = 'PAID' AND d."paidDate" IS NOT NULL
  GROUP BY 1, 2
), alloc AS (
  SELECT "programmeId", "year",
    sum("amount") FILTER (WHERE "level" = 'NATIONAL') AS "national", sum("amount") FILTER (WHERE "level" = 'COUNTY') AS "county",
    bool_or("approximate") FILTER (WHERE "level" IN ('NATIONAL', 'COUNTY')) AS "approximate"
  FROM "ProgrammeAllocation" GROUP BY 1, 2
), years AS (
  SELECT p."id" AS "programmeId", y::int AS "year" FROM "Programme" p, generate_series(p."startYear", p."endYear") y
  WHERE p."startYear" IS NOT NULL AND p."startYear" <> 0 AND p."endYear" IS NOT NULL AND p."endYear" <> 0
  UNION SELECT "programmeId", "year" FROM alloc
  UNION SELECT "programmeId", "year" FROM shares
  UNION SELECT "programmeId", "year" FROM paid
)
SELECT p."id" AS "programmeId", p."name" AS "programmeName", y."year",
  trim_scale(a."national")::text AS "nationalAllocation", trim_scale(a."county")::text AS "countyAllocation",
  coalesce(a."approximate", FALSE) AS "allocationApproximate",
  coalesce(trim_scale(s."applied"), 0)::text AS "applied", coalesce(trim_scale(s."granted"), 0)::text AS "granted",
  coalesce(trim_scale(d."disbursed"), 0)::text AS "disbursed", coalesce(s."grantCount", 0) AS "grantCount"
FROM years y JOIN "Programme" p ON p."id" = y."programmeId"
  LEFT JOIN alloc a ON a."programmeId" = y."programmeId" AND a."year" = y."year"
  LEFT JOIN shares s ON s."programmeId" = y."programmeId" AND s."year" = y."year"
  LEFT JOIN paid d ON d."programmeId" = y."programmeId" AND d."year" = y."year"
ORDER BY p."startYear" ASC NULLS LAST, p."name", p."id", y."year"`;

export const programmeOverview = (prisma: PrismaClient) => prisma.$queryRaw<ProgrammeYear[]>(programmeOverviewStatement);
