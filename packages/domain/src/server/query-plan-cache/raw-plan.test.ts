import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../../generated/prisma/client";
import { type Database, openDatabase } from "../database";
import { queryPlanCacheStats } from "./plan-cache";
import { bindRawPlan, isRawPlan, rawShape } from "./raw-plan";

const raw = (query: string, parameters: unknown[], action = "queryRaw") => ({
  action,
  query: { arguments: { query, parameters: JSON.stringify(parameters) }, selection: {} },
});

describe("rawShape", () => {
  it("keys a statement by its SQL and its parameters' types, and carries dates as their text", () => {
    const a = rawShape(raw("SELECT $1, $2, $3", ["x", 1, { prisma__type: "date", prisma__value: "2015-01-01T00:00:00.000Z" }]));
    const b = rawShape(raw("SELECT $1, $2, $3", ["y", 2, { prisma__type: "date", prisma__value: "2016-01-01T00:00:00.000Z" }]));
    expect(a?.key).toBe(b?.key);
    expect(b?.args).toEqual(["y", 2, "2016-01-01T00:00:00.000Z"]);
    // Another type, another statement or another action: another plan.
    expect(rawShape(raw("SELECT $1, $2, $3", ["y", 2.5, "z"]))?.key).not.toBe(a?.key);
    expect(rawShape(raw("SELECT $1", ["x"]))?.key).not.toBe(rawShape(raw("SELECT $1", ["x"], "executeRaw"))?.key);
    expect(rawShape(raw("SELECT $1", [["a", "b"]]))?.key).toBe(rawShape(raw("SELECT $1", [["c"]]))?.key);
    expect(rawShape(raw("SELECT $1", [[1]]))?.key).not.toBe(rawShape(raw("SELECT $1", [["c"]]))?.key);
  });

  it("leaves to the compiler what it types by more than its kind: decimals, big integers, bytes, JSON, mixed lists, numbers beyond INT4", () => {
    for (const parameter of [
      { prisma__type: "decimal", prisma__value: "1.5" },
      { prisma__type: "bigint", prisma__value: "1" },
      { prisma__type: "bytes", prisma__value: "AA==" },
      { a: 1 },
      ["a", 1],
      2 ** 31,
    ])
      expect(rawShape(raw("SELECT $1", [parameter]))).toBeNull();
    expect(rawShape({ modelName: "Grant", action: "findMany", query: {} })).toBeNull();
  });
});

describe("bindRawPlan", () => {
  const plan = {
    type: "query",
    args: { type: "rawSql", sql: "SELECT $1", args: ["a"], argTypes: [{ arity: "scalar", scalarType: "string" }] },
  };

  it("accepts only the statement as written with exactly the call's values", () => {
    const shape = rawShape(raw("SELECT $1", ["a"]));
    if (!shape) throw new Error("no shape");
    expect(isRawPlan(plan, shape)).toBe(true);
    expect(isRawPlan({ ...plan, args: { ...plan.args, args: ["b"] } }, shape)).toBe(false);
    expect(isRawPlan({ ...plan, args: { ...plan.args, sql: "SELECT $1 " } }, shape)).toBe(false);
    expect(isRawPlan({ type: "query", args: { ...plan.args, type: "templateSql" } }, shape)).toBe(false);
  });

  it("hands out a new plan with the new values, never the kept one", () => {
    if (!isRawPlan(plan, rawShape(raw("SELECT $1", ["a"])) ?? ({} as never))) throw new Error("not a raw plan");
    const bound = bindRawPlan(plan, ["b"]);
    expect(bound).toEqual({ ...plan, args: { ...plan.args, args: ["b"] } });
    expect(bound.args.argTypes[0]).not.toBe(plan.args.argTypes[0]);
  });
});

describe("raw SQL in Prisma's compiler", () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase();
  });
  afterAll(() => db.close());

  const echo = (text: string, n: number, on: Date, flag: boolean, list: string[], nothing: string | null) =>
    db.prisma.$queryRaw<{ text: string; n: number; on: Date; flag: boolean; list: string[]; nothing: string | null }[]>`
      SELECT ${text}::text AS "text", ${n}::int AS "n", ${on}::timestamp AS "on", ${flag}::boolean AS "flag",
        ${list}::text[] AS "list", ${nothing}::text AS "nothing"`.then((rows) => rows[0]);

  it("answers each call with its own values from one plan", async () => {
    expect(await echo("å", 1, new Date("2015-01-01T00:00:00Z"), true, ["a"], null)).toEqual({
      text: "å",
      n: 1,
      on: new Date("2015-01-01T00:00:00Z"),
      flag: true,
      list: ["a"],
      nothing: null,
    });
    const before = queryPlanCacheStats();
    expect(await echo("ö", -7, new Date("2026-11-24T12:30:00Z"), false, ["b", "c"], null)).toEqual({
      text: "ö",
      n: -7,
      on: new Date("2026-11-24T12:30:00Z"),
      flag: false,
      list: ["b", "c"],
      nothing: null,
    });
    const after = queryPlanCacheStats();
    expect(after.hits - before.hits).toBe(1);
    expect(after.misses - before.misses).toBe(0);
  });

  it("compiles a parameter of another type anew (a text where a null was)", async () => {
    const row = await echo("x", 2, new Date("2015-01-01T00:00:00Z"), true, [], "now a text");
    expect(row).toMatchObject({ list: [], nothing: "now a text" });
  });

  it("runs executeRaw and decimals as before", async () => {
    const rename = (id: string) => db.prisma.$executeRaw`UPDATE "Organisation" SET "name" = "name" WHERE "id" = ${id}`;
    expect(await rename("none")).toBe(0);
    const before = queryPlanCacheStats();
    expect(await rename("nor this")).toBe(0);
    expect(queryPlanCacheStats().hits - before.hits).toBe(1);
    const [row] = await db.prisma.$queryRaw<{ d: Prisma.Decimal }[]>`SELECT ${new Prisma.Decimal("1.25")}::numeric AS "d"`;
    expect(row.d.toString()).toBe("1.25");
  });
});
