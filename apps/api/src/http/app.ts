import { existsSync } from "node:fs";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import type { PrismaClient } from "@bk/domain/server";
import express from "express";
import { actorFrom, type Context } from "../context";
import { formatError } from "../errors";
import { schema } from "../schema";
import { exportsRouter } from "./exports";

export type AppOptions = {
  prisma: PrismaClient;
  /** Counts of people below this (from 1) are protected; default 5. */
  smallCountThreshold?: number;
  /** A secret that lets its holder see raw counts (header X-Bidragskollen-Raw-Token); unset: nobody. */
  rawFiguresToken?: string;
  /** Folder of the built web app to serve at `/`; omitted in API-only tests. */
  webDist?: string;
};

/** One Express app: `/graphql` (Apollo) and the built SPA with client-side routes. */
export async function createApp({ prisma, webDist, smallCountThreshold = 5, rawFiguresToken }: AppOptions) {
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.use((_req, res, next) => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("X-Frame-Options", "DENY");
    next();
  });
  app.get("/healthz", (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        prisma,
        actor: actorFrom(req.headers["x-bidragskollen-user"]),
        today: new Date(),
        rawFigures: !!rawFiguresToken && req.headers["x-bidragskollen-raw-token"] === rawFiguresToken,
        smallCountThreshold,
        loaders: new Map(),
      }),
    }),
  );

  app.use(exportsRouter(prisma));

  if (webDist && existsSync(path.join(webDist, "index.html"))) {
    app.use(express.static(webDist, { index: false, maxAge: "1h" }));
    app.get(/^(?!\/graphql|\/exports|\/calendar).*/, (_req, res) => {
      res.sendFile(path.join(webDist, "index.html"));
    });
  }
  return { app, stop: () => apollo.stop() };
}
