import { useI18n } from "../../i18n/i18n";
import { type ChangeLike, formatMoment, wordChange } from "./format-change";

/** Words changes and moments in the chosen language. */
export function useWordChange() {
  const { t, locale } = useI18n();
  return {
    word: (c: ChangeLike) => wordChange(c, locale, t),
    moment: (iso: string) => formatMoment(iso, locale),
  };
}
