import type { PrismaClient } from "@bk/domain/server";
import type { Request, Response } from "express";
import type { SessionPolicy, Viewer } from "./auth/viewer";
import type { Deadline } from "./limits/deadline-check";

/** Per-request context: the Prisma client, who asks, today's date and what the caller may see. */
export type Context = {
  prisma: PrismaClient;
  /** The logged-in user (session cookie or access token); null for an anonymous request. */
  viewer: Viewer | null;
  /** Who makes changes, for the audit trail: the viewer (the name is kept as it was then). */
  actor: Actor;
  /** May see raw counts of people (the STATISTICIAN role). */
  rawFigures: boolean;
  /** Counts of people from 1 to threshold−1 are shown as "<threshold" to others. */
  smallCountThreshold: number;
  /** Per-request memo of loaders (small-count protection, permission lookups). */
  loaders: Map<string, unknown>;
  today: Date;
  /** The HTTP request and response, for the session cookie and the caller's address. */
  http: { req: Request; res: Response };
  sessionPolicy: SessionPolicy;
  /** A query's time limit, from the start of its execution (deadlinePlugin); none for mutations. */
  deadline?: Deadline;
};

/** Who makes a change: the logged-in user, by id and by the name the audit trail shows. */
export type Actor = { userId: string | null; name: string };

/** The caller's address (behind a proxy only with TRUST_PROXY), for rate limits and account history. */
export const clientAddress = (ctx: Pick<Context, "http">) => ctx.http.req.ip ?? "unknown";

export const UNKNOWN_ACTOR = "Okänd användare";

/** The audit trail's actor for a viewer (or for nobody: the seed, the system). */
export const actorOf = (viewer: Viewer | null): Actor => ({ userId: viewer?.id ?? null, name: viewer?.name ?? UNKNOWN_ACTOR });
