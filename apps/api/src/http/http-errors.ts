import { type ReasonKey, type ReasonParams, wordReason } from "@bk/domain";
import type { ErrorRequestHandler, RequestHandler, Response } from "express";

/**
 * Errors outside GraphQL (a body that is not JSON, too large, an unknown address, a broken
 * export URL) answer in GraphQL's shape and contract, `{ errors: [{ message, extensions: { code,
 * reason, params, field? } }] }`: a stable code, a catalogue reason the web words, the neutral
 * English message, and never a stack trace or a path of the server's, whatever NODE_ENV says.
 */
export function sendError(res: Response, status: number, code: string, reason: ReasonKey, params: ReasonParams = {}, field?: string) {
  const extensions = { code, reason, params, ...(field ? { field } : {}) };
  res.status(status).json({ errors: [{ message: wordReason(reason, params, "en"), extensions }] });
}

type HttpError = Error & { status?: number; statusCode?: number; type?: string; expose?: boolean };

function describe(err: HttpError): { status: number; code: string; reason: ReasonKey } {
  const status = err.status ?? err.statusCode ?? (err instanceof URIError ? 400 : 500);
  if (status === 413) return { status, code: "PAYLOAD_TOO_LARGE", reason: "request.tooLarge" };
  if (err.type === "entity.parse.failed") return { status: 400, code: "BAD_REQUEST", reason: "request.notJson" };
  if (err instanceof URIError || /URI/.test(err.message)) return { status: 400, code: "BAD_REQUEST", reason: "request.badAddress" };
  if (status === 415) return { status, code: "UNSUPPORTED_MEDIA_TYPE", reason: "request.sendJson" };
  if (status >= 400 && status < 500) return { status, code: "BAD_REQUEST", reason: "request.invalid" };
  return { status: 500, code: "INTERNAL_SERVER_ERROR", reason: "internal.error" };
}

/** The last handler: maps body-parser, routing and unexpected errors to a JSON error with a code. */
export const errorHandler: ErrorRequestHandler = (err: HttpError, _req, res, next) => {
  if (res.headersSent) return next(err);
  const { status, code, reason } = describe(err);
  if (status >= 500) console.error(err);
  sendError(res, status, code, reason);
};

/** An address the server does not serve. */
export const notFoundHandler: RequestHandler = (_req, res) => {
  sendError(res, 404, "NOT_FOUND", "request.noSuchAddress");
};

/** A path with a broken %-escape is refused everywhere, not only where a route decodes it. */
export const rejectBrokenPaths: RequestHandler = (req, res, next) => {
  try {
    decodeURIComponent(req.path);
  } catch {
    sendError(res, 400, "BAD_REQUEST", "request.badAddress");
    return;
  }
  next();
};
