import { compareMoney } from "@bk/domain";
import { Text } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { useFormat } from "../../shared/format";

/** A year's gap: red when money is missing, green for a surplus, dimmed without figures. */
export function GapText({ year }: { year: { gap?: string | null } | null | undefined }) {
  const { t } = useI18n();
  const f = useFormat();
  if (!year || year.gap == null) {
    return (
      <Text size="sm" c="dimmed" span>
        {t("fin.noData")}
      </Text>
    );
  }
  const sign = compareMoney(year.gap, "0");
  return (
    <Text size="sm" fw={600} span c={sign > 0 ? "red" : "teal"}>
      {sign < 0 ? `${t("fin.surplus")} ${f.money(year.gap.replace("-", ""))}` : f.money(year.gap)}
    </Text>
  );
}
