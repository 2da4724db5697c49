import { spreadsheetSafe } from "../text/spreadsheet-safe";
import type { Giving360Grant } from "./giving360-grant";

/**
 * 360Giving's flat (spreadsheet) form of a grant: one row a grant, the standard's column titles
 * (`Recipient Org:Identifier` is the first recipient organisation's id, and so on).
 */
const COLUMNS: [title: string, value: (g: Giving360Grant) => string | number | undefined][] = [
  ["Identifier", (g) => g.id],
  ["Title", (g) => g.title],
  ["Description", (g) => g.description],
  ["Currency", (g) => g.currency],
  ["Amount Applied For", (g) => g.amountAppliedFor],
  ["Amount Awarded", (g) => g.amountAwarded],
  ["Amount Disbursed", (g) => g.amountDisbursed],
  ["Award Date", (g) => g.awardDate],
  ["Planned Dates:Start Date", (g) => g.plannedDates?.[0]?.startDate],
  ["Planned Dates:End Date", (g) => g.plannedDates?.[0]?.endDate],
  ["Planned Dates:Duration (months)", (g) => g.plannedDates?.[0]?.duration],
  ["Recipient Org:Identifier", (g) => g.recipientOrganization[0]?.id],
  ["Recipient Org:Name", (g) => g.recipientOrganization[0]?.name],
  ["Recipient Org:City", (g) => g.recipientOrganization[0]?.addressLocality],
  ["Recipient Org:Country", (g) => g.recipientOrganization[0]?.addressCountry],
  ["Recipient Org:Web Address", (g) => g.recipientOrganization[0]?.url],
  ["Funding Org:Identifier", (g) => g.fundingOrganization[0]?.id],
  ["Funding Org:Name", (g) => g.fundingOrganization[0]?.name],
  ["Grant Programme:Code", (g) => g.grantProgramme?.[0]?.code],
  ["Grant Programme:Title", (g) => g.grantProgramme?.[0]?.title],
  ["Data Source", (g) => g.dataSource],
  ["Last Modified", (g) => g.dateModified],
];

export const GIVING360_FLAT_COLUMNS = COLUMNS.map(([title]) => title);

/**
 * One CSV line (with its CRLF) in 360Giving's flat convention: UTF-8, comma-separated, RFC 4180
 * quoting. Numbers stay numbers; a text cell that a spreadsheet would run as a formula gets a
 * leading apostrophe (spreadsheetSafe), as in every export of this system.
 */
function csvLine(cells: (string | number | undefined)[]): string {
  const cell = (v: string | number | undefined) => {
    if (v === undefined) return "";
    if (typeof v === "number") return String(v);
    const safe = spreadsheetSafe(v);
    return /[,;"\t\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `${cells.map(cell).join(",")}\r\n`;
}

/** The header line of the flat CSV. */
export const giving360FlatHeader = () => csvLine(GIVING360_FLAT_COLUMNS);

/** A grant's line of the flat CSV. */
export const giving360FlatLine = (g: Giving360Grant) => csvLine(COLUMNS.map(([, value]) => value(g)));
