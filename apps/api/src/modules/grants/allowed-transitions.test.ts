import { encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGrant, createProject } from "../../../../../prisma/seed/factories";
import type { GrantTransition } from "../../test/generated/graphql";
import { graphql, narrowNode } from "../../test/graphql";
import { type Send, startTestApi, type TestApi } from "../../test/harness";

// Grant.allowedTransitions and transitionGrant's refusals come from one domain function
// (transitionsFrom), so the buttons the web app shows and what the API accepts cannot disagree.

let api: TestApi;
let grant: string;
let projectId: string;
beforeAll(async () => {
  api = await startTestApi({ seed: false });
  projectId = (await createProject(api.db.prisma)).id;
  // Active, with an open condition and no final report yet.
  grant = encodeGlobalID("Grant", (await createGrant(api.db.prisma, { projectId, status: "ACTIVE" })).id);
});
afterAll(() => api.close());

const STEPS = narrowNode(
  graphql(
    `query AllowedTransitions($id: ID!) { node(id: $id) { ... on Grant { status version allowedTransitions { to allowed reason message } } } }`,
  ),
);
const steps = async (as: Send = api.gql) => {
  const res = await as(STEPS, { id: grant });
  return res;
};
const transition = (to: GrantTransition, expectedVersion: number) =>
  api.gql(
    graphql(
      `mutation AllowedTransitionsTransition($id: ID!, $v: Int!, $to: GrantTransition!) { transitionGrant(id: $id, expectedVersion: $v, to: $to) { status } }`,
    ),
    { id: grant, v: expectedVersion, to },
  );

describe("Grant.allowedTransitions", () => {
  it("lists a refused step with the reason transitionGrant refuses it with, and allows it once the requirement is met", async () => {
    const before = (await steps()).data?.node;
    expect(before?.allowedTransitions).toEqual([
      {
        to: "REPORTED",
        allowed: false,
        reason: "grant.transition.finalReportMissing",
        message: "Record a received final report before the grant is marked as reported",
      },
    ]);
    const refused = await transition("REPORTED", before?.version as number);
    expect(refused.errors?.[0].extensions.code).toBe("CONFLICT");
    expect(refused.errors?.[0].message).toBe(before?.allowedTransitions[0].message);

    const grantId = Buffer.from(grant, "base64").toString().split(":")[1];
    await api.db.prisma.reportRequirement.create({ data: { grantId, kind: "FINAL", title: "Slutrapport", status: "RECEIVED" } });
    const after = (await steps()).data?.node;
    expect(after?.allowedTransitions).toEqual([{ to: "REPORTED", allowed: true, reason: null, message: null }]);
    expect((await transition("REPORTED", after?.version as number)).data?.transitionGrant.status).toBe("REPORTED");

    // Reported, with the condition still open: closing is refused, going back to active is not.
    const reported = (await steps()).data?.node;
    expect(reported?.allowedTransitions.map((s) => [s.to, s.allowed, s.reason])).toEqual([
      ["CLOSED", false, "grant.transition.openConditions"],
      ["ACTIVE", true, null],
    ]);
    const close = await transition("CLOSED", reported?.version as number);
    expect(close.errors?.[0].message).toBe(reported?.allowedTransitions[0].message);
  });

  it("is not public: a project lead of another project gets no steps", async () => {
    const other = (await createProject(api.db.prisma)).id;
    const stranger = api.as({ roles: ["PROJECT_LEAD"], projectIds: [other] });
    const res = await steps(stranger.gql);
    expect(res.errors?.[0].extensions.code).toBe("FORBIDDEN");
    expect(JSON.stringify(res.data ?? null)).not.toContain("REPORTED");
    const own = api.as({ roles: ["PROJECT_LEAD"], projectIds: [projectId] });
    expect((await steps(own.gql)).data?.node?.allowedTransitions.length).toBeGreaterThan(0);
  });
});
