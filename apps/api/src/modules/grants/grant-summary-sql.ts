import { fromOre, toOre } from "@bk/domain";
import type { PrismaClient } from "@bk/domain/server";
import { Prisma } from "@bk/domain/server";
import DataLoader from "dataloader";
import { type AggregateRow, aggregateStatement } from "../aggregates/aggregate-sql";
import { grantFact } from "../aggregates/grant-fact";
import type { GrantGroup, GrantGroupBy } from "./grant-summary";

/** What a summary is asked for: its totals, or its groups by one key. */
export type SummaryPart = "TOTALS" | GrantGroupBy;
export type SummaryTotals = { count: number; amountApplied: string; amountGranted: string };
type Row = AggregateRow & {
  part: SummaryPart;
  k0: string | null;
  n0: string | null;
  count: number;
  amountApplied: string | null;
  amountGranted: string | null;
};

/**
 * One statement for every part asked of one summary: for each, grantAggregate's statement
 * (aggregates/aggregate-sql.ts) grouped by that one key, every group; the totals, when no other part
 * gives them, as plain sums over the matching grants (each grant once; what the list page asks).
 * No payments (readsAll false): grantSummary's sums are the list's public figures. Nothing grows
 * in Node with the number of grants.
 */
export function summaryStatement(filter: Prisma.Sql, parts: readonly SummaryPart[]): Prisma.Sql {
  // Only the part the totals are read from computes them (its totals row); the others skip that pass over the rows.
  const totalsPart = parts.includes("TOTALS") ? totalsFrom(parts) : null;
  const statements = queriedParts(parts).map((part) => {
    if (part === "TOTALS") return totalsStatement(filter);
    const statement = aggregateStatement(grantFact, {
      filter,
      groupBy: [part],
      orderBy: [],
      offset: 0,
      limit: Number.MAX_SAFE_INTEGER,
      readsAll: false,
      totals: part === totalsPart,
    });
    return Prisma.sql`SELECT ${Prisma.raw(`'${part}'`)} AS "part", s.* FROM (${statement}) s`;
  });
  return Prisma.join(statements, " UNION ALL ");
}

/** The totals row alone, in the columns of the aggregate statement's totals row (ord 0). */
const totalsStatement = (filter: Prisma.Sql) => Prisma.sql`SELECT 'TOTALS' AS "part", 0 AS "ord", NULL::int AS "groupCount",
    NULL::text AS "k0", NULL::text AS "n0", count(*)::int AS "count", coalesce(sum("grant"."amountApplied"), 0)::text AS "amountApplied",
    coalesce(sum("grant"."amountGranted"), 0)::text AS "amountGranted", NULL::text AS "amountPaid", NULL::text AS "amountRemaining"
  FROM "Grant" "grant" WHERE ${filter}`;

/**
 * The parts a statement computes: the totals are the totals row of any grouping that counts each
 * grant once (any but YEAR, whose shares may state other applied amounts), so they need no
 * grouping of their own when such a part is asked anyway.
 */
function queriedParts(parts: readonly SummaryPart[]): SummaryPart[] {
  const asked = [...new Set(parts)];
  return totalsFrom(asked) === "TOTALS" || !asked.includes("TOTALS") ? asked : asked.filter((p) => p !== "TOTALS");
}

function totalsFrom(parts: readonly SummaryPart[]): SummaryPart {
  return parts.find((p) => p !== "TOTALS" && p !== "YEAR") ?? "TOTALS";
}

const money = (v: string | null) => fromOre(toOre(v ?? "0"));

/** Readable name of a group (Swedish): the name of the row the key names, else the dimension's words for the key. */
const label = (part: GrantGroupBy, r: Row) => r.n0 ?? grantFact.dimensions[part].label(r.k0).sv;

/** A summary's parts, loaded together: the resolvers of one `grantSummary` ask, one statement answers. */
export type GrantSummarySource = {
  totals(): Promise<SummaryTotals>;
  groups(by: GrantGroupBy): Promise<GrantGroup[]>;
};

export function grantSummarySource(prisma: PrismaClient, filter: Prisma.Sql): GrantSummarySource {
  const loader = new DataLoader<SummaryPart, Row[]>(async (parts) => {
    const rows = await prisma.$queryRaw<Row[]>(summaryStatement(filter, parts));
    const totalsPart = totalsFrom(parts);
    return parts.map((part) => rows.filter((r) => r.part === (part === "TOTALS" ? totalsPart : part)));
  });
  return {
    async totals() {
      const row = (await loader.load("TOTALS")).find((r) => r.ord === 0);
      return { count: row?.count ?? 0, amountApplied: money(row?.amountApplied ?? null), amountGranted: money(row?.amountGranted ?? null) };
    },
    async groups(by) {
      const rows = await loader.load(by);
      return rows
        .filter((r) => r.ord > 0)
        .map((r) => ({
          key: r.k0 ?? "",
          label: label(by, r),
          count: r.count,
          amountApplied: money(r.amountApplied),
          amountGranted: money(r.amountGranted),
        }))
        .sort((a, b) => a.label.localeCompare(b.label, "sv"));
    },
  };
}
