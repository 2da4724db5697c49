import { formatMoney } from "@bk/domain";
import { Alert, Stack } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import { PossibleSources } from "./PossibleSources";
import type { FinancingWarning } from "./useProjectFinancing";

/** The API's warnings for the reference year (under the what-if, when one is tried); a gap names who paid before. */
export function FinancingWarnings({ warnings }: { warnings: readonly FinancingWarning[] }) {
  const { t } = useI18n();
  if (!warnings.length) return null;
  return (
    <Stack gap="xs" data-testid="warnings">
      {warnings.map((w) => (
        <Alert key={`${w.kind}-${w.year}`} color={w.kind === "INCOMPLETE_FIGURES" ? "gray" : "orange"} data-kind={w.kind}>
          {t(`fin.warning.${w.kind}` as MessageKey, { year: w.year, next: w.year + 1, gap: w.gap ? formatMoney(w.gap) : "" })}
          <PossibleSources year={w.year} sources={w.possibleSources} />
        </Alert>
      ))}
    </Stack>
  );
}
