import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GrantWhere } from "../../test/generated/graphql";
import { graphql } from "../../test/graphql";
import { startTestApi, type TestApi } from "../../test/harness";
import { grantListSpec } from "../grants/grant-list-spec";
import { buildWhere } from "./list-query";
import { knowTextMatches, MAX_LOOKED_UP_TEXTS, relatedText } from "./text-matches";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const SEARCH = graphql(`
  query TextMatchesSearch($where: GrantWhere) {
    grants(first: 100, where: $where) { totalCount edges { node { id } } }
    grantSummary(where: $where) { count }
  }
`);

/** The grants the text matches by joining every related table (the search as it was written). */
const byJoin = async (where: Record<string, unknown>) =>
  (await api.db.prisma.grant.findMany({ where: buildWhere(grantListSpec, where), select: { id: true } })).map((g) => g.id).sort();

describe("a free-text search of related rows", () => {
  it("finds the same grants by the keys of the organisations, projects and programmes that hold the text as by joining them", async () => {
    const analyst = api.as({ roles: ["ANALYST"] });
    for (const text of ["q-jouren", "Hässelby", "kvinnojour", "stockholms stad", "ingenting sådant"]) {
      const wheres: GrantWhere[] = [{ text }, { NOT: [{ text }] }, { OR: [{ text }, { status: { equals: "REJECTED" } }] }];
      for (const where of wheres) {
        const res = await analyst.gql(SEARCH, { where });
        expect(res.errors).toBeUndefined();
        const ids = res.data?.grants.edges.map((e) => Buffer.from(e.node.id, "base64").toString().replace("Grant:", "")).sort();
        const expected = await byJoin(where);
        expect(ids, JSON.stringify(where)).toEqual(expected);
        expect(res.data?.grants.totalCount).toBe(expected.length);
        expect(res.data?.grantSummary.count).toBe(expected.length);
      }
    }
  });

  it("filters the list's own statement by those keys, joining no related table", async () => {
    api.statements.length = 0;
    const res = await api.as({ roles: ["ANALYST"] }).gql(SEARCH, { where: { text: "q-jouren" } });
    expect(res.data?.grants.totalCount).toBeGreaterThan(0);
    const list = api.statements.filter((s) => /FROM "public"\."Grant"/.test(s) && /LIMIT/.test(s));
    expect(list.length).toBeGreaterThan(0);
    for (const sql of list) {
      expect(sql).not.toMatch(/JOIN "public"\."(Organisation|Project|Programme)"/);
      expect(sql).toMatch(/"recipientId" IN/);
    }
  });

  it("looks up a few texts of a request, and leaves the rest of a filter of many ORs as joins", async () => {
    const texts = Array.from({ length: 12 }, (_, i) => `ord${i}`);
    api.statements.length = 0;
    const res = await api.as({ roles: ["ANALYST"] }).gql(SEARCH, { where: { OR: texts.map((text) => ({ text })) } });
    expect(res.errors).toBeUndefined();
    const lookUps = api.statements.filter(
      (s) => /FROM "public"\."(Organisation|Project|Programme)"/.test(s) && !/"public"\."Grant"/.test(s),
    );
    expect(lookUps.length).toBeLessThanOrEqual(MAX_LOOKED_UP_TEXTS * 3);
  });

  it("stays a join where the related rows were not looked up or were too many", async () => {
    const where = { text: "q-jouren" };
    const ctx = { prisma: api.db.prisma, loaders: new Map() };
    const matches = await knowTextMatches(ctx, grantListSpec, where);
    expect(JSON.stringify(buildWhere(grantListSpec, where, "where", matches))).toMatch(/"recipientId":\{"in":\[/);
    expect(buildWhere(grantListSpec, where, "where", () => null)).toEqual(buildWhere(grantListSpec, where));
    expect(buildWhere(grantListSpec, where, "where", () => undefined)).toEqual(buildWhere(grantListSpec, where));
  });
});

describe("relatedText", () => {
  it("finds the foreign key of a one-hop relation, and nothing for the row's own columns or longer paths", () => {
    expect(relatedText("Grant", "funder.searchText", true)).toEqual({
      foreignKey: "funderId",
      model: "Organisation",
      column: "searchText",
      folded: true,
    });
    expect(relatedText("Grant", "programme.name", false)).toEqual({
      foreignKey: "programmeId",
      model: "Programme",
      column: "name",
      folded: false,
    });
    expect(relatedText("Grant", "searchText", true)).toBeNull();
    expect(relatedText("Grant", "project.owner.name", false)).toBeNull();
    expect(relatedText("Grant", "conditions.text", false)).toBeNull(); // a list: no foreign key on the grant
  });
});
