import { existsSync } from "node:fs";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import type { Database, PrismaClient } from "@bk/domain/server";
import compression from "compression";
import express from "express";
import { anonymousAccessPlugin } from "../auth/anonymous-access";
import { authenticate, viewerOf } from "../auth/authenticate";
import { LOOKUP_CACHE_MS } from "../auth/lookup-cache";
import {
  ACCOUNTS_CHANGED,
  DEFAULT_SESSION_POLICY,
  readCookie,
  SESSION_COOKIE,
  type SessionPolicy,
  viewerCache,
  viewerFromSession,
} from "../auth/viewer";
import { viewerCachePlugin } from "../auth/viewer-cache-plugin";
import { actorOf, type Context } from "../context";
import { formatError } from "../errors";
import { argumentGuardPlugin } from "../limits/argument-guard";
import { costLimitPlugin } from "../limits/cost-limit";
import { deadlinePlugin } from "../limits/deadline";
import { QUERY_LIMITS } from "../limits/limits";
import { shapeLimits } from "../limits/shape-limits";
import { schema } from "../schema";
import { exportsRouter } from "./exports";
import { healthRouter } from "./health";
import { errorHandler, notFoundHandler, rejectBrokenPaths } from "./http-errors";
import { openDataRouter } from "./open-data";
import { localeOf, pageHeadHtml, readPageHeads } from "./page-head";
import { securityHeaders } from "./security-headers";
import { webAppRouter } from "./static-web";

export type AppOptions = {
  prisma: PrismaClient;
  /** Counts of people below this (from 1) are protected; default 5. */
  smallCountThreshold?: number;
  /** How long sessions last (idle and at most); default DEFAULT_SESSION_POLICY. */
  sessionPolicy?: SessionPolicy;
  /** Folder of the built web app to serve at `/`; omitted in API-only tests. */
  webDist?: string;
  /** A query running longer than this is stopped with TIMEOUT (default QUERY_LIMITS.executionMs). */
  executionMs?: number;
  /** How long a session or token found is reused (lookup-cache.ts); 0 looks it up on every request. */
  viewerCacheMs?: number;
  /**
   * The database's notifications (Database.listen): the sessions and tokens found are forgotten at
   * once when any process changes who may do what. Without it (tests of other things), the cache is
   * emptied only by this process's mutations, and another process's change is seen within viewerCacheMs.
   */
  listen?: Database["listen"];
  /** Express's "trust proxy" (e.g. "loopback" or "1") when behind a proxy that terminates HTTPS. */
  trustProxy?: string;
};

/** One Express app: `/graphql` (Apollo) and the built SPA with client-side routes. */
export async function createApp({
  prisma,
  webDist,
  smallCountThreshold = 5,
  sessionPolicy = DEFAULT_SESSION_POLICY,
  executionMs = QUERY_LIMITS.executionMs,
  trustProxy,
  viewerCacheMs = LOOKUP_CACHE_MS,
  listen,
}: AppOptions) {
  const limits = shapeLimits();
  const viewers = viewerCache(viewerCacheMs);

  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // No automatic persisted queries: every request carries its document, which the limits measure.
    persistedQueries: false,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are given, and its per-field hook would wrap every resolver in Apollo's
      // instrumentation (as would any plugin's willResolveField: the deadline is checked in the schema).
      ApolloServerPluginCacheControlDisabled(),
      // First: an anonymous request for anything but logging in is refused before anything else.
      anonymousAccessPlugin(),
      viewerCachePlugin(viewers),
      ...limits.plugins,
      costLimitPlugin(schema),
      argumentGuardPlugin(schema),
      deadlinePlugin(executionMs),
    ],
  });
  await apollo.start();
  // Every notification empties the cache; while notifications may be missed, nothing is kept.
  const stopListening = listen ? await listen(ACCOUNTS_CHANGED, (listening) => viewers.keep(listening)) : async () => {};

  const app = express();
  app.disable("x-powered-by");
  if (trustProxy) app.set("trust proxy", trustProxy);
  app.use(securityHeaders());
  // GraphQL's JSON, the exports and index.html; the web app's files come precompressed (left alone here).
  // Browsers get brotli (the package's quality 4); gzip, for scripts, at level 1: deflating W1's and W3's
  // answers at the default level 6 was ~5 % of the API's CPU (profile), and JSON packs nearly as well.
  app.use(compression({ level: 1 }));
  app.use(rejectBrokenPaths);
  app.use(healthRouter(prisma));
  // Who asks, for GraphQL and the exports alike (/healthz and /readyz above stay public).
  app.use(authenticate(prisma, sessionPolicy, viewers));
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const viewer = viewerOf(res);
        return {
          prisma,
          viewer,
          actor: actorOf(viewer),
          today: new Date(),
          rawFigures: !!viewer?.permissions.has("read:rawCounts"),
          smallCountThreshold,
          loaders: new Map(),
          http: { req, res },
          sessionPolicy,
        };
      },
    }),
  );

  app.use(exportsRouter(prisma));
  app.use(openDataRouter(prisma));

  if (webDist && existsSync(path.join(webDist, "index.html"))) {
    const heads = readPageHeads(webDist);
    // A logged-in reader's page comes with its heading (page-head.ts): the session is looked up for
    // the page itself (from the lookup cache, as the page's first GraphQL request then is), never for its files.
    const pageHead = async (req: express.Request) => {
      const cookie = heads && readCookie(req, SESSION_COOKIE);
      const viewer = cookie ? await viewerFromSession(prisma, cookie, sessionPolicy, new Date(), viewers) : null;
      if (!heads || !viewer) return null;
      const search = new URL(req.originalUrl, "http://page").searchParams;
      return pageHeadHtml(heads, { path: req.path, search, roles: viewer.roles, locale: localeOf(req) });
    };
    app.use(webAppRouter(webDist, pageHead));
  }
  app.use(notFoundHandler);
  app.use(errorHandler);
  return { app, stop: () => Promise.all([apollo.stop(), stopListening()]).then(() => {}) };
}
