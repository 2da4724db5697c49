import type { PrismaClient } from "@bk/domain/server";
import type { Request, RequestHandler, Response } from "express";
import { readCookie, SESSION_COOKIE, type SessionPolicy, type Viewer, type ViewerCache, viewerFromRequest } from "./viewer";

/** The viewer that `authenticate` found for this request (null: anonymous). */
export const viewerOf = (res: Response): Viewer | null => (res.locals.viewer as Viewer | null | undefined) ?? null;

/** Sets the session cookie: HttpOnly, SameSite=Lax (never sent with another site's form or fetch), Secure over HTTPS. */
export function setSessionCookie(req: Request, res: Response, token: string, expires: Date) {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: "lax", secure: req.secure, path: "/", expires });
}

export function clearSessionCookie(req: Request, res: Response) {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: "lax", secure: req.secure, path: "/" });
}

/** The paths whose answers depend on who asks. */
const ASKS_WHO = /^\/(graphql|exports|calendar)(\/|$)/;

/**
 * Finds the viewer of every request (session cookie or Bearer token; calendar links on the
 * calendar routes) once, before GraphQL and the export routes. A cookie whose session has
 * expired or been revoked is removed from the browser (by the app's first GraphQL request).
 *
 * Only GraphQL, the exports and the calendar answer by who asks. Every other GET is the web app
 * (its page and built files), served without this look-up: the browser sends the cookie with the
 * page and each of its scripts and styles, and each would otherwise wait for the database. The page
 * itself looks the session up for its heading (http/app.ts, page-head.ts), its files never. A route
 * added outside these paths sees nobody logged in (it fails closed).
 */
export function authenticate(prisma: PrismaClient, policy: SessionPolicy, cache?: ViewerCache): RequestHandler {
  return async (req, res, next) => {
    if ((req.method === "GET" || req.method === "HEAD") && !ASKS_WHO.test(req.path)) {
      res.locals.viewer = null;
      next();
      return;
    }
    try {
      const viewer = await viewerFromRequest(prisma, req, policy, { feed: req.path.startsWith("/calendar/"), cache });
      res.locals.viewer = viewer;
      if (!viewer && readCookie(req, SESSION_COOKIE)) clearSessionCookie(req, res);
      next();
    } catch (error) {
      next(error);
    }
  };
}
