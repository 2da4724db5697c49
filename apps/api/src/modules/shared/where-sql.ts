import { getDatamodel } from "@bk/domain/pothos-types";
import { Prisma } from "@bk/domain/server";

// biome-ignore lint/suspicious/noExplicitAny: a Prisma where of any model, walked generically.
type Where = Record<string, any>;
type Field = { name: string; kind: string; type: string; isList: boolean; relationName?: string; relationFromFields?: string[] };

const models = getDatamodel().datamodel.models as unknown as Record<string, { fields: Field[] }>;
const fieldOf = (model: string, name: string): Field => {
  const field = models[model]?.fields.find((f) => f.name === name);
  if (!field) throw new Error(`whereSql: ${model} has no field ${name}`);
  return field;
};
const ident = (name: string) => Prisma.raw(`"${name.replace(/"/g, '""')}"`);

/** A parameter cast to the column's type (the driver sends text; PostgreSQL compares typed values). */
function param(field: Field, value: unknown): Prisma.Sql {
  if (field.kind === "enum") return Prisma.sql`CAST(${String(value)} AS ${ident(field.type)})`;
  switch (field.type) {
    case "DateTime":
      return Prisma.sql`CAST(${(value instanceof Date ? value : new Date(String(value))).toISOString().replace("Z", "")} AS timestamp)`;
    case "Decimal":
      return Prisma.sql`CAST(${String(value)} AS numeric)`;
    case "Int":
      return Prisma.sql`CAST(${String(value)} AS integer)`;
    case "Boolean":
      return Prisma.sql`CAST(${String(value)} AS boolean)`;
    default:
      return Prisma.sql`CAST(${String(value)} AS text)`;
  }
}

const and = (parts: Prisma.Sql[]) => (parts.length ? Prisma.sql`(${Prisma.join(parts, " AND ")})` : Prisma.sql`TRUE`);
const or = (parts: Prisma.Sql[]) => (parts.length ? Prisma.sql`(${Prisma.join(parts, " OR ")})` : Prisma.sql`FALSE`);
const list = (w: Where | Where[]) => (Array.isArray(w) ? w : [w]);

/** A scalar column against a Prisma scalar filter (a value, null, or { equals, in, lt, contains, mode, not … }). */
function scalarSql(column: Prisma.Sql, field: Field, filter: unknown): Prisma.Sql {
  if (filter === null) return Prisma.sql`${column} IS NULL`;
  if (typeof filter !== "object" || filter instanceof Date || Prisma.Decimal.isDecimal(filter))
    return Prisma.sql`${column} = ${param(field, filter)}`;
  const f = filter as Where;
  const insensitive = f.mode === "insensitive";
  const text = (v: unknown) => (insensitive ? Prisma.sql`lower(${param(field, v)})` : param(field, v));
  const col = insensitive ? Prisma.sql`lower(${column})` : column;
  const parts: Prisma.Sql[] = [];
  for (const [op, v] of Object.entries(f)) {
    if (v === undefined || op === "mode") continue;
    // As Prisma compiles it: a case-insensitive equals is an ILIKE of the (escaped) value.
    if (op === "equals" && insensitive && v !== null) parts.push(Prisma.sql`${column} ILIKE ${String(v)}`);
    else if (op === "equals") parts.push(v === null ? Prisma.sql`${column} IS NULL` : Prisma.sql`${col} = ${text(v)}`);
    else if (op === "in")
      parts.push((v as unknown[]).length ? Prisma.sql`${col} IN (${Prisma.join((v as unknown[]).map(text))})` : Prisma.sql`FALSE`);
    else if (op === "notIn")
      parts.push((v as unknown[]).length ? Prisma.sql`${col} NOT IN (${Prisma.join((v as unknown[]).map(text))})` : Prisma.sql`TRUE`);
    else if (op === "lt") parts.push(Prisma.sql`${column} < ${param(field, v)}`);
    else if (op === "lte") parts.push(Prisma.sql`${column} <= ${param(field, v)}`);
    else if (op === "gt") parts.push(Prisma.sql`${column} > ${param(field, v)}`);
    else if (op === "gte") parts.push(Prisma.sql`${column} >= ${param(field, v)}`);
    // Prisma's contains/startsWith/endsWith are LIKE patterns of the text as given (list-query escapes % and _).
    else if (op === "contains")
      parts.push(Prisma.sql`${column} ${Prisma.raw(insensitive ? "ILIKE" : "LIKE")} ('%' || ${String(v)} || '%')`);
    else if (op === "startsWith") parts.push(Prisma.sql`${column} ${Prisma.raw(insensitive ? "ILIKE" : "LIKE")} (${String(v)} || '%')`);
    else if (op === "endsWith") parts.push(Prisma.sql`${column} ${Prisma.raw(insensitive ? "ILIKE" : "LIKE")} ('%' || ${String(v)})`);
    else if (op === "not") parts.push(v === null ? Prisma.sql`${column} IS NOT NULL` : Prisma.sql`NOT ${scalarSql(column, field, v)}`);
    else throw new Error(`whereSql: the filter ${op} on ${field.name} is not translated`);
  }
  return and(parts);
}

