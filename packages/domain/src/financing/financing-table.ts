import { formatMoney, sumMoney } from "../money/money";
import { spreadsheetSafe } from "../text/spreadsheet-safe";
import type { FinancingYear, SourceLine } from "./financing";

const STATE = { SECURED: "säkrad", PENDING: "sökt/utlovad", NOT_COUNTED: "räknas inte" } as const;
const KIND = { GRANT: "bidrag", CASH: "kontant", IN_KIND: "i natura", OWN: "egen" } as const;

/**
 * The financing table a committee paper needs, as rows of cells: one row per source and year,
 * then the year's need, secured, pending and gap. Amounts are exact decimal strings; `display`
 * formats them as `2 200 000 kr` for print, raw for CSV and XLSX.
 */
export function financingTable(projectName: string, years: FinancingYear[], display = false) {
  const m = (v: string | null) => (v == null ? "" : display ? formatMoney(v) : v);
  const header = ["Projekt", "År", "Post", "Källa", "Slag", "Status", "Belopp (kr)", "Anmärkning"];
  const rows: string[][] = [];
  for (const y of years) {
    for (const l of y.lines) {
      rows.push([
        projectName,
        String(y.year),
        "Källa",
        l.label,
        KIND[l.kind],
        STATE[l.state],
        l.amount == null ? "okänt" : m(l.amount),
        l.detail ?? "",
      ]);
    }
    rows.push([
      projectName,
      String(y.year),
      "Behov",
      y.needSource === "DERIVED" ? "härlett ur ansökningar och bidrag" : "budget",
      "",
      "",
      m(y.need),
      "",
    ]);
    rows.push([projectName, String(y.year), "Säkrat", "", "", "", m(y.secured), y.incomplete ? "belopp saknas för någon källa" : ""]);
    rows.push([projectName, String(y.year), "Sökt/utlovat", "", "", "", m(y.pending), ""]);
    rows.push([projectName, String(y.year), "Gap", "", "", "", m(y.gap), ""]);
  }
  return { header, rows };
}

export type SourceTotal = { kind: SourceLine["kind"]; state: "SECURED" | "PENDING"; amount: string };

/**
 * A year's sources summed by kind (grant, cash, in kind, own) and state, secured and pending:
 * the stacks of the financing chart. Sources without a known amount add nothing (as in
 * `secured`); kinds with no source that year are left out.
 */
export function sourceTotals(year: Pick<FinancingYear, "lines">): SourceTotal[] {
  const totals: SourceTotal[] = [];
  for (const kind of ["GRANT", "CASH", "IN_KIND", "OWN"] as const) {
    for (const state of ["SECURED", "PENDING"] as const) {
      const lines = year.lines.filter((l) => l.kind === kind && l.state === state);
      if (lines.length) totals.push({ kind, state, amount: sumMoney(lines.map((l) => l.amount)) });
    }
  }
  return totals;
}

/**
 * RFC 4180 CSV with a semicolon (what Swedish Excel opens) and a BOM so å, ä, ö survive. A cell
 * holding any separator a spreadsheet might split on (; , tab, a line break) or a quote is
 * quoted, so that no part of it can become a cell of its own – and a cell that starts like a
 * formula gets a leading apostrophe (spreadsheetSafe).
 */
export function toCsv(header: string[], rows: string[][]): string {
  const cell = (raw: string) => {
    const v = spreadsheetSafe(raw);
    return /[;,"\t\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  };
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(";")).join("\r\n")}\r\n`;
}
