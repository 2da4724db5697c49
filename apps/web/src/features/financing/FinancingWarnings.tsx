import { formatMoney } from "@bk/domain";
import { Alert, List, Stack, Text } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import type { FinancingWarning } from "./useProjectFinancing";

/** The API's warnings for the reference year (under the what-if, when one is tried); a gap names who paid before. */
export function FinancingWarnings({ warnings }: { warnings: FinancingWarning[] }) {
  const { t } = useI18n();
  if (!warnings.length) return null;
  return (
    <Stack gap="xs" data-testid="warnings">
      {warnings.map((w) => (
        <Alert key={`${w.kind}-${w.year}`} color={w.kind === "INCOMPLETE_FIGURES" ? "gray" : "orange"} data-kind={w.kind}>
          {t(`fin.warning.${w.kind}` as MessageKey, { year: w.year, next: w.year + 1, gap: w.gap ? formatMoney(w.gap) : "" })}
          {w.possibleSources.length > 0 && (
            <div data-testid="possible-sources">
              <Text size="sm" mt="xs">
                {t("fin.possibleSources", { year: w.year })}
              </Text>
              <List size="sm">
                {w.possibleSources.map((s) => (
                  <List.Item key={`${s.kind}-${s.name}`}>
                    {s.lastAmount
                      ? t("fin.possibleSource", { name: s.name, amount: formatMoney(s.lastAmount), lastYear: s.lastYear })
                      : t("fin.possibleSourceNoAmount", { name: s.name, lastYear: s.lastYear })}
                  </List.Item>
                ))}
              </List>
            </div>
          )}
        </Alert>
      ))}
    </Stack>
  );
}
