import { useEffect, useRef } from "react";
import { createPortal } from "react-dom";
import { useI18n } from "../../i18n/i18n";
import { formatMoment } from "../audit/format-change";
import type { ExportTable } from "./export-table";
import { cellClass, printCell } from "./print-cell";

/** What one print holds: the page's title, the filters applied in words, and every row. */
export type PrintJob = { title: string; filters: readonly string[]; table: ExportTable; printedAt: string };

/**
 * A list as a printed page: the title, the selection in words, the whole table and when it was
 * printed. It sits outside the app (a portal on <body>): print.css shows only it while it is there,
 * and the browser's print dialog opens once it is drawn. `onDone` follows the dialog.
 */
export function PrintSheet({ job, onDone }: { job: PrintJob; onDone(): void }) {
  const { t, locale } = useI18n();
  // One dialog per sheet, also when development mode runs effects twice.
  const printed = useRef(false);
  useEffect(() => {
    document.body.classList.add("printing-table");
    window.addEventListener("afterprint", onDone);
    if (!printed.current) {
      printed.current = true;
      window.print();
    }
    return () => {
      window.removeEventListener("afterprint", onDone);
      document.body.classList.remove("printing-table");
    };
  }, [onDone]);
  const { table } = job;
  return createPortal(
    <article className="print-sheet" data-testid="print-sheet" lang={locale}>
      <h1>{job.title}</h1>
      <p>{job.filters.length ? t("export.filters", { filters: job.filters.join(" · ") }) : t("export.noFilters")}</p>
      <table>
        <colgroup>
          {table.columns.map((c) => (
            // Amounts, counts, years and days get the width they need; text columns share the rest.
            <col key={c.header} className={c.kind && c.kind !== "text" ? `col-${c.kind}` : undefined} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.header} className={cellClass(c.kind)}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows of a table to print have no identity and never move.
            <tr key={r}>
              {row.map((cell, i) => {
                const kind = table.columns[i]?.kind;
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a row's cells are its columns, in order.
                  <td key={i} className={cellClass(kind)}>
                    {printCell(cell, kind, locale)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="print-sheet-footer">
        {t("export.printRows", { count: table.rows.length })} · {t("export.printed", { moment: formatMoment(job.printedAt, locale) })}
      </p>
    </article>,
    document.body,
  );
}
