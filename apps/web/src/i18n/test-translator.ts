import type { Locale } from "@bk/domain";
import { loadMessages, type MessageKey } from "./messages";

// Loaded as the app does, so isMessageKey answers in the tests too.
const messages = { sv: await loadMessages("sv"), en: await loadMessages("en") };

/** The `t` of I18nProvider without React, for tests of code that is handed a translator. */
export const translator = (locale: Locale) => (key: MessageKey, vars?: Record<string, string | number>) =>
  Object.entries(vars ?? {}).reduce<string>((text, [k, v]) => text.replaceAll(`{${k}}`, String(v)), messages[locale][key]);
