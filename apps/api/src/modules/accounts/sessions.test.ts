import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { graphql } from "../../test/graphql";
import { type GqlResult, requestBody, startTestApi, type TestApi } from "../../test/harness";
import { hashPassword } from "./passwords";

const PASSWORD = "korrekt häst batteri häftstift";
const LOG_IN = graphql(`mutation SessionsLogIn($input: LogInInput!) { logIn(input: $input) { email roles } }`);
const VIEWER = graphql(`query SessionsViewer { viewer { email } }`);
const GRANT_COUNT = graphql(`query SessionsGrantCount { grants { totalCount } }`);
const LOG_OUT = graphql(`mutation SessionsLogOut { logOut }`);
const LOG_OUT_EVERYWHERE = graphql(`mutation SessionsLogOutEverywhere { logOutEverywhere }`);
const CREATE_TOKEN = graphql(
  `mutation SessionsCreateToken($input: AccessTokenInput!) { createAccessToken(input: $input) { token accessToken { id name prefix } } }`,
);
const REVOKE_TOKEN = graphql(`mutation SessionsRevokeToken($id: ID!) { revokeAccessToken(id: $id) { id revokedAt } }`);
const INVITE = graphql(
  `mutation SessionsInvite($input: UserInput!, $password: String) { inviteUser(input: $input, password: $password) { user { id version hasPassword } passwordLink { url } } }`,
);
const UPDATE_USER = graphql(
  `mutation SessionsUpdateUser($id: ID!, $v: Int!, $input: UserInput!) { updateUser(id: $id, expectedVersion: $v, input: $input) { roles version } }`,
);

/** An answer as these tests read it: `data` is null (or absent) when refused, and `errors` absent when not. */
type Answer<R> = { data: R; errors: NonNullable<GqlResult<R>["errors"]> };

