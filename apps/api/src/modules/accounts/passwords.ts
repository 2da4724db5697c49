import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

/**
 * Passwords are stored as scrypt hashes with OWASP's parameters (N = 2¹⁷, r = 8, p = 1: about
 * 128 MiB and half a second here), in the form `scrypt$N$r$p$salt$hash` so that the parameters
 * can be raised later without breaking old hashes. A password is never logged or returned.
 */
const PARAMS = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LENGTH = 64;

// Each hash takes 128 MiB: at most two at a time, so that a burst of logins cannot exhaust memory.
let running = 0;
const waiting: (() => void)[] = [];
async function limited<T>(fn: () => Promise<T>): Promise<T> {
  if (running >= 2) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await fn();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function derive(password: string, salt: Buffer, N: number, r: number, p: number): Promise<Buffer> {
  return limited(
    () =>
      new Promise((resolve, reject) =>
        scrypt(password.normalize("NFC"), salt, KEY_LENGTH, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }, (err, key) =>
          err ? reject(err) : resolve(key),
        ),
      ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS.N, PARAMS.r, PARAMS.p);
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64"), key.toString("base64")].join("$");
}

// A hash to compare against when the account does not exist, so that both cases take as long.
let dummy: Promise<string> | null = null;
const dummyHash = () => {
  dummy ??= hashPassword(randomBytes(18).toString("base64"));
  return dummy;
};

/** True when the password matches the stored hash; always does the work, also without a hash. */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const hash = stored ?? (await dummyHash());
  const [scheme, n, r, p, salt, expected] = hash.split("$");
  if (scheme !== "scrypt" || !salt || !expected) return false;
  const key = await derive(password, Buffer.from(salt, "base64"), Number(n), Number(r), Number(p));
  const want = Buffer.from(expected, "base64");
  return stored !== null && key.length === want.length && timingSafeEqual(key, want);
}
