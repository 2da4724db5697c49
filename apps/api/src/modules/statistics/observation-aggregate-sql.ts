import { hidingGroupsSql, PROTECTION_GROUP_KEYS, Prisma, protectionGroupKeysSql } from "@bk/domain/server";

/** What observations can be grouped by (one or several at once). */
export const OBSERVATION_DIMENSIONS = ["INDICATOR", "PROJECT", "ORGANISATION", "PERIOD", "YEAR", "BREAKDOWN"] as const;
export type ObservationDimension = (typeof OBSERVATION_DIMENSIONS)[number];
/** What groups can be sorted by: a grouped dimension, the number of values or the shown sum. */
export const OBSERVATION_ORDER_FIELDS = [...OBSERVATION_DIMENSIONS, "COUNT", "SUM"] as const;
export type ObservationOrderField = (typeof OBSERVATION_ORDER_FIELDS)[number];
export type ObservationOrder = { field: ObservationOrderField; direction: "ASC" | "DESC" };

/** Why a cell's sum is hidden: a small count itself, or a sum over values protected in their own group. */
export type CellProtection = "SMALL_COUNT" | "PROTECTED_VALUES";

/** One cell of an aggregate: its key (null where not grouped by that dimension) and figures. */
export type ObservationCell = {
  indicatorId: string | null;
  projectId: string | null;
  organisationId: string | null;
  periodStart: Date | null;
  periodEnd: Date | null;
  year: number | null;
  breakdown: string | null;
  count: number;
  /** The exact sum, or null when protected or when the cell mixes units. */
  sum: string | null;
  unit: string | null;
  protection: CellProtection | null;
};

export type AggregateRequest = {
  /** Which observations (already within what the viewer may see), as a condition on the row "obs". */
  filter: Prisma.Sql;
  dimensions: readonly ObservationDimension[];
  threshold: number;
  /** The caller sees raw counts (nothing is protected). */
  rawFigures: boolean;
};

type Row = Omit<ObservationCell, "sum" | "year"> & { sum: string | null; year: number | null; total: number };

const KEY_COLUMNS: Record<ObservationDimension, string[]> = {
  INDICATOR: ["indicatorId"],
  PROJECT: ["projectId"],
  ORGANISATION: ["organisationId"],
  PERIOD: ["periodStart", "periodEnd"],
  YEAR: ["year"],
  BREAKDOWN: ["breakdown"],
};
const ALL_KEYS = ["indicatorId", "projectId", "organisationId", "periodStart", "periodEnd", "year", "breakdown"] as const;
const q = (name: string) => Prisma.raw(`"${name}"`);

/** The key columns the dimensions group by, in a fixed order. */
function keysOf(dimensions: readonly ObservationDimension[]): string[] {
  const chosen = new Set(dimensions.flatMap((d) => KEY_COLUMNS[d]));
  return ALL_KEYS.filter((k) => chosen.has(k));
}

/** A key column of a value row "c" (the year is the year its period starts). */
const keyExpression = (key: string) => {
  if (key === "year") return Prisma.sql`extract(year FROM c."periodStart")::int`;
  // Ids group byte by byte (the same groups, sorted faster than in a language's collation).
  return key.endsWith("Id") ? Prisma.sql`c.${q(key)} COLLATE "C"` : Prisma.sql`c.${q(key)}`;
};

/**
 * The cells of an aggregate in SQL: the matching values once (CTE "o"); the protection groups of
 * their indicators that hide a value ("hiding", the domain's hidingGroupsSql, over the whole
 * groups whatever the filter); each value marked with whether its group hides anything ("c");
 * `GROUP BY` the dimensions ("g"); then the protection of each cell ("r").
 *
 * Without BREAKDOWN among the dimensions only totals (values without a breakdown) are counted, so
 * that a total and its own breakdowns are never added together.
 *
 * The protection rule (sound against differencing): a cell's sum is shown only when every value
 * in it belongs to a protection group that hides nothing, i.e. only values that everyone sees on
 * their own. Any shown sum, and any difference or other combination of shown sums of any number
 * of aggregates with any filters, is then a combination of values already shown one by one, so
 * it cannot reveal a hidden count. A cell with a value from a group that hides something is
 * PROTECTED_VALUES; a sum of people counts that is itself 1..threshold−1 is SMALL_COUNT (sums of
 * shown counts, each 0 or at least the threshold, never are, but the rule does not rely on it).
 * Whether a group hides something is itself public (its hidden values show as "<5"), and so is
 * `count` (the number of values, not people: the list shows every value, hidden or not).
 */
