import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDatamodel } from "../../generated/pothos-types";
import { Prisma } from "../../generated/prisma/client";
import * as enums from "../../generated/prisma/enums";
import { type Database, openDatabase } from "../database";
import { bindPlan, samePlan } from "./bind-plan";
import { queryPlanCacheStats, withPlanCache } from "./plan-cache";

const sql = (...fragments: string[]) => ({
  type: "query",
  args: {
    type: "templateSql",
    fragments: fragments.map((chunk) => (chunk === "?" ? { type: "parameter" } : { type: "stringChunk", chunk })),
    args: ["ACTIVE", "2015"],
    argTypes: [{ scalarType: "string" }, { scalarType: "bigint" }],
  },
});

describe("samePlan", () => {
  it("counts a placeholder compared without the enum cast, and a number for its text, as the same", () => {
    const literal = sql('WHERE "status" = CAST(', "?", '::text AS "public"."GrantStatus") AND "year" = ', "?");
    const shaped = sql('WHERE "status" = ', "?", ' AND "year" = ', "?");
    (shaped.args as { args: unknown[] }).args = ["ACTIVE", 2015];
    expect(samePlan(literal, shaped)).toBe(true);
  });

  it("tells other SQL or other values apart", () => {
    const a = sql('WHERE "status" = ', "?", ' AND "year" = ', "?");
    expect(samePlan(a, sql('WHERE "status" <> ', "?", ' AND "year" = ', "?"))).toBe(false);
    const b = sql('WHERE "status" = ', "?", ' AND "year" = ', "?");
    (b.args as { args: unknown[] }).args = ["ACTIVE", "2016"];
    expect(samePlan(a, b)).toBe(false);
  });
});

describe("withPlanCache", () => {
  const parameterize = (query: unknown) => {
    const { id } = query as { id: string };
    return { shape: { id: { $type: "Param", value: "p0" } }, values: { p0: id }, cacheable: true };
  };
  const placeholder = { prisma__type: "param", prisma__value: { name: "p0" } };

  it("compiles a shape once, and hands each query its own copy of the plan with its values", () => {
    const compiled: string[] = [];
    const compile = withPlanCache(function (this: unknown, json: string) {
      compiled.push(json);
      const { id } = JSON.parse(json) as { id: unknown };
      return { where: typeof id === "string" ? id : placeholder };
    }, parameterize);
    const compiler = {};
    const first = compile.call(compiler, JSON.stringify({ id: "a" }));
    const second = compile.call(compiler, JSON.stringify({ id: "b" }));
    const third = compile.call(compiler, JSON.stringify({ id: "b" }));
    expect([first, second, third]).toEqual([{ where: "a" }, { where: "b" }, { where: "b" }]);
    expect(second).not.toBe(third);
    expect(compiled).toHaveLength(2); // the literal query and its shape, once
  });

  it("compiles literally, as without the cache, a shape whose plan does not prove equal to the literal one", () => {
    let calls = 0;
    const compile = withPlanCache(function (this: unknown, json: string) {
      calls++;
      const { id } = JSON.parse(json) as { id: unknown };
      return typeof id === "string" ? { where: id } : { where: placeholder, extra: true };
    }, parameterize);
    const compiler = {};
    expect(compile.call(compiler, JSON.stringify({ id: "a" }))).toEqual({ where: "a" });
    expect(compile.call(compiler, JSON.stringify({ id: "b" }))).toEqual({ where: "b" });
    expect(calls).toBe(3); // literal + shape, then literal only
  });

  it("keeps a query without values as its own shape, and none of a query not worth keeping", () => {
    for (const cacheable of [true, false]) {
      let calls = 0;
      const compile = withPlanCache(
        () => {
          calls++;
          return { sql: "SELECT 1" };
        },
        (query) => ({ shape: query, values: {}, cacheable }),
      );
      const compiler = {};
      for (let i = 0; i < 3; i++) expect(compile.call(compiler, "{}")).toEqual({ sql: "SELECT 1" });
      expect(calls).toBe(cacheable ? 1 : 3);
    }
  });

  it("binds placeholders anywhere in a plan, and nothing else", () => {
    expect(bindPlan({ a: [placeholder, { b: placeholder, c: "p0" }] }, { p0: 7 })).toEqual({ a: [7, { b: 7, c: "p0" }] });
  });
});

