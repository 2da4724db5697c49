// `pnpm bench`: prints how long the grants list and totals take, and the memory used, on the
// embedded database with the seed plus N generated grants. Figures, not pass/fail.
import { performance } from "node:perf_hooks";
import { createGrant, createOrganisation } from "@bk/seed/factories";
import { startTestApi } from "../src/test/harness";

const N = Number(process.env.BENCH_GRANTS ?? 2000);
const RUNS = 20;

const api = await startTestApi();
const funder = await createOrganisation(api.db.prisma, { name: "Bench-länsstyrelsen", kind: "COUNTY_BOARD" });
const recipient = await createOrganisation(api.db.prisma, { name: "Bench-kommun", kind: "MUNICIPALITY", municipality: "Stockholm" });
const t0 = performance.now();
for (let i = 0; i < N; i++) await createGrant(api.db.prisma, { funderId: funder.id, recipientId: recipient.id, applicantId: recipient.id });
console.log(`created ${N} grants in ${(performance.now() - t0).toFixed(0)} ms`);

const LIST = `query ($where: GrantWhere) { grants(first: 100, where: $where, orderBy: [{ field: AMOUNT_GRANTED, direction: DESC }]) {
  totalCount edges { node { title amountGranted funder { name } recipient { name } project { name } conditions { dueDate } yearAmounts { year } } } } }`;
const SUMMARY = `query ($where: GrantWhere) { grantSummary(where: $where) { count amountGranted groups(by: YEAR) { key amountGranted } } }`;

async function measure(name: string, query: string, variables: Record<string, unknown> = {}) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    api.statements.length = 0;
    const start = performance.now();
    const res = await api.gql(query, variables);
    times.push(performance.now() - start);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  console.log(`${name.padEnd(34)} median ${p(0.5)} ms  p95 ${p(0.95)} ms  SQL statements ${api.statements.length}`);
}

await measure("grants first 100 (nested)", LIST);
await measure("grants first 100, text filter", LIST, { where: { text: "bidrag 1" } });
await measure(`grantSummary over ${N + 8} grants`, SUMMARY);
const mem = process.memoryUsage();
console.log(`memory: rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB`);
await api.close();
