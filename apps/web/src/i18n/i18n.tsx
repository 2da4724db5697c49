import { LOCALE_COOKIE, type Locale } from "@bk/domain";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { LOCALE_STORAGE_KEY } from "./locale-key";
import { loadMessages, type MessageKey, type Messages } from "./messages";

type I18n = {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
};

const I18nContext = createContext<I18n | null>(null);

/**
 * The server's copy of the reader's choice (a cookie), with which it writes the page's heading into
 * the first HTML (apps/api/src/http/page-head.ts): set with the choice itself, so a reload at once
 * after it gets the heading in that language.
 */
function tellServer(locale: Locale) {
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is not in every browser the app serves.
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
}

/** Swedish by default; the choice of English is remembered in this browser. */
export function initialLocale(): Locale {
  const stored = typeof localStorage !== "undefined" ? localStorage.getItem(LOCALE_STORAGE_KEY) : null;
  return stored === "en" ? "en" : "sv";
}

/**
 * The reader's language. `initial` is loaded before the first render (main.tsx), so no text
 * ever shows untranslated; a switch keeps the current language on screen until the other's
 * strings have arrived.
 */
export function I18nProvider({ initial, children }: { initial: { locale: Locale; messages: Messages }; children: ReactNode }) {
  const [current, setCurrent] = useState(initial);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(LOCALE_STORAGE_KEY, next);
    tellServer(next);
    void loadMessages(next).then((messages) => setCurrent({ locale: next, messages }));
  }, []);
  // <html lang> follows the language, also when it was chosen on an earlier visit (screen readers, hyphenation);
  // the server learns a choice made before it kept one.
  useEffect(() => {
    document.documentElement.lang = current.locale;
    tellServer(current.locale);
  }, [current.locale]);
  const value = useMemo<I18n>(
    () => ({
      locale: current.locale,
      setLocale,
      t: (key, vars) => {
        let text: string = current.messages[key];
        for (const [k, v] of Object.entries(vars ?? {})) text = text.replaceAll(`{${k}}`, String(v));
        return text;
      },
    }),
    [current, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error("useI18n outside I18nProvider");
  return ctx;
}