describe("the cache in Prisma's compiler", () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase();
    await db.prisma.organisation.createMany({
      data: [
        { name: "Alfa", kind: "NGO", municipality: "Stockholm" },
        { name: "Beta", kind: "COUNTY_BOARD", municipality: "Stockholm" },
        { name: "Gamma", kind: "NGO", municipality: "Solna" },
      ],
    });
  });
  afterAll(() => db.close());

  const names = (kind: "NGO" | "COUNTY_BOARD", municipalities: string[]) =>
    db.prisma.organisation
      .findMany({ where: { kind, municipality: { in: municipalities } }, orderBy: { name: "asc" }, select: { name: true } })
      .then((rows) => rows.map((r) => r.name));

  it("answers a second query of the same shape from the cached plan, with the second query's values", async () => {
    expect(await names("NGO", ["Stockholm", "Solna"])).toEqual(["Alfa", "Gamma"]);
    const before = queryPlanCacheStats();
    expect(await names("COUNTY_BOARD", ["Stockholm", "Uppsala"])).toEqual(["Beta"]);
    expect(await names("NGO", ["Solna", "Uppsala"])).toEqual(["Gamma"]);
    const after = queryPlanCacheStats();
    expect(after.hits - before.hits).toBe(2);
    expect(after.misses - before.misses).toBe(0);
  });

  it("answers batched look-ups (findUnique in one tick) each with its own row", async () => {
    const all = await db.prisma.organisation.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
    for (let round = 0; round < 2; round++) {
      const found = await Promise.all(all.map((o) => db.prisma.organisation.findUnique({ where: { id: o.id }, select: { name: true } })));
      expect(found.map((o) => o?.name)).toEqual(["Alfa", "Beta", "Gamma"]);
    }
  });

  it("still reports an invalid value as Prisma does, after its shape is cached", async () => {
    await names("NGO", ["Stockholm"]);
    await expect(names("NOT_A_KIND" as "NGO", ["Stockholm"])).rejects.toThrow(/Invalid value for argument `kind`/);
  });
});

type Field = { name: string; kind: string; type: string; isList: boolean };
const models = getDatamodel().datamodel.models as unknown as Record<string, { fields: Field[] }>;

/** Two values of a column's type, or none for the types the cache leaves literal (JSON, bytes). */
function samples(field: Field): [unknown, unknown] | null {
  if (field.kind === "enum") {
    const values = Object.values((enums as Record<string, Record<string, string>>)[field.type]);
    return [values[0], values[1] ?? values[0]];
  }
  const byType: Record<string, [unknown, unknown]> = {
    String: ["a", "b"],
    Int: [1, 2],
    Float: [1.5, 2.5],
    Decimal: [new Prisma.Decimal("1.5"), new Prisma.Decimal("2.25")],
    DateTime: [new Date("2015-01-01T00:00:00Z"), new Date("2016-06-30T00:00:00Z")],
    Boolean: [true, false],
    BigInt: [1n, 2n],
  };
  return byType[field.type] ?? null;
}

describe("every column of every model", () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase();
  });
  afterAll(() => db.close());

  it("compiles each filter and relation filter with placeholders, proves it and answers the next values from the cache", async () => {
    const unproved: string[] = [];
    for (const [model, { fields }] of Object.entries(models)) {
      // biome-ignore lint/suspicious/noExplicitAny: every model's delegate in turn.
      const delegate = (db.prisma as any)[model[0].toLowerCase() + model.slice(1)];
      for (const field of fields.filter((f) => (f.kind === "scalar" || f.kind === "enum") && !f.isList)) {
        const pair = samples(field);
        if (!pair) continue;
        const ordered = field.kind === "scalar" && field.type !== "Boolean" && field.type !== "String";
        const filters = (v: unknown, w: unknown) => [
          { [field.name]: v },
          { [field.name]: { not: v } },
          ...(field.type === "Boolean" ? [] : [{ [field.name]: { in: [v, w] } }]),
          ...(ordered ? [{ [field.name]: { gte: v, lt: w } }] : []),
        ];
        const [first, second] = [filters(pair[0], pair[1]), filters(pair[1], pair[0])];
        for (let i = 0; i < first.length; i++) {
          await delegate.findMany({ where: first[i], take: 1 });
          const before = queryPlanCacheStats();
          await delegate.findMany({ where: second[i], take: 1 });
          if (queryPlanCacheStats().hits === before.hits)
            unproved.push(`${model}.${field.name} ${JSON.stringify(Object.values(first[i])[0])}`);
        }
      }
    }
    // Relation filters: through every relation, a text column of the related model.
    for (const [model, { fields }] of Object.entries(models)) {
      // biome-ignore lint/suspicious/noExplicitAny: every model's delegate in turn.
      const delegate = (db.prisma as any)[model[0].toLowerCase() + model.slice(1)];
      for (const relation of fields.filter((f) => f.kind === "object")) {
        const column = models[relation.type].fields.find((f) => f.kind === "scalar" && f.type === "String" && !f.isList);
        if (!column) continue;
        const ops = relation.isList ? ["some", "every", "none"] : ["is", "isNot"];
        for (const op of ops) {
          await delegate.findMany({ where: { [relation.name]: { [op]: { [column.name]: "a" } } }, take: 1 });
          const before = queryPlanCacheStats();
          await delegate.findMany({ where: { [relation.name]: { [op]: { [column.name]: "b" } } }, take: 1 });
          if (queryPlanCacheStats().hits === before.hits) unproved.push(`${model}.${relation.name} ${op}`);
        }
      }
    }
    expect(unproved).toEqual([]);
  });
});
