import type { Wording } from "@bk/domain";
import { Prisma } from "@bk/domain/server";

/** The tables a group key can name by id: the group then carries that row (its name and the rest). */
export type EntityTable = "Organisation" | "Programme" | "Project";

/**
 * A dimension one can group a fact by: a column of the fact's rows named as the dimension. Keys
 * sort by the column's own type (years as numbers), entities by their name.
 */
export type Dimension = {
  description: string;
  /** The table whose row the key is the id of: groups carry the row and sort by its name. */
  entity?: EntityTable;
  /** Words for a key that names no row: an enum value's label, or the label of the empty key. */
  label: (value: string | null) => Wording;
  /**
   * The dimension shows what the fact's list shows only within the viewer's own projects (a
   * grant's project): grouping or sorting by it narrows the rows to those projects.
   */
  private?: boolean;
};

/** A measure: an aggregate over the fact rows `f` (an integer, or a numeric amount: sorted as a number, answered as text). */
export type Measure = {
  description: string;
  sql: string;
  /**
   * The same measure over all rows (the totals), where a thing counted once per group may be
   * several rows in all; a function of the dimensions grouped by when that depends on them.
   */
  totalSql?: string | ((groupBy: readonly string[]) => string);
  /**
   * The total is the sum of the groups' values: every row counted falls in exactly one group (a sum,
   * or a count of things that are one row each); a function of the dimensions grouped by when that
   * depends on them. When every measure is, the totals read the groups instead of the rows a second
   * time (and the rows need not be kept between the two: W4's grouping by funder 25 -> 18 ms).
   */
  additive?: boolean | ((groupBy: readonly string[]) => boolean);
  type: "Int" | "Money";
  /** Only for viewers who read everything (payments are grant details); null to the others. */
  readersOfAll?: boolean;
};

export type Fact<D extends string, M extends string> = {
  /** The GraphQL name stem: `Grant` → `GrantDimension`, `GrantAggregateGroup` … */
  name: string;
  dimensions: Record<D, Dimension>;
  measures: Record<M, Measure>;
  /**
   * The common table expressions (without `WITH`) that end in the relation `"f"`: one row per
   * thing counted, with a column per dimension named as the dimension and the measures' inputs.
   * `filter` is the list's where, translated to SQL, on the fact's table aliased as its model
   * name in lower camel case.
   */
  rows: (filter: Prisma.Sql, options: { dimensions: readonly D[]; readsAll: boolean }) => Prisma.Sql;
};

export type AggregateOrder<D extends string, M extends string> = { measure?: M | null; dimension?: D | null; direction?: string | null };

export type AggregateRequest<D extends string, M extends string> = {
  filter: Prisma.Sql;
  groupBy: readonly D[];
  orderBy: readonly AggregateOrder<D, M>[];
  offset: number;
  limit: number;
  readsAll: boolean;
  /** false: the totals row carries only the number of groups, its measures empty (not computed). */
  totals?: boolean;
};

/** One row of the statement: the totals (ord 0, groupCount set) or one group of the page (ord 1, 2 …). */
export type AggregateRow = { ord: number; groupCount: number | null } & Record<string, string | number | null>;

const raw = Prisma.raw;
const ident = (name: string) => raw(`"${name}"`);

/**
 * One SQL statement for one aggregate: the fact rows once, `GROUP BY` the asked dimensions (a
 * tuple), names joined for the keys that name rows, sorted (the asked orders, then every key
 * ascending, so the order is total and pages are stable), one page (LIMIT/OFFSET), and in the
 * same answer the totals over all rows and the number of groups. Nothing grows in Node with the
 * number of rows or groups; the statement count is one whatever the data.
 */
