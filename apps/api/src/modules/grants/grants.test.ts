import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GrantOrder, GrantWhere } from "../../test/generated/graphql";
import { graphql, narrowNode } from "../../test/graphql";
import { startTestApi, type TestApi } from "../../test/harness";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const GRANTS = graphql(`
  query GrantsPage($where: GrantWhere, $orderBy: [GrantOrder!], $first: Int, $after: String) {
    grants(where: $where, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id title status amountApplied amountGranted } }
    }
  }
`);

async function lansstyrelsenId() {
  const res = await api.gql(
    graphql(`query GrantsLansstyrelsen { organisations(where: { text: "Länsstyrelsen i Stockholms län" }) { edges { node { id } } } }`),
  );
  return res.data?.organisations.edges[0].node.id as string;
}

describe("grants query", () => {
  it("lists all eight seeded grants with exact amounts", async () => {
    const res = await api.gql(GRANTS, { first: 100 });
    expect(res.errors).toBeUndefined();
    expect(res.data?.grants.totalCount).toBe(8);
    const amounts = res.data?.grants.edges
      .map((e) => e.node.amountGranted)
      .filter(Boolean)
      .sort();
    expect(amounts).toEqual(["2200000", "500000"]);
  });

  it("filters by funder with a global id", async () => {
    const res = await api.gql(GRANTS, { where: { funder: { equals: await lansstyrelsenId() } }, first: 100 });
    expect(res.data?.grants.totalCount).toBe(5);
    expect(res.data?.grants.edges.map((e) => e.node.title)).toContain("Stöd till RFHL Stockholms projekt Q-jouren");
  });

  it("filters by status, year, amount range and text together", async () => {
    const partial = await api.gql(GRANTS, { where: { status: { equals: "PARTIALLY_GRANTED" } } });
    expect(partial.data?.grants.edges.map((e) => [e.node.amountApplied, e.node.amountGranted])).toEqual([["900000", "500000"]]);

    const y2008 = await api.gql(GRANTS, { where: { year: 2008 } });
    expect(y2008.data?.grants.edges.map((e) => e.node.title).sort()).toEqual([
      "Projektmedel till Relationsvåldscentrum 2007–2009",
      "Stöd till RFHL Stockholms projekt Q-jouren",
      "Utvecklingsmedel för pilotprojekt med samtalsgrupper för våldsutsatta kvinnor över 18 år",
    ]);

    const range = await api.gql(GRANTS, { where: { amountApplied: { gte: "100000", lte: "916210" } } });
    expect(range.data?.grants.totalCount).toBe(3);

    const text = await api.gql(GRANTS, { where: { text: "704-07-89225" } });
    expect(text.data?.grants.edges.map((e) => e.node.amountGranted)).toEqual(["2200000"]);

    const none = await api.gql(GRANTS, { where: { text: "Q-jouren", status: { in: ["REJECTED"] } } });
    expect(none.data?.grants.totalCount).toBe(0);
  });

  it("combines filters with AND, OR and NOT, and compares with notIn, gt and lt", async () => {
    const count = async (where: GrantWhere) => {
      const res = await api.gql(GRANTS, { where, first: 100 });
      expect(res.errors, JSON.stringify(where)).toBeUndefined();
      return res.data?.grants.totalCount;
    };
    const all = await count({});
    const decided = await count({ amountGranted: { isNull: false } });
    expect(await count({ NOT: [{ amountGranted: { isNull: false } }] })).toBe((all ?? 0) - (decided ?? 0));
    // 2 200 000 and 500 000 kr granted: one above a million, one below.
    expect(await count({ amountGranted: { gt: "1000000" } })).toBe(1);
    expect(await count({ amountGranted: { lt: "500000" } })).toBe(0);
    expect(await count({ amountGranted: { lte: "500000" } })).toBe(1);
    expect(await count({ amountGranted: { equals: "2200000" } })).toBe(1);
    expect(await count({ OR: [{ amountGranted: { gt: "1000000" } }, { status: { equals: "PARTIALLY_GRANTED" } }] })).toBe(2);
    expect(await count({ status: { notIn: ["PARTIALLY_GRANTED"] } })).toBe((all ?? 0) - 1);
    const funder = await lansstyrelsenId();
    expect(await count({ funder: { notIn: [funder] } })).toBe((all ?? 0) - 5);
    expect(
      await count({ AND: [{ funder: { equals: funder } }, { OR: [{ year: 2008 }, { NOT: [{ amountGranted: { isNull: true } }] }] }] }),
    ).toBeGreaterThan(0);
    // NOT is "everything else", also where a value is missing (no programme, no reference, no amount, no split).
    for (const where of [{ text: "q-jouren" }, { year: 2008 }, { amountGranted: { gt: "1000000" } }, { municipality: "stockholm" }]) {
      expect(((await count(where)) ?? 0) + ((await count({ NOT: [where] })) ?? 0), JSON.stringify(where)).toBe(all);
    }
    // An empty condition inside OR matches every grant, as Prisma reads it.
    expect(await count({ OR: [{}, { status: { equals: "REJECTED" } }] })).toBe(all);
  });

  it("sorts and pages with cursors", async () => {
    const order: GrantOrder[] = [{ field: "AMOUNT_APPLIED", direction: "DESC" }];
    const first = await api.gql(GRANTS, { first: 2, orderBy: order, where: { amountApplied: { isNull: false } } });
    expect(first.data?.grants.edges.map((e) => e.node.amountApplied)).toEqual(["916210", "900000"]);
    expect(first.data?.grants.pageInfo.hasNextPage).toBe(true);
    const second = await api.gql(GRANTS, {
      first: 2,
      orderBy: order,
      where: { amountApplied: { isNull: false } },
      after: first.data?.grants.pageInfo.endCursor,
    });
    expect(second.data?.grants.edges.map((e) => e.node.amountApplied)).toEqual(["100000"]);
    expect(second.data?.grants.pageInfo.hasNextPage).toBe(false);
  });

  it("fetches a grant with node(id) and its source passage", async () => {
    const list = await api.gql(GRANTS, { where: { text: "Q-jouren", amountGranted: { gte: "1" } } });
    const id = list.data?.grants.edges[0].node.id;
    const res = await api.gql(
      narrowNode(
        graphql(
          `query GrantWithConditions($id: ID!) { node(id: $id) { ... on Grant { title funderReference conditions { dueDate sourcePassage { document { reference } } } } } }`,
        ),
      ),
      { id: id as string },
    );
    expect(res.data?.node.funderReference).toBe("704-07-89225");
    expect(res.data?.node.conditions[0].dueDate).toBe("2009-03-01");
    expect(res.data?.node.conditions[0].sourcePassage?.document.reference).toBe("6.0-0203/2009");
  });

  it("sums applied and granted for a filter, and by year", async () => {
    const res = await api.gql(
      graphql(
        `query GrantSummaryByYear($where: GrantWhere) { grantSummary(where: $where) { count amountApplied amountGranted groups(by: YEAR) { key amountGranted } } }`,
      ),
      { where: { funder: { equals: await lansstyrelsenId() } } },
    );
    expect(res.data?.grantSummary).toMatchObject({ count: 5, amountApplied: "1916210", amountGranted: "2700000" });
    expect(res.data?.grantSummary.groups.find((g) => g.key === "2010")?.amountGranted).toBe("500000");
  });
});

