import { describe, expect, it } from "vitest";
import { type ExportTable, exportFileName, tableToCsv } from "./export-table";

const table: ExportTable = {
  name: "Bidrag Hässelby-Vällingby",
  columns: [{ header: "Rubrik" }, { header: "Beviljat", kind: "money" }, { header: "Värde", kind: "number" }],
  rows: [
    ['=HYPERLINK("x")', "916210.5", "<5"],
    ["Q-jouren; Stockholm", null, 143],
  ],
};

describe("export tables", () => {
  it("writes Swedish CSV: semicolons, a BOM, öre after a comma, formula-safe text, quoted separators", () => {
    const csv = tableToCsv(table, "sv");
    expect(csv.startsWith("\uFEFFRubrik;Beviljat;Värde\r\n")).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")";"916210,5";<5`);
    expect(csv).toContain(`"Q-jouren; Stockholm";;143`);
  });

  it("keeps the decimal point in English", () => {
    expect(tableToCsv(table, "en")).toContain(";916210.5;");
  });

  it("writes the decimal comma or point as asked, whatever the language", () => {
    expect(tableToCsv(table, "sv", false)).toContain(";916210.5;");
    expect(tableToCsv(table, "en", true)).toContain(`;"916210,5";`);
  });

  it("names the file after the table and the day, without accents", () => {
    expect(exportFileName(table, "xlsx", new Date("2026-11-23T10:00:00Z"))).toBe("bidrag-hasselby-vallingby-2026-11-23.xlsx");
  });
});