function cellsSql(r: AggregateRequest): Prisma.Sql {
  const keys = keysOf(r.dimensions);
  const onlyTotals = r.dimensions.includes("BREAKDOWN") ? Prisma.empty : Prisma.sql`AND "obs"."breakdown" IS NULL`;
  const selected = keys.map((k) => Prisma.sql`${keyExpression(k)} AS ${q(k)}`);
  const groupBy = keys.length ? Prisma.sql`GROUP BY ${Prisma.join(keys.map(keyExpression))}` : Prisma.empty;
  const t = r.threshold;
  const reason = r.rawFigures
    ? Prisma.sql`NULL::text`
    : Prisma.sql`CASE WHEN g."hidden" THEN 'PROTECTED_VALUES' WHEN g."people" AND g."sum" >= 1 AND g."sum" < CAST(${t} AS integer) THEN 'SMALL_COUNT' END`;
  // Hash-joined on the group's key columns (none null): one pass over the values, and only the groups that hide something.
  const hidden = r.rawFigures ? Prisma.sql`FALSE` : Prisma.sql`(h."k1" IS NOT NULL)`;
  const joinOn = protectionGroupKeysSql("o").map((expression, i) => `h."${PROTECTION_GROUP_KEYS[i]}" = ${expression}`);
  const hiding = r.rawFigures ? Prisma.empty : Prisma.sql`LEFT JOIN "hiding" h ON ${Prisma.raw(joinOn.join(" AND "))}`;
  return Prisma.sql`"o" AS (
      SELECT "obs"."id", "obs"."indicatorId", "obs"."projectId", "obs"."organisationId", "obs"."periodStart", "obs"."periodEnd",
        "obs"."breakdown", "obs"."value"
      FROM "Observation" "obs" WHERE ${r.filter} ${onlyTotals}
    ),
    "hiding" AS (${Prisma.raw(hidingGroupsSql(`SELECT DISTINCT "indicatorId" FROM "o"`, r.threshold))}),
    "c" AS (
      SELECT o.*, i."unit", i."countsPeople", ${hidden} AS "hidden"
      FROM "o" o JOIN "Indicator" i ON i."id" = o."indicatorId" ${hiding}
    ),
    "g" AS (
      SELECT ${Prisma.join([...selected, Prisma.sql`count(*)::int AS "count"`], ", ")}, sum(c."value") AS "sum",
        coalesce(bool_or(c."hidden"), FALSE) AS "hidden", coalesce(bool_or(c."countsPeople"), FALSE) AS "people",
        count(DISTINCT c."unit")::int AS "units", min(c."unit") AS "unit"
      FROM "c" c ${groupBy}
    ),
    "r" AS (
      SELECT g.*, ${reason} AS "protection" FROM "g" g
    ),
    "shown" AS (
      SELECT r.*, CASE WHEN r."protection" IS NULL AND r."units" = 1 THEN r."sum" END AS "shownSum" FROM "r" r
    )`;
}

/** The name a dimension sorts by, joined from its table (ids break ties). */
const NAME_JOINS: Partial<Record<ObservationDimension, { table: string; key: string; alias: string }>> = {
  INDICATOR: { table: "Indicator", key: "indicatorId", alias: "ni" },
  PROJECT: { table: "Project", key: "projectId", alias: "np" },
  ORGANISATION: { table: "Organisation", key: "organisationId", alias: "no" },
};

function orderTerms(field: ObservationOrderField, direction: "ASC" | "DESC"): Prisma.Sql[] {
  const dir = Prisma.raw(direction);
  const join = NAME_JOINS[field as ObservationDimension];
  if (join) return [Prisma.sql`${q(join.alias)}."name" ${dir} NULLS LAST`, Prisma.sql`s.${q(join.key)} ${dir} NULLS LAST`];
  switch (field) {
    case "PERIOD":
      return [Prisma.sql`s."periodStart" ${dir} NULLS LAST`, Prisma.sql`s."periodEnd" ${dir} NULLS LAST`];
    case "YEAR":
      return [Prisma.sql`s."year" ${dir} NULLS LAST`];
    // The total (no breakdown) first, then the breakdowns by name.
    case "BREAKDOWN":
      return [Prisma.sql`s."breakdown" ${dir} NULLS FIRST`];
    case "COUNT":
      return [Prisma.sql`s."count" ${dir}`];
    default:
      // Only the shown sum: a protected cell sorts with no sum, so order cannot reveal it.
      return [Prisma.sql`s."shownSum" ${dir} NULLS LAST`];
  }
}

