// PostGraphile 5 as the bench's comparison (issue 11): its own process on the same database, started
// by county.bench.ts with fork() and spoken to like server.ts (replies "stats" with its peak
// resident memory, ends on "stop"). The amber preset with connection-filter and pg-aggregates, as
// in the comparison; production-like: no watch, no explain, no GraphiQL. Its pool has the
// API's settings (10 connections, no JIT) so the two differ in their code, not their connections.
import "./promise-with-resolvers";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { PgAggregatesPreset } from "@graphile/pg-aggregates";
import { postgraphile } from "postgraphile";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";
import { processStats } from "./process-stats";

const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset, PgAggregatesPreset],
  // Without it PostGraphile offers ordering and filtering only on indexed columns; the questions
  // order grants by decision date and filter on title/name, which have no index of their own.
  disablePlugins: ["PgIndexBehaviorsPlugin"],
  pgServices: [
    makePgService({
      connectionString: process.env.BENCH_DATABASE_URL,
      schemas: ["public"],
      poolConfig: { max: 10, options: "-c jit=off" },
    }),
  ],
  grafserv: { watch: false, graphiql: false, graphqlPath: "/graphql" },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
serv.addTo(server);

const used = processStats();

if (process.argv.includes("--print-schema")) {
  // `tsx bench/county/postgraphile-server.ts --print-schema`: the schema it builds, to write its queries against.
  const { printSchema } = await import("graphql");
  console.log(printSchema((await pgl.getSchemaResult()).schema));
  await pgl.release();
  process.exit(0);
}

await pgl.getSchemaResult(); // introspect and build before reporting ready, so the first request is not the one that waits
server.listen(0, "127.0.0.1", () => {
  const port = (server.address() as AddressInfo).port;
  process.send?.({ ready: true, url: `http://127.0.0.1:${port}/graphql`, cookie: "" });
});
process.on("message", (message: { stats?: boolean; stop?: boolean }) => {
  if (message.stats) {
    process.send?.({ statements: 0, dataStatements: 0, ...used() });
  }
  if (message.stop) {
    server.close();
    void Promise.resolve(pgl.release()).finally(() => process.exit(0));
  }
});
