import { z } from "zod";
import type { ReasonKey } from "../rules/reasons";
import { because } from "../rules/zod-violations";
import { hasVisibleText, normaliseLineBreaks, type TextKind, unsafeTextReason } from "./safe-text";

/**
 * The building blocks of every input schema's text fields, so that every text is checked the
 * same way: trimmed, free of control characters and unpaired direction marks (safe-text.ts),
 * within its length, and an empty optional text stored as null.
 */
const base = (kind: TextKind, max: number) =>
  z
    .string()
    .transform((v) => (kind === "long" ? normaliseLineBreaks(v) : v).trim())
    .superRefine((v, ctx) => {
      const reason = unsafeTextReason(v, kind) ?? (v && !hasVisibleText(v) ? "text.invisibleOnly" : null);
      if (reason) ctx.addIssue({ code: "custom", ...because(reason) });
    })
    .pipe(z.string().max(max, because("text.tooLong")));

/** A required one-line text (a name, a title): 1–max characters after trimming. */
export const requiredLine = (max: number, reason: ReasonKey, min = 1) =>
  base("line", max).pipe(z.string().refine((v) => v.length >= min, because(reason, { min, max })));

/** An optional one-line text; empty becomes null. */
export const optionalLine = (max: number) =>
  base("line", max)
    .nullish()
    .transform((v) => v || null);

/** A required long text (a decision, a condition) where line breaks are allowed. */
export const requiredLong = (max: number, reason: ReasonKey) => base("long", max).pipe(z.string().min(1, because(reason)));

/** An optional long text; empty becomes null. */
export const optionalLong = (max: number) =>
  base("long", max)
    .nullish()
    .transform((v) => v || null);

/**
 * An optional web address: http or https only (a `javascript:` link would run in the reader's
 * browser). Written without a scheme ("www.haninge.se", as people type and as the papers print
 * it) it is taken as https.
 */
export const optionalHttpUrl = optionalLine(500).transform((v, ctx) => {
  if (v === null) return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(v) && !/^[^:/]+:\d/.test(v);
  const written = hasScheme ? v : `https://${v}`;
  try {
    const url = new URL(written);
    const wellFormed =
      (url.protocol === "http:" || url.protocol === "https:") &&
      /^https?:\/\/[^/]/i.test(written) &&
      url.hostname.includes(".") &&
      !url.username &&
      !url.password;
    if (wellFormed && !/^[/\\]/.test(v)) return written;
  } catch {
    // fall through to the message
  }
  ctx.addIssue({ code: "custom", ...because("text.url") });
  return z.NEVER;
});

/** An optional e-mail address. */
export const optionalEmail = optionalLine(254).refine((v) => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), because("text.email"));

/** True for a number made only of zeros and separators ("000000-0000", "0"), which identifies nothing. */
export const allZeros = (v: string) => /^[\s0\-–./]*$/.test(v) && /0/.test(v);

/** An optional reference number (a diarienummer): not only zeros. */
export const optionalReference = (max: number) => optionalLine(max).refine((v) => v === null || !allZeros(v), because("text.onlyZeros"));

/**
 * An optional phone number as people write it ("08-508 040 00", "+46 8 508 040 00"): digits,
 * spaces, + - ( ) /, at least five digits, and not only zeros after the country code.
 */
export const optionalPhone = optionalLine(40).refine((v) => {
  if (v === null) return true;
  if (!/^\+?[\d\s()\-/]+$/.test(v)) return false;
  const digits = v.replace(/\D/g, "");
  const national = v.startsWith("+") ? digits.slice(2) : digits;
  return digits.length >= 5 && /[1-9]/.test(national);
}, because("text.phone"));