describe("bad input", () => {
  const expectBadInput = (res: { errors?: { extensions: { code: string; field?: string } }[] }, field: string) => {
    expect(res.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].extensions.field).toBe(field);
  };

  it("refuses page sizes outside 1–100", async () => {
    expectBadInput(await api.gql(GRANTS, { first: 0 }), "first");
    expectBadInput(await api.gql(GRANTS, { first: 101 }), "first");
    expectBadInput(await api.gql(`{ grants(first: 500) { totalCount } }`), "first");
  });

  it("names the field of an id of the wrong type", async () => {
    const project = await api.gql(graphql(`query GrantsAnyProject { projects(first: 1) { edges { node { id } } } }`));
    expectBadInput(
      await api.gql(GRANTS, { where: { funder: { equals: project.data?.projects.edges[0].node.id } } }),
      "where.funder.equals",
    );
    expectBadInput(await api.gql(GRANTS, { where: { recipient: { in: ["nonsense"] } } }), "where.recipient.in.0");
  });

  it("refuses inverted ranges, impossible years and malformed scalars", async () => {
    expectBadInput(await api.gql(GRANTS, { where: { amountGranted: { gte: "900000", lte: "1" } } }), "where.amountGranted.gte");
    expectBadInput(await api.gql(GRANTS, { where: { year: 99999 } }), "where.year");
    const money = await api.gql(GRANTS, { where: { amountGranted: { gte: "2,2 miljoner" } } });
    expect(money.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(money.errors?.[0].extensions.reason).toBe("money.invalid");
    const date = await api.gql(GRANTS, { where: { decisionDate: { gte: "2009-02-30" } } });
    expect(date.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("refuses filters nested too deep or with too many conditions, naming where", async () => {
    const deep: GrantWhere = { OR: [{ AND: [{ NOT: [{ OR: [{ AND: [{ year: 2008 }] }] }] }] }] };
    expectBadInput(await api.gql(GRANTS, { where: deep }), "where.OR.0.AND.0.NOT.0.OR.0.AND");
    const many: GrantWhere = { OR: Array.from({ length: 101 }, (_, i) => ({ year: 2000 + (i % 20) })) };
    const res = await api.gql(GRANTS, { where: many });
    expectBadInput(res, "where.OR");
    expect(res.errors?.[0].extensions.reason).toBe("where.tooManyParts");
    expectBadInput(await api.gql(GRANTS, { where: { OR: [{ amountGranted: { gt: "900000", lt: "1" } }] } }), "where.OR.0.amountGranted.gt");
    expectBadInput(await api.gql(GRANTS, { where: { NOT: [{ funder: { notIn: ["nonsense"] } }] } }), "where.NOT.0.funder.notIn.0");
  });

  it("answers NOT_FOUND for an unknown node and never leaks internals", async () => {
    const res = await api.gql(graphql(`query GrantsUnknownNode { node(id: "R3JhbnQ6bm9wZQ==") { id } }`));
    expect(res.data?.node ?? null).toBeNull();
    expect(res.errors?.[0].extensions.code).toBe("NOT_FOUND");
    const bad = await api.gql(`{ grants { edges { node { nope } } } }`);
    expect(bad.errors?.[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(JSON.stringify(bad)).not.toContain("stacktrace");
  });
});
