import type { RequestHandler } from "express";
import helmet from "helmet";

/**
 * The browser's own defences, for every answer: a Content-Security-Policy that allows nothing
 * but this server (the built app has no inline scripts; Mantine sets inline styles), no
 * framing, no camera or microphone or location, an isolated window, and HSTS once the app is
 * reached over HTTPS (behind a proxy: set TRUST_PROXY so that the server knows).
 */
export const CONTENT_SECURITY_POLICY = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:", "blob:"],
  "font-src": ["'self'", "data:"],
  "connect-src": ["'self'"],
  "worker-src": ["'self'", "blob:"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};

const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "camera=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "payment=()",
  "usb=()",
  "interest-cohort=()",
].join(", ");

const HSTS = "max-age=31536000; includeSubDomains";

export const HELMET_OPTIONS: Parameters<typeof helmet>[0] = {
  contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  crossOriginOpenerPolicy: { policy: "same-origin" },
  crossOriginResourcePolicy: { policy: "same-origin" },
  referrerPolicy: { policy: "same-origin" },
  xFrameOptions: { action: "deny" },
  strictTransportSecurity: false,
};

/**
 * The headers helmet sets with this configuration, asked of it once: they are the same for every
 * answer (no nonces), and helmet writes the policy out anew for each (a twentieth of an empty
 * request's time). Helmet stays the source of what they are.
 */
export function helmetHeaders(middleware = helmet(HELMET_OPTIONS)): [string, string][] {
  const headers: [string, string][] = [];
  const res = {
    setHeader: (name: string, value: string) => void headers.push([name, String(value)]),
    removeHeader: () => {},
  };
  let done = false;
  middleware({ method: "GET", headers: {} } as never, res as never, () => {
    done = true;
  });
  if (!done) throw new Error("helmet did not finish synchronously");
  return headers;
}

export function securityHeaders(): RequestHandler {
  const headers: [string, string][] = [...helmetHeaders(), ["Permissions-Policy", PERMISSIONS_POLICY]];
  return (req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    if (req.secure) res.setHeader("Strict-Transport-Security", HSTS);
    next();
  };
}
