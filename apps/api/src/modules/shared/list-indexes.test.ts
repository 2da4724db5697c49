import { FIRST_YEAR } from "@bk/domain";
import { getDatamodel } from "@bk/domain/pothos-types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import "../../schema"; // defines every list
import { startTestApi, type TestApi } from "../../test/harness";
import { type ListSpec, listSpecs } from "./list-query";

/**
 * Tables that stay small, so a filter or sort on them is cheap without an index (and a join to
 * them is planned from the big table's side, through its indexed foreign key):
 */
const SMALL_TABLES: Record<string, string> = {
  Organisation: "a county's parties: a few thousand (3 000 in the synthetic county of 10 000 grants)",
  Programme: "funding schemes: hundreds (500 at 10 000 grants)",
  Project: "a few thousand (2 000 at 10 000 grants)",
  Indicator: "the statistics' indicators: hundreds (200 at 10 000 grants)",
  User: "the staff's accounts: tens",
  Agreement: "the committee's agreements: a handful a year",
  SourceDocument: "the municipal papers the data comes from: hundreds",
  SavedQuery: "the explorer's saved queries: hundreds",
};

/**
 * How a filter reaches its column: compared (=, <, IN, IS NULL, ORDER BY: a B-tree leading with
 * it), or matched as a pattern (Prisma's `contains` is LIKE '%…%', its case-insensitive `equals`
 * ILIKE: only a trigram index leading with it serves those).
 */
type Use = "compare" | "pattern";
type Need = { list: string; filter: string; table: string; column: string; use: Use };

type Field = { name: string; kind: string; type: string; isList: boolean; relationName?: string; relationFromFields?: string[] };
const models = getDatamodel().datamodel.models as unknown as Record<string, { fields: Field[] }>;
const fieldOf = (model: string, name: string) => {
  const field = models[model]?.fields.find((f) => f.name === name);
  if (!field) throw new Error(`${model} has no field ${name}`);
  return field;
};

/** The foreign key a relation is joined by: on this row (to-one), or on the related rows (to-many). */
function foreignKey(model: string, field: Field): { table: string; column: string } {
  if (field.relationFromFields?.length) return { table: model, column: field.relationFromFields[0] };
  const back = models[field.type].fields.find((f) => f.relationName === field.relationName && f.relationFromFields?.length);
  if (!back?.relationFromFields) throw new Error(`no foreign key for ${model}.${field.name}`);
  return { table: field.type, column: back.relationFromFields[0] };
}

/** `recipient.kind` on Grant → Grant.recipientId compared, then Organisation.kind used as asked. */
function pathNeeds(model: string, path: string, use: Use): Omit<Need, "list" | "filter">[] {
  const [head, ...rest] = path.split(".");
  const field = fieldOf(model, head);
  if (field.kind !== "object") return [{ table: model, column: head, use }];
  return [{ ...foreignKey(model, field), use: "compare" }, ...pathNeeds(field.type, rest.join("."), use)];
}

/** The columns a Prisma where reads (for the filters a function builds, e.g. a grant's year). */
// biome-ignore lint/suspicious/noExplicitAny: a Prisma where of any model.
function whereNeeds(model: string, where: Record<string, any>): Omit<Need, "list" | "filter">[] {
  return Object.entries(where).flatMap(([key, value]) => {
    if (["AND", "OR", "NOT"].includes(key)) return (Array.isArray(value) ? value : [value]).flatMap((w) => whereNeeds(model, w));
    const field = fieldOf(model, key);
    if (field.kind !== "object") {
      const pattern = typeof value === "object" && value !== null && ("contains" in value || value.mode === "insensitive");
      return [{ table: model, column: key, use: pattern ? ("pattern" as const) : ("compare" as const) }];
    }
    const inner = Object.entries(value ?? {}).flatMap(([op, w]) =>
      ["some", "every", "none", "is", "isNot"].includes(op) ? [w] : [{ [op]: w }],
    );
    return [{ ...foreignKey(model, field), use: "compare" as const }, ...inner.flatMap((w) => whereNeeds(field.type, w as object))];
  });
}

/** A value for a custom filter, to see which columns it reads. */
const sample = { Int: FIRST_YEAR, String: "x", Boolean: true } as const;

