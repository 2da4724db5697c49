import type { AddressInfo } from "node:net";
import type { DocumentNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../http/app";
import { graphql } from "../test/graphql";
import { requestBody, startTestApi, type TestApi } from "../test/harness";

const ME = graphql(`query ViewerCacheMe { viewer { id roles } }`);
const SET_ROLES = graphql(`mutation ViewerCacheSetRoles($id: ID!, $v: Int!, $input: UserInput!) {
  updateUser(id: $id, expectedVersion: $v, input: $input) { roles } }`);
const DEACTIVATE = graphql(
  `mutation ViewerCacheDeactivate($id: ID!, $v: Int!) { setUserActive(id: $id, expectedVersion: $v, active: false) { active } }`,
);
const LOG_OUT = graphql(`mutation ViewerCacheLogOut { logOut }`);
const LOG_IN = graphql(`mutation ViewerCacheLogIn($input: LogInInput!) { logIn(input: $input) { email } }`);
const CREATE_TOKEN = graphql(
  `mutation ViewerCacheCreateToken($input: AccessTokenInput!) { createAccessToken(input: $input) { token accessToken { id } } }`,
);
const REVOKE_TOKEN = graphql(`mutation ViewerCacheRevokeToken($id: ID!) { revokeAccessToken(id: $id) { id } }`);

const sessionLookUps = (api: TestApi) => api.statements.filter((s) => /FROM "public"\."Session"/.test(s)).length;
const rowIdOf = (id: string) => Buffer.from(id, "base64").toString().split(":")[1];

type Viewer = { viewer: { id: string; roles: string[] } | null };
type Answer<T> = { data?: T; errors?: { extensions: { code: string } }[] };

/** A request to either server of the same database, with these headers (by default: who am I?). */
async function ask<T = Viewer>(url: string, headers: Record<string, string>, query: DocumentNode = ME, variables = {}) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: requestBody(query, variables),
  });
  return (await res.json()) as Answer<T>;
}

describe("the sessions and tokens found recently (auth/lookup-cache.ts)", () => {
  let api: TestApi;
  let brief: TestApi;
  /** A second API process on the same database (as behind a load balancer). */
  let other: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    [api, brief] = await Promise.all([
      startTestApi({ seed: false, viewerCacheMs: 60_000 }),
      // Without the database's notifications: only the time kept bounds what it sees of others' changes.
      startTestApi({ seed: false, viewerCacheMs: 300, listen: undefined }),
    ]);
    const { app, stop } = await createApp({ prisma: api.db.prisma, listen: api.db.listen, viewerCacheMs: 60_000 });
    const server = app.listen(0, "127.0.0.1");
    await new Promise<void>((resolve) => server.once("listening", () => resolve()));
    other = {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
      close: async () => {
        server.close();
        await stop();
      },
    };
  });
  afterAll(() => Promise.all([other.close().then(() => api.close()), brief.close()]));

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

  it("ends a logged-out session and a revoked token from the next request, though both were just found", async () => {
    const cookie = await api.headersFor({ roles: ["CASE_OFFICER"], name: "Loggar ut" });
    type Created = { createAccessToken: { token: string; accessToken: { id: string } } };
    const created = (await ask<Created>(api.url, cookie, CREATE_TOKEN, { input: { name: "Skript" } })).data?.createAccessToken;
    const bearer = { authorization: `Bearer ${created?.token}` };
    expect((await ask(api.url, bearer)).data?.viewer).not.toBeNull();
    expect((await ask(api.url, cookie)).data?.viewer).not.toBeNull();
    expect((await ask(api.url, cookie, REVOKE_TOKEN, { id: created?.accessToken.id })).errors).toBeUndefined();
    expect((await ask(api.url, bearer)).data?.viewer).toBeNull();
    expect((await ask(api.url, cookie, LOG_OUT)).errors).toBeUndefined();
    expect((await ask(api.url, cookie)).data?.viewer).toBeNull();
  });

  it("forgets in every process on the database at once: a change by another server, or straight in the database", async () => {
    const cookie = await api.headersFor({ roles: ["ANALYST"], name: "Två servrar" });
    const id = (await ask(other.url, cookie)).data?.viewer?.id ?? "";
    expect((await ask(other.url, cookie)).data?.viewer?.roles).toEqual(["ANALYST"]);
    // Changed through the first server (whose mutation the second never sees) ...
    await api.gql(SET_ROLES, { id, v: 1, input: { email: "tva@bidragskollen.test", name: "Två servrar", roles: ["CASE_OFFICER"] } });
    await expect.poll(async () => (await ask(other.url, cookie)).data?.viewer?.roles, { timeout: 5000 }).toEqual(["CASE_OFFICER"]);
    // ... and by a script writing to the database.
    await api.db.prisma.user.update({ where: { id: rowIdOf(id) }, data: { active: false } });
    await expect.poll(async () => (await ask(other.url, cookie)).data?.viewer, { timeout: 5000 }).toBeNull();
  });

  it("is not emptied by anyone not logged in: a mutation refused before it ran, a failed login", async () => {
    const cookie = await api.headersFor({ roles: ["ANALYST"], name: "Anonym tömmer inte" });
    await ask(api.url, cookie);
    api.statements.length = 0;
    const refused = await ask(api.url, {}, LOG_OUT);
    expect(refused.errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
    const failed = await ask(api.url, {}, LOG_IN, { input: { email: "ingen@bidragskollen.test", password: "fel lösenord igen" } });
    expect(failed.errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
    expect((await ask(api.url, cookie)).data?.viewer?.roles).toEqual(["ANALYST"]);
    expect(sessionLookUps(api)).toBe(0);
  });

  it("without the database's notifications, sees another process's change once the kept look-up is older than viewerCacheMs", async () => {
    const user = brief.as({ roles: ["ANALYST"], name: "Annan process" });
    const id = (await user.gql(ME)).data?.viewer?.id ?? "";
    await brief.db.prisma.user.update({ where: { id: rowIdOf(id) }, data: { active: false } });
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect((await user.gql(ME)).data?.viewer).toBeNull();
  });
});