export function aggregateStatement<D extends string, M extends string>(fact: Fact<D, M>, req: AggregateRequest<D, M>): Prisma.Sql {
  const keys = req.groupBy.map((d, i) => ({ dimension: d, def: fact.dimensions[d], k: `k${i}`, n: `n${i}` }));
  const measures = Object.entries(fact.measures) as [M, Measure][];
  const measureSql = measures.map(([m, def]) => raw(`${def.sql} AS "${m}"`));
  const asOutput = (m: string, def: Measure, sql: string) => raw(`(${sql})${def.type === "Money" ? "::text" : ""} AS "${m}"`);

  const grouped = Prisma.sql`SELECT ${Prisma.join(
    keys.map((key) => Prisma.sql`f.${ident(key.dimension)} AS ${ident(key.k)}`),
  )}, ${Prisma.join(measureSql)} FROM "f" f GROUP BY ${raw(keys.map((_, i) => String(i + 1)).join(", "))}`;

  const names = keys.map((key) =>
    key.def.entity ? Prisma.sql`${ident(key.n)}."name" AS ${ident(key.n)}` : raw(`NULL::text AS "${key.n}"`),
  );
  const joins = keys
    .filter((key) => key.def.entity)
    .map((key) => Prisma.sql`LEFT JOIN ${ident(key.def.entity as string)} ${ident(key.n)} ON ${ident(key.n)}."id" = grp.${ident(key.k)}`);
  const named = Prisma.sql`SELECT grp.*, ${Prisma.join(names)} FROM "grp" grp ${joins.length ? Prisma.join(joins, " ") : Prisma.empty}`;

  const direction = (d?: string | null) => (d === "DESC" ? "DESC" : "ASC");
  const byKey = (i: number, dir: string) => {
    const key = keys[i];
    return key.def.entity ? `"${key.n}" ${dir} NULLS LAST, "${key.k}" ${dir} NULLS LAST` : `"${key.k}" ${dir} NULLS LAST`;
  };
  const orders = [
    ...req.orderBy.map((o) =>
      o.measure
        ? `"${o.measure}" ${direction(o.direction)} NULLS LAST`
        : byKey(req.groupBy.indexOf(o.dimension as D), direction(o.direction)),
    ),
    ...keys.map((_, i) => byKey(i, "ASC")),
  ].join(", ");

  const keyColumns = keys.map((key) => raw(`p."${key.k}"::text AS "${key.k}", p."${key.n}"`));
  const emptyKeys = keys.map((key) => raw(`NULL::text AS "${key.k}", NULL::text AS "${key.n}"`));
  const measureColumns = measures.map(([m, def]) => asOutput(m, def, `p."${m}"`));
  const additive = (def: Measure) => (typeof def.additive === "function" ? def.additive(req.groupBy) : !!def.additive);
  const overGroups = measures.every(([, def]) => additive(def));
  const totalColumns = measures.map(([m, def]) =>
    req.totals === false
      ? raw(`NULL${def.type === "Money" ? "::text" : "::int"} AS "${m}"`)
      : overGroups
        ? asOutput(m, def, `coalesce(sum(g."${m}"), 0)${def.type === "Int" ? "::int" : ""}`)
        : asOutput(m, def, typeof def.totalSql === "function" ? def.totalSql(req.groupBy) : (def.totalSql ?? def.sql)),
  );
  const totalsFrom = req.totals === false ? Prisma.empty : overGroups ? Prisma.sql`FROM "grp" g` : Prisma.sql`FROM "f" f`;
  return Prisma.sql`WITH ${fact.rows(req.filter, { dimensions: req.groupBy, readsAll: req.readsAll })},
    "grp" AS (${grouped}),
    "named" AS (${named}),
    "page" AS (SELECT n.*, row_number() OVER (ORDER BY ${raw(orders)}) AS "ord" FROM "named" n
      ORDER BY "ord" ${raw(`LIMIT ${Math.trunc(req.limit)} OFFSET ${Math.trunc(req.offset)}`)})
    SELECT p."ord"::int AS "ord", NULL::int AS "groupCount", ${Prisma.join(keyColumns)}, ${Prisma.join(measureColumns)} FROM "page" p
    UNION ALL
    SELECT 0, (SELECT count(*) FROM "grp")::int, ${Prisma.join(emptyKeys)}, ${Prisma.join(totalColumns)} ${totalsFrom}
    ORDER BY 1`;
}
