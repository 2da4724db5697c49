import { Button, Group } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n";
import { downloadTable, type ExportFormat } from "./download";
import type { ExportTable } from "./export-table";

/**
 * CSV and Excel buttons for a list: `load` builds the table at click time (all rows, in the chosen
 * language), so nothing is fetched or bundled before someone asks for a file.
 */
export function TableExport({
  load,
  testId,
  disabled = false,
}: {
  load(): Promise<ExportTable> | ExportTable;
  testId?: string;
  /** While the list is loading there is nothing to download yet. */
  disabled?: boolean;
}) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  async function run(format: ExportFormat) {
    setBusy(format);
    try {
      await downloadTable(await load(), format, locale);
    } catch (e) {
      notifications.show({ color: "red", message: t("export.failed", { reason: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setBusy(null);
    }
  }
  return (
    <Group gap="xs" className="no-print" role="group" aria-label={t("export.label")} data-testid={testId}>
      {(["csv", "xlsx"] as const).map((format) => (
        <Button key={format} variant="default" size="xs" loading={busy === format} disabled={disabled} onClick={() => run(format)}>
          {t(`export.${format}`)}
        </Button>
      ))}
    </Group>
  );
}
