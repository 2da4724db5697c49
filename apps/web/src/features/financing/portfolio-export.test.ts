import { describe, expect, it } from "vitest";
import type { FinancingPortfolioExportQuery } from "../../gql/graphql";
import { translator } from "../../i18n/test-translator";
import { portfolioTable, projectsNamed } from "./portfolio-export";

type Row = FinancingPortfolioExportQuery["financingPortfolio"][number];
const year = (y: number, gap: string) => ({ year: y, need: "900000", secured: "500000", gap });
const source = (kind: string, name: string) => ({ kind, name });
/** Relationsvåldscentrum as the API answers it for 2010, with a programme added among the possible sources. */
const rvc: Row = {
  projectId: "UHJvamVjdDox",
  name: "Relationsvåldscentrum",
  phase: "IMPLEMENTATION",
  thisYear: year(2010, "400000"),
  nextYear: null,
  warnings: [{ kind: "YEAR_GAP", year: 2010, gap: "400000" }],
  nextUnfinancedYear: year(2010, "400000"),
  nextUnfinancedWarnings: [
    {
      kind: "YEAR_GAP",
      year: 2010,
      gap: "400000",
      possibleSources: [source("PARTNER", "Solna stad"), source("PARTNER", "Ekerö kommun"), source("PROGRAMME", "Utvecklingsmedel")],
    },
    { kind: "PERMANENT_FINANCING_NOT_SECURED", year: 2010, gap: null, possibleSources: [] },
  ],
};
const financed: Row = { ...rvc, name: "Q-jouren", nextUnfinancedYear: null, nextUnfinancedWarnings: [] };

describe("portfolioTable", () => {
  it("ends each row with its next unfinanced year, its gap and its warnings naming the possible sources, in Swedish", () => {
    const table = portfolioTable([rvc, financed], 2010, translator("sv"), "sv");
    expect(table.columns.slice(-3).map((c) => c.header)).toEqual([
      "Nästa ofinansierade år",
      "Gap nästa ofinansierade år",
      "Varningar nästa ofinansierade år",
    ]);
    const [year, gap, words] = table.rows[0].slice(-3);
    expect([year, gap]).toEqual([2010, "400000"]);
    expect(words).toMatch(/^2010 slutar med ett gap på 400\s000\skr\. /);
    expect(words).toContain("Vem kan bidra? De här betalade tidigare men har inget för 2010: Solna stad, Ekerö kommun.");
    expect(words).toContain("Program som pågår 2010 och passar projektet: Utvecklingsmedel.");
    expect(words).toContain("Permanent finansiering är inte säkrad");
    expect(table.rows[1].slice(-3)).toEqual([null, null, ""]);
  });

  it("says the same in English", () => {
    const table = portfolioTable([rvc], 2010, translator("en"), "en");
    expect(table.columns.at(-3)?.header).toBe("Next unfinanced year");
    expect(table.rows[0].at(-1)).toContain("Programmes running in 2010 that fit the project: Utvecklingsmedel.");
  });
});

describe("projectsNamed", () => {
  it("keeps the projects whose name holds the text, as the search folds it, and every project without text", () => {
    const rows = [rvc, financed, { ...rvc, name: "Kvinnojouren i Hässelby-Vällingby" }];
    expect(projectsNamed(rows, "relationsvald").map((r) => r.name)).toEqual(["Relationsvåldscentrum"]);
    expect(projectsNamed(rows, " HASSELBY ").map((r) => r.name)).toEqual(["Kvinnojouren i Hässelby-Vällingby"]);
    expect(projectsNamed(rows, "jour").map((r) => r.name)).toEqual(["Q-jouren", "Kvinnojouren i Hässelby-Vällingby"]);
    expect(projectsNamed(rows, "  ")).toBe(rows);
    expect(projectsNamed(rows, "Solna")).toEqual([]);
  });
});
