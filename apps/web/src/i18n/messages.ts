import type { Locale } from "@bk/domain";
import type { sv } from "./sv";

export type MessageKey = keyof typeof sv;
export type Messages = Record<MessageKey, string>;

// Each language is its own chunk: a page downloads the one it shows, the other only when the reader switches.
const loaders: Record<Locale, () => Promise<Messages>> = {
  sv: async () => (await import("./sv")).sv,
  en: async () => (await import("./en")).en,
};
const loaded: Partial<Record<Locale, Messages>> = {};

/** The strings of one language, downloaded once. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  loaded[locale] ??= await loaders[locale]();
  return loaded[locale];
}

/** Whether a key built at runtime (an event kind, a change) has a string; every language has the same keys. */
export function isMessageKey(key: string): key is MessageKey {
  const some = loaded.sv ?? loaded.en;
  return some !== undefined && key in some;
}
