import { SegmentedControl } from "@mantine/core";
import { useI18n } from "../i18n/i18n";

/** Svenska / English, remembered in this browser. */
export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t("language.label")}
      value={locale}
      onChange={(v) => setLocale(v === "en" ? "en" : "sv")}
      data={[
        { value: "sv", label: "Svenska" },
        { value: "en", label: "English" },
      ]}
    />
  );
}
