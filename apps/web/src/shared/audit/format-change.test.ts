import type { Locale } from "@bk/domain";
import { describe, expect, it } from "vitest";
import { translator } from "../../i18n/test-translator";
import { type ChangeLike, fieldLine, formatMoment, wordChange } from "./format-change";

const lines = (c: ChangeLike, locale: Locale) => {
  const w = wordChange(c, locale, translator(locale));
  return [w.title, ...w.fields.map((f) => fieldLine(f, w.oneSided))];
};
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-/;
/** A field set by a creation, and one changed by an edit. */
const set = (field: string, after: string, afterName?: string | null) => ({ field, after, afterName });
const edit = (field: string, before: string | null, after: string) => ({ field, before, after });
const change = (entityType: string, action: string, ...fields: ChangeLike["fields"]): ChangeLike => ({ entityType, action, fields });

const created = change(
  "Grant",
  "created",
  set("title", "Implementeringsår 2010"),
  set("funderId", "60aa0907-1111-2222-3333-444455556666", "Länsstyrelsen i Stockholms län"),
  set("recipientId", "70aa0907-1111-2222-3333-444455556666", null),
  set("amountApplied", "350000"),
  set("currency", "SEK"),
  set("submittedPrecision", "DAY"),
  set("status", "DRAFT"),
  set("searchText", "implementeringsar 2010"),
  set("periodStartYear", "2010"),
);

describe("wordChange", () => {
  it("words a new application by its meaningful fields, references by name, bookkeeping left out", () => {
    expect(lines(created, "sv")).toEqual([
      "Ansökan skapad",
      "Rubrik: Implementeringsår 2010",
      "Sökt belopp: 350\u00a0000\u00a0kr",
      "Första år: 2010",
      "Finansiär: Länsstyrelsen i Stockholms län",
      "Mottagare: (ej tillgänglig)",
    ]);
    expect(lines(created, "en")[0]).toBe("Application created");
    expect(lines(created, "en")[4]).toBe("Funder: Länsstyrelsen i Stockholms län");
    expect(lines(created, "en").join(" ")).not.toMatch(UUID);
  });

  it("words a decision with the status label in the title and amounts before → after", () => {
    const decided = change(
      "Grant",
      "decided",
      edit("status", "SUBMITTED", "PARTIALLY_GRANTED"),
      edit("amountGranted", "300000", "350000"),
      edit("decisionDate", null, "2009-09-01"),
      edit("decisionPrecision", "DAY", "MONTH"),
    );
    expect(lines(decided, "sv")).toEqual([
      "Beslut: delvis beviljad",
      "Beviljat belopp: 300\u00a0000\u00a0kr → 350\u00a0000\u00a0kr",
      "Beslutsdatum: – → september 2009",
    ]);
    expect(lines(decided, "en")).toEqual([
      "Decision: partially granted",
      "Amount granted: 300\u00a0000\u00a0kr → 350\u00a0000\u00a0kr",
      "Decision date: – → September 2009",
    ]);
  });

  it("words booleans, enums and the split by year in the reader's language", () => {
    const condition = change("Condition", "updated", edit("blocksPayment", "false", "true"), edit("status", "OPEN", "FULFILLED"));
    expect(lines(condition, "sv")).toEqual(["Villkor ändrat", "Stoppar utbetalning: Nej → Ja", "Status: Öppet → Uppfyllt"]);
    expect(lines(condition, "en")).toEqual(["Condition changed", "Blocks payment: No → Yes", "Status: Open → Fulfilled"]);
    const split = change("Grant", "updated", edit("yearAmounts", "2010: 350000", "2010: 300000, 2011: 50000"));
    expect(lines(split, "sv")[1]).toBe(
      "Fördelning per år: 2010: 350\u00a0000\u00a0kr → 2010: 300\u00a0000\u00a0kr, 2011: 50\u00a0000\u00a0kr",
    );
    const fulfilled = change("Condition", "fulfilled", edit("status", "OPEN", "FULFILLED"));
    expect(lines(fulfilled, "sv")).toEqual(["Villkor uppfyllt"]);
    expect(lines(change("Contribution", "updated"), "sv")).toEqual(["Medfinansiering ändrad"]);
    expect(lines(change("Unknown", "merged", set("x", "1")), "en")).toEqual(["Record changed"]);
  });

  it("shows a currency only when it is not kronor", () => {
    const eur = change("Grant", "updated", edit("currency", "SEK", "EUR"));
    expect(lines(eur, "sv")[1]).toBe("Valuta: SEK → EUR");
  });
});

it("writes a moment in Stockholm time in the reader's language", () => {
  expect(formatMoment("2026-11-23T16:55:00Z", "sv")).toBe("23 nov. 2026 17:55");
  expect(formatMoment("2026-07-01T08:05:00Z", "en")).toBe("1 Jul 2026, 10:05");
});
