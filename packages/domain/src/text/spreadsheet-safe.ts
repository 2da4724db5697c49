/**
 * A cell that a spreadsheet would read as a formula (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`, or a
 * leading tab or carriage return) gets a leading apostrophe, so that Excel and LibreOffice show
 * the text instead of running it ("CSV injection"). Plain numbers, negative ones included, stay
 * numbers.
 */
export function spreadsheetSafe(value: string): string {
  if (/^-?\d+([.,]\d+)?$/.test(value)) return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