describe("logging in, sessions and tokens", () => {
  let api: TestApi;
  const logged: string[] = [];
  beforeAll(async () => {
    // These tests move sessions' and tokens' times straight in the database (as time passing
    // would; a session's last use is not announced), so every request looks its session up. The kept
    // look-ups, with logout, revocation, roles and deactivation: auth/viewer-cache.test.ts.
    api = await startTestApi({ seed: false, viewerCacheMs: 0 });
    // Everything the server writes to its log during these tests, to look for passwords in.
    for (const method of ["log", "info", "warn", "error"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logged.push(args.map(String).join(" "));
      });
    }
    await api.db.prisma.user.create({
      data: {
        email: "anna@lansstyrelsen.se",
        name: "Anna Handläggare",
        roles: ["CASE_OFFICER"],
        passwordHash: await hashPassword(PASSWORD),
      },
    });
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await api.close();
  });

  /** A request with the given cookie and body; returns the JSON answer and the Set-Cookie header. */
  async function post<R = unknown, V = Record<string, unknown>>(
    { query, variables }: { query: TypedDocumentNode<R, V> | string; variables?: V },
    headers: Record<string, string> = {},
  ) {
    const res = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: requestBody(query, variables),
    });
    const text = await res.text();
    return { status: res.status, json: JSON.parse(text) as Answer<R>, text, setCookie: res.headers.get("set-cookie") ?? "" };
  }
  const cookieOf = (setCookie: string) => setCookie.split(";")[0];
  const logIn = (email: string, password: string, headers: Record<string, string> = {}) =>
    post({ query: LOG_IN, variables: { input: { email, password } } }, headers);

  it("logs in with e-mail and password, setting an HttpOnly SameSite=Lax cookie, and the same answer for a wrong e-mail as a wrong password", async () => {
    const ok = await logIn("  Anna@Lansstyrelsen.se ", PASSWORD);
    expect(ok.json.data.logIn).toEqual({ email: "anna@lansstyrelsen.se", roles: ["CASE_OFFICER"] });
    expect(ok.setCookie).toMatch(/^bk_session=bks_[\w-]{43};/);
    expect(ok.setCookie).toMatch(/HttpOnly/);
    expect(ok.setCookie).toMatch(/SameSite=Lax/);
    expect(ok.setCookie).not.toMatch(/Secure/); // plain HTTP here; Secure over HTTPS
    expect((await post({ query: VIEWER }, { cookie: cookieOf(ok.setCookie) })).json.data.viewer?.email).toBe("anna@lansstyrelsen.se");

    const wrongPassword = await logIn("anna@lansstyrelsen.se", "fel lösenord helt och hållet");
    const wrongEmail = await logIn("nobody@lansstyrelsen.se", "fel lösenord helt och hållet");
    expect(wrongPassword.json.errors).toEqual(wrongEmail.json.errors);
    expect(wrongPassword.json.errors[0]).toMatchObject({
      message: "Wrong e-mail address or password",
      extensions: { code: "UNAUTHENTICATED", reason: "auth.wrongCredentials" },
    });
    expect(wrongPassword.status).toBe(wrongEmail.status);
  });

  it("answers an anonymous request for anything but logging in with UNAUTHENTICATED, introspection included", async () => {
    for (const query of [
      "{ grants { totalCount } }",
      "{ __schema { types { name } } }",
      "{ ...F } fragment F on Query { projects { totalCount } }",
    ]) {
      const res = await post({ query });
      expect(res.json.errors[0].extensions.code, query).toBe("UNAUTHENTICATED");
      expect(res.json.data ?? null, query).toBeNull();
    }
    expect((await post({ query: VIEWER })).json).toEqual({ data: { viewer: null } });
  });

  it("ends a session on logout (a copied cookie stops working too) and everywhere on 'log out everywhere'", async () => {
    const a = cookieOf((await logIn("anna@lansstyrelsen.se", PASSWORD)).setCookie);
    const b = cookieOf((await logIn("anna@lansstyrelsen.se", PASSWORD)).setCookie);
    const out = await post({ query: LOG_OUT }, { cookie: a });
    expect(out.json.data.logOut).toBe(true);
    expect(out.setCookie).toMatch(/bk_session=;/);
    expect((await post({ query: VIEWER }, { cookie: a })).json.data.viewer).toBeNull();
    expect((await post({ query: VIEWER }, { cookie: b })).json.data.viewer).not.toBeNull();
    const c = cookieOf((await logIn("anna@lansstyrelsen.se", PASSWORD)).setCookie);
    await post({ query: LOG_OUT_EVERYWHERE }, { cookie: b });
    expect((await post({ query: VIEWER }, { cookie: b })).json.data.viewer).toBeNull();
    expect((await post({ query: VIEWER }, { cookie: c })).json.data.viewer).toBeNull();
  });

  it("expires a session after its idle time and at its absolute end", async () => {
    const idle = cookieOf((await logIn("anna@lansstyrelsen.se", PASSWORD)).setCookie);
    const max = cookieOf((await logIn("anna@lansstyrelsen.se", PASSWORD)).setCookie);
    const sessions = await api.db.prisma.session.findMany({ orderBy: { createdAt: "asc" } });
    const [first, second] = sessions.slice(-2);
    await api.db.prisma.session.update({ where: { id: first.id }, data: { lastSeenAt: new Date(Date.now() - 5 * 3_600_000) } });
    await api.db.prisma.session.update({ where: { id: second.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await post({ query: GRANT_COUNT }, { cookie: idle });
    expect(expired.json.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(expired.setCookie).toMatch(/bk_session=;/);
    expect((await post({ query: VIEWER }, { cookie: max })).json.data.viewer).toBeNull();
    expect(await api.db.prisma.session.count({ where: { id: { in: [first.id, second.id] } } })).toBe(0);
  });

  it("refuses further tries for an account after five failures, whether or not it exists, with the same answer", async () => {
    for (const email of ["rate@lansstyrelsen.se", "anna@lansstyrelsen.se"]) {
      if (email === "rate@lansstyrelsen.se") {
        await api.db.prisma.user.create({ data: { email, name: "Rate", roles: ["ANALYST"], passwordHash: await hashPassword(PASSWORD) } });
      }
    }
    const answers: unknown[] = [];
    for (const email of ["rate@lansstyrelsen.se", "ghost@lansstyrelsen.se"]) {
      for (let i = 0; i < 5; i++) await logIn(email, `wrong password number ${i}`, { "x-forwarded-for": `10.0.0.${i}` });
      const blocked = await logIn(email, PASSWORD);
      expect(blocked.status).toBe(429);
      answers.push(blocked.json.errors[0].extensions.code, blocked.json.errors[0].message);
    }
    expect(answers[0]).toBe("RATE_LIMITED");
    expect(answers.slice(0, 2)).toEqual(answers.slice(2));
    // The right password does not get in while blocked; another account still can.
    expect((await logIn("anna@lansstyrelsen.se", PASSWORD)).json.data.logIn.email).toBe("anna@lansstyrelsen.se");
  });

  it("gives a personal access token once, lets scripts use it as Bearer with the user's rights, and stops it when revoked", async () => {
    const cookie = cookieOf((await logIn("anna@lansstyrelsen.se", PASSWORD)).setCookie);
    const created = await post({ query: CREATE_TOKEN, variables: { input: { name: "Analysskript" } } }, { cookie });
    const { token, accessToken } = created.json.data.createAccessToken;
    expect(token).toMatch(/^bkp_[\w-]{43}$/);
    expect(accessToken.prefix).toBe(token.slice(0, 10));
    const bearer = { authorization: `Bearer ${token}` };
    expect((await post({ query: VIEWER }, bearer)).json.data.viewer?.email).toBe("anna@lansstyrelsen.se");
    expect((await post({ query: GRANT_COUNT }, bearer)).json.data.grants.totalCount).toBe(0);
    // A token cannot make more tokens (or change the password): that needs a browser session.
    const more = await post({ query: CREATE_TOKEN, variables: { input: { name: "x" } } }, bearer);
    expect(more.json.errors[0].extensions.code).toBe("FORBIDDEN");
    // Listed without the token itself.
    const listed = await post({ query: graphql(`query SessionsTokens { viewer { accessTokens { name prefix revokedAt } } }`) }, { cookie });
    expect(JSON.stringify(listed.json)).not.toContain(token);
    await post({ query: REVOKE_TOKEN, variables: { id: accessToken.id } }, { cookie });
    expect((await post({ query: GRANT_COUNT }, bearer)).json.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("stops an expired token", async () => {
    const cookie = cookieOf((await logIn("anna@lansstyrelsen.se", PASSWORD)).setCookie);
    const created = await post({ query: CREATE_TOKEN, variables: { input: { name: "Kort" } } }, { cookie });
    await api.db.prisma.accessToken.updateMany({ where: { name: "Kort" }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const res = await post({ query: VIEWER }, { authorization: `Bearer ${created.json.data.createAccessToken.token}` });
    expect(res.json.data.viewer).toBeNull();
    const past = await post({ query: CREATE_TOKEN, variables: { input: { name: "Gammal", expiresAt: "2020-01-01" } } }, { cookie });
    expect(past.json.errors[0].extensions.field).toBe("input.expiresAt");
  });

  it("invites a user with a one-time link, which sets the password once and logs in; deactivation ends everything at once", async () => {
    const admin = await api.headersFor({ roles: ["ADMIN"] });
    const invited = await post(
      {
        query: INVITE,
        variables: { input: { email: "ny@haninge.se", name: "Ny Statistiker", roles: ["STATISTICIAN"] } },
      },
      admin,
    );
    const { user } = invited.json.data.inviteUser;
    const passwordLink = invited.json.data.inviteUser.passwordLink!;
    expect(user.hasPassword).toBe(false);
    expect(passwordLink.url).toMatch(/\/set-password#token=bkl_/);
    expect(logged.some((l) => l.includes(passwordLink.url))).toBe(true);
    const token = passwordLink.url.split("#token=")[1];
    const SET = graphql(
      `mutation SessionsSetPassword($token: String!, $password: String!) { setPasswordWithLink(token: $token, password: $password) { email } }`,
    );
    expect((await post({ query: SET, variables: { token, password: "kort" } })).json.errors[0].extensions.field).toBe("password");
    const set = await post({ query: SET, variables: { token, password: PASSWORD } });
    expect(set.json.data.setPasswordWithLink.email).toBe("ny@haninge.se");
    const cookie = cookieOf(set.setCookie);
    expect((await post({ query: SET, variables: { token, password: PASSWORD } })).json.errors[0].extensions.field).toBe("token");

    const tokenRes = await post({ query: CREATE_TOKEN, variables: { input: { name: "Skript" } } }, { cookie });
    const bearer = { authorization: `Bearer ${tokenRes.json.data.createAccessToken.token}` };
    const off = await post(
      {
        query: graphql(
          `mutation SessionsDeactivate($id: ID!, $v: Int!) { setUserActive(id: $id, expectedVersion: $v, active: false) { active } }`,
        ),
        variables: { id: user.id, v: 2 },
      },
      admin,
    );
    expect(off.json.data?.setUserActive.active ?? off.json.errors).toBe(false);
    expect((await post({ query: VIEWER }, { cookie })).json.data.viewer).toBeNull();
    expect((await post({ query: VIEWER }, bearer)).json.data.viewer).toBeNull();
    expect((await logIn("ny@haninge.se", PASSWORD)).json.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("changes one's own password only with the current one, ending one's other sessions", async () => {
    const one = cookieOf((await logIn("anna@lansstyrelsen.se", PASSWORD)).setCookie);
    const two = cookieOf((await logIn("anna@lansstyrelsen.se", PASSWORD)).setCookie);
    const CHANGE = graphql(`mutation SessionsChangePassword($input: PasswordChangeInput!) { changePassword(input: $input) }`);
    const wrong = await post(
      { query: CHANGE, variables: { input: { currentPassword: "inte rätt alls", newPassword: "ett nytt långt lösenord" } } },
      { cookie: one },
    );
    expect(wrong.json.errors[0].extensions.field).toBe("input.currentPassword");
    const ok = await post(
      { query: CHANGE, variables: { input: { currentPassword: PASSWORD, newPassword: "ett nytt långt lösenord" } } },
      { cookie: one },
    );
    expect(ok.json.data.changePassword).toBe(true);
    expect((await post({ query: VIEWER }, { cookie: one })).json.data.viewer).not.toBeNull();
    expect((await post({ query: VIEWER }, { cookie: two })).json.data.viewer).toBeNull();
    expect((await logIn("anna@lansstyrelsen.se", "ett nytt långt lösenord")).json.data.logIn.email).toBe("anna@lansstyrelsen.se");
  });

  it("lets a token neither end its owner's sessions nor revoke tokens, and ends the session a browser brings to a new login", async () => {
    const cookie = cookieOf((await logIn("anna@lansstyrelsen.se", "ett nytt långt lösenord")).setCookie);
    const created = await post({ query: CREATE_TOKEN, variables: { input: { name: "Skript 2" } } }, { cookie });
    const bearer = { authorization: `Bearer ${created.json.data.createAccessToken.token}` };
    expect((await post({ query: LOG_OUT_EVERYWHERE }, bearer)).json.errors[0].extensions.code).toBe("FORBIDDEN");
    const revoke = await post(
      {
        query: REVOKE_TOKEN,
        variables: { id: created.json.data.createAccessToken.accessToken.id },
      },
      bearer,
    );
    expect(revoke.json.errors[0].extensions.code).toBe("FORBIDDEN");
    expect((await post({ query: VIEWER }, { cookie })).json.data.viewer).not.toBeNull();
    const far = await post({ query: CREATE_TOKEN, variables: { input: { name: "Evig", expiresAt: "9999-12-31" } } }, { cookie });
    expect(far.json.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.expiresAt" });
    // Logging in again in the same browser ends the session it had.
    await logIn("anna@lansstyrelsen.se", "ett nytt långt lösenord", { cookie });
    expect((await post({ query: VIEWER }, { cookie })).json.data.viewer).toBeNull();
  });

  it("demotes or deactivates an administrator while another remains, and never the last one", async () => {
    const admin = await api.headersFor({ roles: ["ADMIN"] });
    const ADMINS = graphql(`query SessionsAdmins { users(first: 100) { edges { node { id email roles version active } } } }`);
    const invited = await post(
      {
        query: INVITE,
        variables: {
          input: { email: "admin2@lansstyrelsen.se", name: "Admin Två", roles: ["ADMIN"] },
          password: "andra administratörens lösenord",
        },
      },
      admin,
    );
    const second = invited.json.data.inviteUser.user;
    const demoted = await post(
      {
        query: UPDATE_USER,
        variables: { id: second.id, v: second.version, input: { email: "admin2@lansstyrelsen.se", name: "Admin Två", roles: ["ANALYST"] } },
      },
      admin,
    );
    expect(demoted.json.data.updateUser.roles).toEqual(["ANALYST"]);
    // The test's own administrator is now the only one: it cannot give up being one.
    const users = (await post({ query: ADMINS }, admin)).json.data.users.edges.map((e) => e.node);
    const only = users.find((u) => u.roles.includes("ADMIN") && u.active)!;
    const selfDemotion = await post(
      {
        query: UPDATE_USER,
        variables: { id: only.id, v: only.version, input: { email: only.email, name: "Sista admin", roles: ["ANALYST"] } },
      },
      admin,
    );
    expect(selfDemotion.json.errors[0]).toMatchObject({
      message: "At least one active administrator must remain",
      extensions: { code: "CONFLICT" },
    });
    expect(
      (await post({ query: ADMINS }, admin)).json.data.users.edges.filter((e: { node: { roles: string[] } }) =>
        e.node.roles.includes("ADMIN"),
      ),
    ).toHaveLength(1);
  });

  it("never writes a password or a token into a response, the log or the account history", async () => {
    const events = await api.db.prisma.accountEvent.findMany();
    const everything = [...logged, ...events.map((e) => `${e.action} ${e.detail ?? ""}`)].join("\n");
    for (const secret of [PASSWORD, "ett nytt långt lösenord", "wrong password number"]) expect(everything).not.toContain(secret);
    // Session cookies and access tokens never; one-time links (bkl_) are printed on purpose.
    expect(everything).not.toMatch(/\bbk[ps]_[\w-]{43}/);
    const hashes = await post(
      { query: graphql(`query SessionsUserEmails { users(first: 100) { edges { node { email } } } }`) },
      await api.headersFor({ roles: ["ADMIN"] }),
    );
    expect(JSON.stringify(hashes.json)).not.toMatch(/scrypt\$/);
  });

  it("refuses an address that has failed twenty times, whichever accounts it tried (last: it blocks this test's address)", async () => {
    const before = await logIn("anna@lansstyrelsen.se", "ett nytt långt lösenord");
    expect(before.json.data.logIn.email).toBe("anna@lansstyrelsen.se");
    await api.db.prisma.loginThrottle.deleteMany({ where: { key: { startsWith: "ip:" } } });
    for (let i = 0; i < 20; i++) await logIn(`spray-${i}@example.se`, "Sommar2024!!");
    const blocked = await logIn("anna@lansstyrelsen.se", "ett nytt långt lösenord");
    expect(blocked.json.errors[0].extensions.code).toBe("RATE_LIMITED");
  });
});
