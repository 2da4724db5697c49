import { createHash, randomBytes } from "node:crypto";

/**
 * Session cookies, access tokens and one-time links are 32 random bytes, given out once and
 * stored only as their SHA-256 hash: a copy of the database lets nobody log in.
 */
export const SECRET_PREFIX = { session: "bks_", personal: "bkp_", feed: "bkc_", password: "bkl_" } as const;

export function newSecret(kind: keyof typeof SECRET_PREFIX) {
  const token = `${SECRET_PREFIX[kind]}${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashSecret(token), prefix: token.slice(0, 10) };
}

export const hashSecret = (token: string) => createHash("sha256").update(token).digest("hex");
