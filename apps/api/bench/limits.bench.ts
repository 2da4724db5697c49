// `pnpm --filter @bk/api bench:limits`: what the query limits cost an ordinary request, and how
// fast they refuse the hostile ones. Figures, not pass/fail.
import { performance } from "node:perf_hooks";
import { Kind, type OperationDefinitionNode, parse, specifiedRules, validate } from "graphql";
import { findBadArgument } from "../src/limits/argument-guard";
import { operationCost } from "../src/limits/cost-limit";
import { shapeLimits } from "../src/limits/shape-limits";
import { schema } from "../src/schema";
import { startTestApi } from "../src/test/harness";

const RUNS = 200;
const GRANTS = `query ($where: GrantWhere) { grants(first: 50, where: $where) { totalCount edges { node { id title status amountApplied amountGranted
  decisionDate funder { id name } recipient { id name } project { id name } } } } grantSummary(where: $where) { count amountApplied amountGranted } }`;

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// 1. The checks alone, on the web app's grant list: parse, validate with the limit rules, cost, arguments.
const { validationRules, parseOptions } = shapeLimits();
const checks: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  const document = parse(GRANTS, parseOptions);
  validate(schema, document, [...specifiedRules, ...validationRules]);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  operationCost(schema, document, operation, { where: { text: "kvinnojour" } });
  findBadArgument(schema, document, operation, { where: { text: "kvinnojour" } });
  checks.push(performance.now() - start);
}
const checksWithoutLimits: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  validate(schema, parse(GRANTS), specifiedRules);
  checksWithoutLimits.push(performance.now() - start);
}

// 2. The whole request, for scale.
const api = await startTestApi();
const requests: number[] = [];
for (let i = 0; i < 50; i++) {
  const start = performance.now();
  const res = await api.gql(GRANTS, { where: { text: "kvinnojour" } });
  requests.push(performance.now() - start);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
}
const check = median(checks);
const base = median(checksWithoutLimits);
const request = median(requests);
console.log(`grant list: parse+validate ${base.toFixed(3)} ms without limits, ${check.toFixed(3)} ms with them`);
console.log(
  `  the limits add ${(check - base).toFixed(3)} ms to a request of ${request.toFixed(1)} ms (${(((check - base) / request) * 100).toFixed(1)} %)`,
);

// 3. Hostile queries: refused before they run.
const nest = (levels: string[], leaf: string) => levels.reduceRight((inner, field) => `${field} { ${inner} }`, leaf);
const HOSTILE: Record<string, string> = {
  "nested eight levels": `{ ${nest(["projects", "edges", "node", ...Array(4).fill(["partnerRoles", "organisation", "partnerRoles", "project"]).flat()], "name")} }`,
  "1 000 aliases of financingPortfolio": `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: financingPortfolio(referenceYear: 2010) { name }`).join(" ")} }`,
  "1 000 aliases of grantSummary": `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: grantSummary { groups(by: YEAR) { key } }`).join(" ")} }`,
};
for (const [name, query] of Object.entries(HOSTILE)) {
  const start = performance.now();
  const res = await api.gql(query);
  const code = res.errors?.[0].extensions.code;
  console.log(`${name.padEnd(38)} ${code} in ${(performance.now() - start).toFixed(1)} ms (${query.length} bytes)`);
}
await api.close();