/** Every column a list's filters and sorts read, and how. */
function listNeeds(list: string, spec: ListSpec): Need[] {
  const of = (filter: string, path: string, use: Use) => pathNeeds(spec.model, path, use).map((n) => ({ list, filter, ...n }));
  const columns = (group: Record<string, { column: string }> | undefined, use: Use) =>
    Object.entries(group ?? {}).flatMap(([name, c]) => of(`where.${name}`, c.column, use));
  return [
    ...[...(spec.text ?? []), ...(spec.foldedText ?? [])].flatMap((path) => of("where.text", path, "pattern")),
    ...columns(spec.ids, "compare"),
    ...columns(spec.enums, "compare"),
    ...columns(spec.ints, "compare"),
    ...columns(spec.dates, "compare"),
    ...columns(spec.money, "compare"),
    ...columns(spec.booleans, "compare"),
    ...columns(spec.strings, "pattern"),
    ...Object.entries(spec.custom ?? {}).flatMap(([name, c]) =>
      whereNeeds(spec.model, c.where(sample[c.type] as never)).map((n) => ({ list, filter: `where.${name}`, ...n })),
    ),
    ...Object.entries(spec.order).flatMap(([name, o]) => of(`orderBy.${name}`, o.column, "compare")),
  ];
}

type IndexColumn = { table: string; column: string; position: number; method: string; opclass: string; columns: string };

let api: TestApi;
let indexes: IndexColumn[];
beforeAll(async () => {
  api = await startTestApi({ seed: false });
  indexes = await api.db.prisma.$queryRawUnsafe<IndexColumn[]>(
    `SELECT c.relname::text AS "table", a.attname::text AS "column", k.n::int AS position, am.amname::text AS method,
            oc.opcname::text AS opclass, array_to_string(i.indkey, ' ')::text AS columns
     FROM pg_index i
     JOIN pg_class c ON c.oid = i.indrelid
     JOIN pg_class ic ON ic.oid = i.indexrelid
     JOIN pg_am am ON am.oid = ic.relam
     CROSS JOIN LATERAL generate_subscripts(i.indkey, 1) AS k(n)
     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = i.indkey[k.n]
     JOIN pg_opclass oc ON oc.oid = i.indclass[k.n]
     WHERE c.relnamespace = 'public'::regnamespace`,
  );
});
afterAll(() => api.close());

/** Whether an index serves the column as used: leading a B-tree, or leading a trigram index. */
function served(need: Omit<Need, "list" | "filter">, all: Need[]): boolean {
  const on = indexes.filter((i) => i.table === need.table);
  if (need.use === "pattern") return on.some((i) => i.column === need.column && i.position === 0 && /_trgm_ops$/.test(i.opclass));
  const btree = on.filter((i) => i.method === "btree");
  if (btree.some((i) => i.column === need.column && i.position === 0)) return true;
  // A later column of an index whose leading column the same filter compares too (a grant's
  // year reads the period's start and end together: the index on both serves it).
  return btree.some(
    (i) =>
      i.column === need.column &&
      btree.some(
        (lead) => lead.columns === i.columns && lead.position === 0 && all.some((n) => n.table === need.table && n.column === lead.column),
      ),
  );
}

describe("indexes for the lists' filters and sorts", () => {
  it("reads every list the schema defines", () => {
    expect(listSpecs.size).toBeGreaterThan(10);
    expect([...listSpecs.keys()]).toEqual(expect.arrayContaining(["grants", "observations", "auditEntries", "contributions"]));
  });

  it("names only tables that exist as small", () => {
    expect(Object.keys(SMALL_TABLES).filter((t) => !(t in models))).toEqual([]);
  });

  it("has, for every column a filter or sort reads, an index leading with it, or the table is small", () => {
    const missing: string[] = [];
    for (const [list, spec] of listSpecs) {
      const needs = listNeeds(list, spec);
      for (const need of needs) {
        if (need.table in SMALL_TABLES) continue;
        const sameFilter = needs.filter((n) => n.filter === need.filter);
        if (!served(need, sameFilter)) missing.push(`${list} ${need.filter}: ${need.table}.${need.column} (${need.use})`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it("finds a grant's year from GrantYearShare.year (the custom filter is read too)", () => {
    const needs = listNeeds("grants", listSpecs.get("grants")!);
    expect(needs).toContainEqual(expect.objectContaining({ filter: "where.year", table: "GrantYearShare", column: "year" }));
  });
});