let aliases = 0;

/** The rows of `related` joined to `alias` (a row of `model`) by `field`, in either direction. */
function relationJoin(model: string, alias: string, field: Field, inner: string): Prisma.Sql {
  if (field.relationFromFields?.length) {
    // This row holds the foreign key (to the other row's id).
    return Prisma.sql`${Prisma.raw(`"${inner}"`)}."id" = ${Prisma.raw(`"${alias}"`)}.${ident(field.relationFromFields[0])}`;
  }
  const back = models[field.type].fields.find(
    (f) => f.relationName === field.relationName && f.type === model && f.relationFromFields?.length,
  );
  if (!back?.relationFromFields) throw new Error(`whereSql: no foreign key for ${model}.${field.name}`);
  return Prisma.sql`${Prisma.raw(`"${inner}"`)}.${ident(back.relationFromFields[0])} = ${Prisma.raw(`"${alias}"`)}."id"`;
}

/**
 * A Prisma `where` of `model` as a SQL condition on the row aliased `alias`: the same filter the
 * Prisma client would run, so a list and its aggregate share one definition of each filter
 * (list-query.ts builds the Prisma where; this only translates it). Relations become EXISTS
 * subqueries; an operator it does not know is an error, never silently ignored.
 */
export function whereSql(model: string, where: Where | undefined | null, alias: string): Prisma.Sql {
  if (!where) return Prisma.sql`TRUE`;
  const parts: Prisma.Sql[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined) continue;
    if (key === "AND") parts.push(and(list(value).map((w) => whereSql(model, w, alias))));
    else if (key === "OR") parts.push(or(list(value).map((w) => whereSql(model, w, alias))));
    else if (key === "NOT") parts.push(and(list(value).map((w) => Prisma.sql`NOT ${whereSql(model, w, alias)}`)));
    else {
      const field = fieldOf(model, key);
      if (field.kind !== "object") {
        parts.push(scalarSql(Prisma.sql`${Prisma.raw(`"${alias}"`)}.${ident(key)}`, field, value));
        continue;
      }
      const inner = `r${++aliases}`;
      const from = Prisma.sql`SELECT 1 FROM ${ident(field.type)} ${Prisma.raw(`"${inner}"`)} WHERE ${relationJoin(model, alias, field, inner)}`;
      const exists = (w: Where) => Prisma.sql`EXISTS (${from} AND ${whereSql(field.type, w, inner)})`;
      if (field.isList) {
        for (const [op, w] of Object.entries(value as Where)) {
          if (op === "some") parts.push(exists(w));
          else if (op === "none") parts.push(Prisma.sql`NOT ${exists(w)}`);
          else if (op === "every") parts.push(Prisma.sql`NOT EXISTS (${from} AND NOT ${whereSql(field.type, w, inner)})`);
          else throw new Error(`whereSql: the relation filter ${op} on ${key} is not translated`);
        }
      } else if (value === null) {
        parts.push(Prisma.sql`NOT EXISTS (${from})`);
      } else if ("is" in value || "isNot" in value) {
        if (value.is !== undefined) parts.push(value.is === null ? Prisma.sql`NOT EXISTS (${from})` : exists(value.is));
        if (value.isNot !== undefined)
          parts.push(value.isNot === null ? Prisma.sql`EXISTS (${from})` : Prisma.sql`NOT ${exists(value.isNot)}`);
      } else {
        parts.push(exists(value));
      }
    }
  }
  return and(parts);
}
