// The API as the bench measures it: its own process (so its memory is its own), on one database,
// production mode, counting the SQL statements it sends. Started by county.bench.ts with fork();
// answers "stats" messages with the statements since the last one and the peak resident memory.
import type { AddressInfo } from "node:net";
import { openDatabase } from "@bk/domain/server";
import { SESSION_COOKIE } from "../../src/auth/viewer";
import { createApp } from "../../src/http/app";
import { QUERY_LIMITS } from "../../src/limits/limits";
import { newSecret } from "../../src/modules/accounts/secrets";
import { processStats } from "./process-stats";

const url = process.env.BENCH_DATABASE_URL;
let statements = 0;
let dataStatements = 0;
const db = await openDatabase({
  url,
  statementTimeoutMs: QUERY_LIMITS.statementMs,
  onQuery: (sql) => {
    statements++;
    if (!/"public"\."(Session|User|UserProject|AccessToken)"/.test(sql)) dataStatements++;
  },
});
const { app } = await createApp({ prisma: db.prisma, listen: db.listen });
const user = await db.prisma.user.create({ data: { email: `bench-${Date.now()}@bidragskollen.test`, name: "Bench", roles: ["ANALYST"] } });
const { token, hash } = newSecret("session");
await db.prisma.session.create({ data: { userId: user.id, tokenHash: hash, expiresAt: new Date(Date.now() + 86_400_000) } });

const used = processStats();

const server = app.listen(0, "127.0.0.1", () => {
  const port = (server.address() as AddressInfo).port;
  process.send?.({ ready: true, url: `http://127.0.0.1:${port}/graphql`, cookie: `${SESSION_COOKIE}=${token}` });
});
process.on("message", (message: { stats?: boolean; stop?: boolean }) => {
  if (message.stats) {
    process.send?.({ statements, dataStatements, ...used() });
    statements = 0;
    dataStatements = 0;
  }
  if (message.stop) {
    server.close();
    void db.prisma.session
      .deleteMany({ where: { userId: user.id } })
      .then(() => db.prisma.user.delete({ where: { id: user.id } }))
      .finally(() => db.close().then(() => process.exit(0)));
  }
});
