import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../test/graphql";
import { startTestApi, type TestApi } from "../test/harness";

const ME = graphql(`query ViewerCacheMe { viewer { id roles } }`);
const SET_ROLES = graphql(`mutation ViewerCacheSetRoles($id: ID!, $v: Int!, $input: UserInput!) {
  updateUser(id: $id, expectedVersion: $v, input: $input) { roles } }`);
const DEACTIVATE = graphql(
  `mutation ViewerCacheDeactivate($id: ID!, $v: Int!) { setUserActive(id: $id, expectedVersion: $v, active: false) { active } }`,
);

const sessionLookUps = (api: TestApi) => api.statements.filter((s) => /FROM "public"\."Session"/.test(s)).length;

describe("the sessions found recently (auth/lookup-cache.ts)", () => {
  let api: TestApi;
  let brief: TestApi;
  beforeAll(async () => {
    [api, brief] = await Promise.all([
      startTestApi({ seed: false, viewerCacheMs: 60_000 }),
      startTestApi({ seed: false, viewerCacheMs: 300 }),
    ]);
  });
  afterAll(() => Promise.all([api.close(), brief.close()]));

  it("looks a session up once for a burst of requests", async () => {
    const analyst = api.as({ roles: ["ANALYST"], name: "Burst" });
    await analyst.gql(ME);
    api.statements.length = 0;
    const answers = await Promise.all([analyst.gql(ME), analyst.gql(ME), analyst.gql(ME)]);
    expect(answers.map((a) => a.data?.viewer?.roles)).toEqual([["ANALYST"], ["ANALYST"], ["ANALYST"]]);
    expect(sessionLookUps(api)).toBe(0);
  });

  it("applies an administrator's change of roles, and a deactivation, from the user's very next request", async () => {
    const user = api.as({ roles: ["ANALYST"], name: "Byter roll" });
    const id = (await user.gql(ME)).data?.viewer?.id ?? "";
    expect((await user.gql(ME)).data?.viewer?.roles).toEqual(["ANALYST"]);
    const changed = await api.gql(SET_ROLES, {
      id,
      v: 1,
      input: { email: "byter@bidragskollen.test", name: "Byter roll", roles: ["STATISTICIAN"] },
    });
    expect(changed.errors).toBeUndefined();
    expect((await user.gql(ME)).data?.viewer?.roles).toEqual(["STATISTICIAN"]);
    expect((await api.gql(DEACTIVATE, { id, v: 2 })).errors).toBeUndefined();
    expect((await user.gql(ME)).data?.viewer).toBeNull();
  });

  it("sees a change another process made in the database once the kept look-up is older than viewerCacheMs", async () => {
    const user = brief.as({ roles: ["ANALYST"], name: "Annan process" });
    const id = (await user.gql(ME)).data?.viewer?.id ?? "";
    const rowId = Buffer.from(id, "base64").toString().split(":")[1];
    await brief.db.prisma.user.update({ where: { id: rowId }, data: { active: false } });
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect((await user.gql(ME)).data?.viewer).toBeNull();
  });
});
