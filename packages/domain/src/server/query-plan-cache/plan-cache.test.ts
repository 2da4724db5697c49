import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
