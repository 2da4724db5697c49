import type { Locale } from "../labels/labels";
import { REASONS } from "./catalogue";
import { fillWording, type ReasonParams } from "./wording";

export { REASONS };

export type ReasonKey = keyof typeof REASONS;

export const isReasonKey = (key: string): key is ReasonKey => Object.hasOwn(REASONS, key);

/** A reason in words; an unknown key (from a newer server) falls back to "Invalid value". */
export function wordReason(reason: string, params: ReasonParams = {}, locale: Locale = "en"): string {
  const wording = isReasonKey(reason) ? REASONS[reason] : REASONS["value.invalid"];
  return fillWording(wording[locale], params, locale);
}
