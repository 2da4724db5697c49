// `pnpm seed:synthetic --grants 10000 [--seed 11] [--database-url postgresql://…]`: writes a
// synthetic county into PostgreSQL (--database-url or DATABASE_URL) or the embedded database (DATA_DIR).
import { parseArgs } from "node:util";
import { dataDirFromEnv, openDatabase } from "@bk/domain/server";
import { seedSyntheticCounty } from "./county";

const { values } = parseArgs({
  options: {
    grants: { type: "string", default: "10000" },
    seed: { type: "string", default: "11" },
    "database-url": { type: "string" },
  },
});
const grants = Number(values.grants);
const seed = Number(values.seed);
if (!Number.isInteger(grants) || grants < 1 || !Number.isInteger(seed)) {
  console.error("usage: pnpm seed:synthetic --grants <N ≥ 1> [--seed <integer>] [--database-url postgresql://…]");
  process.exit(1);
}
const url = values["database-url"] ?? process.env.DATABASE_URL;
const db = await openDatabase({ url, dataDir: url ? undefined : dataDirFromEnv(), log: (line) => console.log(line) });
try {
  const started = Date.now();
  const result = await seedSyntheticCounty(db.prisma, { grants, seed, log: (line) => console.log(line) });
  const { skipped, ...counts } = result;
  if (!skipped) console.log(`synthetic county written to ${db.location} in ${((Date.now() - started) / 1000).toFixed(1)} s:`, counts);
} finally {
  await db.close();
}
