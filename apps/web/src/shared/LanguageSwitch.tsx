import type { Locale } from "@bk/domain";
import { Button } from "@mantine/core";
import { useI18n } from "../i18n/i18n";

const LANGUAGES: { value: Locale; label: string }[] = [
  { value: "sv", label: "Svenska" },
  { value: "en", label: "English" },
];

/**
 * Svenska / English, remembered in this browser: two toggle buttons (the chosen one pressed).
 * Not Mantine's SegmentedControl, whose sliding indicator measures the layout as every page
 * loads (a forced reflow on each first render, some 15 ms of a phone's main thread) and adds
 * 2.5 KB gzip to the first download.
 */
export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
    <Button.Group aria-label={t("language.label")}>
      {LANGUAGES.map(({ value, label }) => (
        <Button
          key={value}
          size="xs"
          variant={locale === value ? "filled" : "default"}
          aria-pressed={locale === value}
          lang={value}
          onClick={() => setLocale(value)}
        >
          {label}
        </Button>
      ))}
    </Button.Group>
  );
}
