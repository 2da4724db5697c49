import { contributionKindLabels, fromOre, toOre } from "@bk/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../test/harness";

// contributionAggregate and partnerRoleAggregate on the seeded source documents: the same sums as
// plain sums over the rows, within the projects the viewer may read (as their lists).

type Key = { value: string | null; id: string | null; label: string };
type Page<N> = { totalCount: number; totals: N; edges: { node: N & { keys: Key[] } }[] };
type Contribution = {
  count: number;
  amount: string;
  cashAmount: string;
  inKindAmount: string;
  projectCount: number;
  organisationCount: number;
};
type Role = { count: number; projectCount: number; organisationCount: number };

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const add = (a: string, b: { toString(): string } | null) => fromOre(toOre(a) + (b == null ? 0n : toOre(b.toString())));

async function contributions(send = api.gql, where: Record<string, unknown> | null = null) {
  const res = await send<{ contributionAggregate: Page<Contribution> }>(
    `query ($where: ContributionWhere) { contributionAggregate(where: $where, groupBy: [ORGANISATION, KIND], orderBy: [{ measure: AMOUNT, direction: DESC }]) {
      totalCount totals { count amount cashAmount inKindAmount projectCount organisationCount }
      edges { node { keys { value id label } count amount cashAmount inKindAmount projectCount organisationCount } } } }`,
    { where },
  );
  expect(res.errors).toBeUndefined();
  return (res.data as { contributionAggregate: Page<Contribution> }).contributionAggregate;
}

async function roles(send = api.gql) {
  const res = await send<{ partnerRoleAggregate: Page<Role> }>(
    `{ partnerRoleAggregate(groupBy: [ORGANISATION, ROLE], orderBy: [{ measure: PROJECT_COUNT, direction: DESC }]) {
      totalCount totals { count projectCount organisationCount }
      edges { node { keys { value id label } count projectCount organisationCount } } } }`,
  );
  expect(res.errors).toBeUndefined();
  return (res.data as { partnerRoleAggregate: Page<Role> }).partnerRoleAggregate;
}

describe("contributionAggregate", () => {
  it("sums each partner's cash and in-kind support as plain sums over the contributions do", async () => {
    const page = await contributions();
    const rows = await api.db.prisma.contribution.findMany();
    const expected = new Map<string, { count: number; amount: string; projects: Set<string> }>();
    for (const c of rows) {
      const key = `${c.organisationId}|${c.kind}`;
      const g = expected.get(key) ?? { count: 0, amount: "0", projects: new Set<string>() };
      expected.set(key, { count: g.count + 1, amount: add(g.amount, c.amount), projects: g.projects.add(c.projectId) });
    }
    expect(rows.length).toBeGreaterThan(5);
    expect(page.totalCount).toBe(expected.size);
    for (const { node } of page.edges) {
      const [organisation, kind] = node.keys;
      const g = expected.get(`${organisation.value}|${kind.value}`);
      expect(node).toMatchObject({ count: g?.count, amount: g?.amount, projectCount: g?.projects.size, organisationCount: 1 });
      expect(kind.value === "CASH" ? node.cashAmount : node.inKindAmount).toBe(node.amount);
      expect(kind.value === "CASH" ? node.inKindAmount : node.cashAmount).toBe("0");
      expect(kind.label).toBe(contributionKindLabels[kind.value as "CASH" | "IN_KIND"].sv);
    }
    expect(page.totals.count).toBe(rows.length);
    expect(page.totals.amount).toBe(rows.reduce((s, c) => add(s, c.amount), "0"));
    expect(page.totals.organisationCount).toBe(new Set(rows.map((c) => c.organisationId)).size);
    const amounts = page.edges.map((e) => toOre(e.node.amount));
    expect(amounts).toEqual([...amounts].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
  });

  it("takes a key's id as the list's filter", async () => {
    const [first] = (await contributions()).edges;
    const organisation = first.node.keys[0];
    const one = await contributions(api.gql, { organisation: { equals: organisation.id } });
    expect(one.edges.every((e) => e.node.keys[0].id === organisation.id)).toBe(true);
    expect(one.totals.count).toBe(await api.db.prisma.contribution.count({ where: { organisationId: organisation.value as string } }));
  });

  it("counts only a project lead's own projects", async () => {
    const project = await api.db.prisma.project.findFirstOrThrow({ where: { contributions: { some: {} } } });
    const lead = api.as({ roles: ["PROJECT_LEAD"], projectIds: [project.id] });
    const page = await contributions(lead.gql);
    expect(page.totals.count).toBe(await api.db.prisma.contribution.count({ where: { projectId: project.id } }));
    expect(page.totals.projectCount).toBe(1);
    expect(page.totals.count).toBeLessThan(await api.db.prisma.contribution.count());
  });
});

describe("partnerRoleAggregate", () => {
  it("counts roles, projects and organisations per organisation and role, most projects first", async () => {
    const page = await roles();
    const rows = await api.db.prisma.partnerRole.findMany();
    expect(rows.length).toBeGreaterThan(5);
    for (const { node } of page.edges) {
      const [organisation, role] = node.keys;
      const mine = rows.filter((r) => r.organisationId === organisation.value && r.role === role.value);
      expect(node).toMatchObject({ count: mine.length, projectCount: new Set(mine.map((r) => r.projectId)).size, organisationCount: 1 });
    }
    expect(page.totals).toEqual({
      count: rows.length,
      projectCount: new Set(rows.map((r) => r.projectId)).size,
      organisationCount: new Set(rows.map((r) => r.organisationId)).size,
    });
    const counts = page.edges.map((e) => e.node.projectCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("counts nothing of other projects for a project lead without projects", async () => {
    const page = await roles(api.as({ roles: ["PROJECT_LEAD"], projectIds: [] }).gql);
    expect(page.totalCount).toBe(0);
    expect(page.totals.count).toBe(0);
  });
});
