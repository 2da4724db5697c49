import type { PrismaClient } from "@bk/domain/server";
import { generateContribution, generateObservation } from "./facts";
import { type GrantRows, generateGrant } from "./grants";
import { generateParties } from "./parties";
import { createRandom } from "./random";
import { type CountySizes, countySizes } from "./sizes";

export type SyntheticOptions = { grants: number; seed?: number; log?: (line: string) => void };
export type SyntheticResult = CountySizes & {
  yearAmounts: number;
  conditions: number;
  reports: number;
  payments: number;
  skipped: boolean;
};

/** Rows per INSERT: well below PostgreSQL's 65 535 bind parameters for the widest table. */
const CHUNK = 1000;

/**
 * Writes a synthetic county of `grants` grants (the rest in proportion, see sizes.ts) with bulk
 * inserts, chunk by chunk so memory does not grow with the county. Deterministic: the same seed
 * gives the same rows, ids included. A county already written with this seed is left as it is.
 */
export async function seedSyntheticCounty(
  prisma: PrismaClient,
  { grants, seed = 11, log = () => {} }: SyntheticOptions,
): Promise<SyntheticResult> {
  const sizes = countySizes(grants);
  const key = (kind: string, i: number) => `synthetic:${seed}:${kind}:${i}`;
  const result: SyntheticResult = { ...sizes, yearAmounts: 0, conditions: 0, reports: 0, payments: 0, skipped: false };
  if (await prisma.organisation.findUnique({ where: { seedKey: key("org", 0) }, select: { id: true } })) {
    log(`a synthetic county with seed ${seed} is already there: nothing written`);
    return { ...result, skipped: true };
  }
  const r = createRandom(seed);
  const { rows, parties } = generateParties(r, sizes, key);
  const insert = async <T>(write: (data: T[]) => Promise<unknown>, data: T[]) => {
    for (let i = 0; i < data.length; i += CHUNK) await write(data.slice(i, i + CHUNK));
  };
  await insert((data) => prisma.organisation.createMany({ data }), rows.organisations);
  await insert((data) => prisma.programme.createMany({ data }), rows.programmes);
  await insert((data) => prisma.project.createMany({ data }), rows.projects);
  await insert((data) => prisma.indicator.createMany({ data }), rows.indicators);
  log(`${sizes.organisations} organisations, ${sizes.programmes} programmes, ${sizes.projects} projects, ${sizes.indicators} indicators`);

  for (let start = 0; start < grants; start += CHUNK) {
    const batch: GrantRows[] = [];
    for (let i = start; i < Math.min(grants, start + CHUNK); i++) batch.push(generateGrant(r, parties, i, key("grant", i)));
    await prisma.grant.createMany({ data: batch.map((b) => b.grant) });
    const yearAmounts = batch.flatMap((b) => b.yearAmounts);
    const conditions = batch.flatMap((b) => b.conditions);
    const reports = batch.flatMap((b) => b.reports);
    const payments = batch.flatMap((b) => b.payments);
    await insert((data) => prisma.grantYearAmount.createMany({ data }), yearAmounts);
    await insert((data) => prisma.condition.createMany({ data }), conditions);
    await insert((data) => prisma.reportRequirement.createMany({ data }), reports);
    await insert((data) => prisma.disbursement.createMany({ data }), payments);
    result.yearAmounts += yearAmounts.length;
    result.conditions += conditions.length;
    result.reports += reports.length;
    result.payments += payments.length;
    log(`grants: ${Math.min(grants, start + CHUNK)} of ${grants}`);
  }
  for (let start = 0; start < sizes.contributions; start += CHUNK) {
    const n = Math.min(CHUNK, sizes.contributions - start);
    await prisma.contribution.createMany({ data: Array.from({ length: n }, () => generateContribution(r, parties)) });
  }
  for (let start = 0; start < sizes.observations; start += CHUNK) {
    const n = Math.min(CHUNK, sizes.observations - start);
    await prisma.observation.createMany({ data: Array.from({ length: n }, () => generateObservation(r, parties)) });
  }
  log(`${sizes.contributions} contributions, ${sizes.observations} observations`);
  return result;
}
