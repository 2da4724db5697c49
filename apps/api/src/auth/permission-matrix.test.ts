import type { Role } from "@bk/domain";
import { type GraphQLField, type GraphQLObjectType, getNamedType, isAbstractType, isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "../schema";
import { graphql } from "../test/graphql";
import { type As, startTestApi, type TestApi } from "../test/harness";
import { sampleValue } from "../test/sample-variables";

import { CALLERS, MUTATIONS, QUERIES } from "./permission-matrix";

const ORGANISATION_IDS = ["funderId", "applicantId", "recipientId", "principalId", "counterpartyId", "organisationId", "parentId"];

/** The node type an id argument names: `indicatorId` an Indicator, `id` the object the operation is named for. */
function idType(operation: string, path: string): string {
  const last = path.split(".").at(-1) ?? "";
  if (ORGANISATION_IDS.includes(last)) return "Organisation";
  if (last === "questionIds") return "QuestionTemplate";
  if (last.endsWith("Id") || last.endsWith("Ids")) {
    const name = last.replace(/Ids?$/, "");
    return name[0].toUpperCase() + name.slice(1);
  }
  const entity = operation.replace(/^(update|delete|add|revoke|set|create|answer|resolve|decide|submit|transition)/, "");
  return { UserActive: "User", PasswordLink: "User", node: "Project", nodes: "Project" }[entity] ?? entity;
}

/** `field(arg: $arg …) { __typename }` with every required argument given a sample value (ids of the right type). */
function operationFor(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((a) => a.type.toString().endsWith("!"));
  const defs = required.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
  const args = required.map((a) => `${a.name}: $${a.name}`).join(", ");
  const named = getNamedType(field.type);
  const selection = isObjectType(named) || isAbstractType(named) ? " { __typename }" : "";
  return {
    query: `${kind}${defs ? ` (${defs})` : ""} { ${field.name}${args ? `(${args})` : ""}${selection} }`,
    variables: Object.fromEntries(required.map((a) => [a.name, sampleValue(a.type, a.name, (path) => idType(field.name, path))])),
  };
}

type Outcome = "Y" | "-" | "o";

function classify(caller: (typeof CALLERS)[number], code: string | undefined): Outcome | string {
  if (code === "UNAUTHENTICATED" && caller === "anonymous") return "-";
  if (code === "FORBIDDEN" && caller !== "anonymous") return "-";
  if (code === "UNAUTHENTICATED" || code === "FORBIDDEN" || code === "INTERNAL_SERVER_ERROR") return `?${code}`;
  return "Y";
}

describe("the permission matrix", () => {
  let api: TestApi;
  let lead: string;
  beforeAll(async () => {
    api = await startTestApi();
    const p = await api.gql(
      graphql(`query MatrixLeadProject { projects(where: { text: "Relationsvåldscentrum" }) { edges { node { id } } } }`),
    );
    lead = Buffer.from(p.data?.projects.edges[0].node.id as string, "base64")
      .toString()
      .split(":")[1];
  });
  afterAll(() => api.close());

  for (const [kind, type, rows] of [
    ["mutation", schema.getMutationType() as GraphQLObjectType, MUTATIONS],
    ["query", schema.getQueryType() as GraphQLObjectType, QUERIES],
  ] as const) {
    it(`has a row for every ${kind} and no row for one that is gone`, () => {
      const fields = Object.keys(type.getFields()).sort();
      expect(
        fields.filter((f) => !rows[f]),
        `${kind}s without a row in the matrix`,
      ).toEqual([]);
      expect(
        Object.keys(rows).filter((r) => !fields.includes(r)),
        "rows for no operation",
      ).toEqual([]);
    });

    it(`lets each caller use each ${kind} exactly as its row says`, async () => {
      const mismatches: string[] = [];
      for (const field of Object.values(type.getFields())) {
        const row = rows[field.name];
        if (!row) continue;
        const { query, variables } = operationFor(kind, field);
        for (const [i, caller] of CALLERS.entries()) {
          // A fresh user and session for every call: logOut and friends must not end the next one's.
          const as: As =
            caller === "anonymous"
              ? "anonymous"
              : { roles: [caller as Role], projectIds: caller === "PROJECT_LEAD" ? [lead] : [], name: `${caller} ${field.name}` };
          const res = await api.as(as).gql(query, variables);
          const got = classify(caller, res.errors?.[0]?.extensions.code);
          // With someone else's (or nobody's) id, "own objects only" is a refusal.
          const want = row[i] === "o" ? "-" : row[i];
          if (got !== want)
            mismatches.push(`${field.name} as ${caller}: expected ${row[i]}, got ${got} (${res.errors?.[0]?.message ?? "ok"})`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  }
});
