import { Button, Group } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type ReactNode, useCallback, useState } from "react";
import { useI18n } from "../../i18n/i18n";
import { downloadTable, type ExportFormat } from "./download";
import type { ExportTable } from "./export-table";
import { type PrintJob, PrintSheet } from "./PrintSheet";

type Action = ExportFormat | "print";

/**
 * CSV, Excel and print for a list: `load` builds the table at click time (all rows, in the chosen
 * language), so nothing is fetched or bundled before someone asks for a file or a printout.
 * The printed page shows `title` and the `filters` applied, in words.
 */
export function TableExport({
  load,
  title,
  filters = [],
  testId,
  disabled = false,
  decimalComma,
  children,
}: {
  load(): Promise<ExportTable> | ExportTable;
  /** The page's title, the printout's heading. */
  title: string;
  /** The filters applied, each in words ("Status: Beviljat"); none when the list shows everything. */
  filters?: readonly string[];
  testId?: string;
  /** While the list is loading there is nothing to download yet. */
  disabled?: boolean;
  /** Amounts in the CSV with a decimal comma; by default in Swedish. */
  decimalComma?: boolean;
  /** More actions beside the buttons (another format, an option). */
  children?: ReactNode;
}) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState<Action | null>(null);
  const [job, setJob] = useState<PrintJob | null>(null);
  const done = useCallback(() => setJob(null), []);
  async function run(action: Action) {
    setBusy(action);
    try {
      const table = await load();
      if (action === "print") setJob({ title, filters, table, printedAt: new Date().toISOString() });
      else await downloadTable(table, action, locale, decimalComma);
    } catch (e) {
      notifications.show({ color: "red", message: t("export.failed", { reason: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setBusy(null);
    }
  }
  return (
    <Group gap="xs" className="no-print" role="group" aria-label={t("export.label")} data-testid={testId}>
      {(["csv", "xlsx", "print"] as const).map((action) => (
        <Button key={action} variant="default" size="xs" loading={busy === action} disabled={disabled} onClick={() => run(action)}>
          {t(`export.${action}`)}
        </Button>
      ))}
      {children}
      {job && <PrintSheet key={job.printedAt} job={job} onDone={done} />}
    </Group>
  );
}
