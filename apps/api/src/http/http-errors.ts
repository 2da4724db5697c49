import type { ErrorRequestHandler, RequestHandler, Response } from "express";

/**
 * Errors outside GraphQL (a body that is not JSON, too large, an unknown address, a broken
 * export URL) answer in GraphQL's shape, `{ errors: [{ message, extensions: { code } }] }`, with
 * a stable code and never a stack trace or a path of the server's, whatever NODE_ENV says.
 */
export function sendError(res: Response, status: number, code: string, message: string, field?: string) {
  res.status(status).json({ errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] });
}

type HttpError = Error & { status?: number; statusCode?: number; type?: string; expose?: boolean };

function describe(err: HttpError): { status: number; code: string; message: string } {
  const status = err.status ?? err.statusCode ?? (err instanceof URIError ? 400 : 500);
  if (status === 413) return { status, code: "PAYLOAD_TOO_LARGE", message: "Anropet är för stort (högst 1 MB)" };
  if (err.type === "entity.parse.failed") return { status: 400, code: "BAD_REQUEST", message: "Anropet är inte giltig JSON" };
  if (err instanceof URIError || /URI/.test(err.message))
    return { status: 400, code: "BAD_REQUEST", message: "Ogiltig adress (felaktig %-kodning)" };
  if (status === 415) return { status, code: "UNSUPPORTED_MEDIA_TYPE", message: "Skicka JSON (Content-Type: application/json)" };
  if (status >= 400 && status < 500) return { status, code: "BAD_REQUEST", message: "Ogiltigt anrop" };
  return { status: 500, code: "INTERNAL_SERVER_ERROR", message: "Ett internt fel inträffade" };
}

/** The last handler: maps body-parser, routing and unexpected errors to a JSON error with a code. */
export const errorHandler: ErrorRequestHandler = (err: HttpError, _req, res, next) => {
  if (res.headersSent) return next(err);
  const { status, code, message } = describe(err);
  if (status >= 500) console.error(err);
  sendError(res, status, code, message);
};

/** An address the server does not serve. */
export const notFoundHandler: RequestHandler = (_req, res) => {
  sendError(res, 404, "NOT_FOUND", "Adressen finns inte");
};

/** A path with a broken %-escape is refused everywhere, not only where a route decodes it. */
export const rejectBrokenPaths: RequestHandler = (req, res, next) => {
  try {
    decodeURIComponent(req.path);
  } catch {
    sendError(res, 400, "BAD_REQUEST", "Ogiltig adress (felaktig %-kodning)");
    return;
  }
  next();
};