/**
 * One statement for one page of groups: the cells (cellsSql), numbered in the order asked for
 * (then by every key, so that pages never overlap), the page cut out, and the number of groups.
 */
export function aggregatePageSql(r: AggregateRequest, order: readonly ObservationOrder[], offset: number, limit: number): Prisma.Sql {
  const keys = keysOf(r.dimensions);
  const joins = r.dimensions
    .map((d) => NAME_JOINS[d])
    .filter((j) => j !== undefined)
    .map((j) => Prisma.sql`LEFT JOIN ${q(j.table)} ${q(j.alias)} ON ${q(j.alias)}."id" = s.${q(j.key)}`);
  const chosen = order.length ? order : r.dimensions.map((d): ObservationOrder => ({ field: d, direction: "ASC" }));
  const terms = [
    ...chosen.flatMap((o) => orderTerms(o.field, o.direction)),
    ...keys.map((k) => Prisma.sql`s.${q(k)} ASC NULLS FIRST`),
    Prisma.sql`s."count" ASC`,
  ];
  const columns = ALL_KEYS.map((k) => (keys.includes(k) ? Prisma.sql`s.${q(k)}` : Prisma.sql`NULL AS ${q(k)}`));
  return Prisma.sql`WITH ${cellsSql(r)},
    "ranked" AS (
      SELECT ${Prisma.join(columns, ", ")}, s."count", s."shownSum"::text AS "sum", CASE WHEN s."units" = 1 THEN s."unit" END AS "unit",
        s."protection", row_number() OVER (ORDER BY ${Prisma.join(terms, ", ")}) AS "position"
      FROM "shown" s ${joins.length ? Prisma.join(joins, " ") : Prisma.empty}
    )
    SELECT n."total", p.* FROM (SELECT count(*)::int AS "total" FROM "ranked") n
    LEFT JOIN (SELECT * FROM "ranked" WHERE "position" > ${offset} AND "position" <= ${offset + limit}) p ON TRUE
    ORDER BY p."position"`;
}

/** The one cell of all matching values (the aggregate's totals: no dimension, so totals only). */
export function aggregateTotalsSql(r: AggregateRequest): Prisma.Sql {
  return Prisma.sql`WITH ${cellsSql({ ...r, dimensions: [] })}
    SELECT s."count", s."shownSum"::text AS "sum", CASE WHEN s."units" = 1 THEN s."unit" END AS "unit", s."protection" FROM "shown" s`;
}

/** Exact sums without trailing zeros ("143", not "143.00"), as values are shown elsewhere. */
const exact = (sum: string | null) => (sum == null ? null : new Prisma.Decimal(sum).toString());

export function toCell(row: Omit<Row, "total" | "year"> & { year: number | null }): ObservationCell {
  return {
    indicatorId: row.indicatorId ?? null,
    projectId: row.projectId ?? null,
    organisationId: row.organisationId ?? null,
    periodStart: row.periodStart ?? null,
    periodEnd: row.periodEnd ?? null,
    year: row.year ?? null,
    breakdown: row.breakdown ?? null,
    count: row.count,
    sum: exact(row.sum),
    unit: row.unit ?? null,
    protection: (row.protection as CellProtection | null) ?? null,
  };
}

export type AggregatePage = { total: number; cells: ObservationCell[] };

/** One page of cells and the number of groups, in one statement. */
export async function aggregatePage(
  db: { $queryRaw<T>(sql: Prisma.Sql): Promise<T> },
  r: AggregateRequest,
  order: readonly ObservationOrder[],
  offset: number,
  limit: number,
): Promise<AggregatePage> {
  const rows = await db.$queryRaw<Row[]>(aggregatePageSql(r, order, offset, limit));
  return { total: rows[0]?.total ?? 0, cells: rows.filter((row) => row.count != null).map(toCell) };
}

/** The totals cell, in one statement. */
export async function aggregateTotals(db: { $queryRaw<T>(sql: Prisma.Sql): Promise<T> }, r: AggregateRequest): Promise<ObservationCell> {
  const [row] = await db.$queryRaw<Row[]>(aggregateTotalsSql(r));
  return toCell({
    ...row,
    indicatorId: null,
    projectId: null,
    organisationId: null,
    periodStart: null,
    periodEnd: null,
    year: null,
    breakdown: null,
  });
}
