import type { Locale } from "@bk/domain";
import { describe, expect, it } from "vitest";
import { type MessageKey, messages } from "../../i18n/messages";
import { type ChangeLike, fieldLine, formatMoment, wordChange } from "./format-change";

const translator = (locale: Locale) => (key: MessageKey, vars?: Record<string, string | number>) =>
  Object.entries(vars ?? {}).reduce<string>((text, [k, v]) => text.replaceAll(`{${k}}`, String(v)), messages[locale][key]);
const lines = (c: ChangeLike, locale: Locale) => {
  const w = wordChange(c, locale, translator(locale));
  return [w.title, ...w.fields.map((f) => fieldLine(f, w.oneSided))];
};
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-/;

const created: ChangeLike = {
  entityType: "Grant",
  action: "created",
  fields: [
    { field: "title", after: "Implementeringsår 2010" },
    { field: "funderId", after: "60aa0907-1111-2222-3333-444455556666", afterName: "Länsstyrelsen i Stockholms län" },
    { field: "recipientId", after: "70aa0907-1111-2222-3333-444455556666", afterName: null },
    { field: "amountApplied", after: "350000" },
    { field: "currency", after: "SEK" },
    { field: "submittedPrecision", after: "DAY" },
    { field: "status", after: "DRAFT" },
    { field: "searchText", after: "implementeringsar 2010" },
    { field: "periodStartYear", after: "2010" },
  ],
};

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
    const decided: ChangeLike = {
      entityType: "Grant",
      action: "decided",
      fields: [
        { field: "status", before: "SUBMITTED", after: "PARTIALLY_GRANTED" },
        { field: "amountGranted", before: "300000", after: "350000" },
        { field: "decisionDate", before: null, after: "2009-09-01" },
        { field: "decisionPrecision", before: "DAY", after: "MONTH" },
      ],
    };
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
    const condition: ChangeLike = {
      entityType: "Condition",
      action: "updated",
      fields: [
        { field: "blocksPayment", before: "false", after: "true" },
        { field: "status", before: "OPEN", after: "FULFILLED" },
      ],
    };
    expect(lines(condition, "sv")).toEqual(["Villkor ändrat", "Stoppar utbetalning: Nej → Ja", "Status: Öppet → Uppfyllt"]);
    expect(lines(condition, "en")).toEqual(["Condition changed", "Blocks payment: No → Yes", "Status: Open → Fulfilled"]);
    const split: ChangeLike = {
      entityType: "Grant",
      action: "updated",
      fields: [{ field: "yearAmounts", before: "2010: 350000", after: "2010: 300000, 2011: 50000" }],
    };
    expect(lines(split, "sv")[1]).toBe(
      "Fördelning per år: 2010: 350\u00a0000\u00a0kr → 2010: 300\u00a0000\u00a0kr, 2011: 50\u00a0000\u00a0kr",
    );
    const fulfilled: ChangeLike = {
      entityType: "Condition",
      action: "fulfilled",
      fields: [{ field: "status", before: "OPEN", after: "FULFILLED" }],
    };
    expect(lines(fulfilled, "sv")).toEqual(["Villkor uppfyllt"]);
    expect(lines({ entityType: "Contribution", action: "updated", fields: [] }, "sv")).toEqual(["Medfinansiering ändrad"]);
    expect(lines({ entityType: "Unknown", action: "merged", fields: [{ field: "x", after: "1" }] }, "en")).toEqual(["Record changed"]);
  });

  it("shows a currency only when it is not kronor", () => {
    const eur: ChangeLike = { entityType: "Grant", action: "updated", fields: [{ field: "currency", before: "SEK", after: "EUR" }] };
    expect(lines(eur, "sv")[1]).toBe("Valuta: SEK → EUR");
  });
});

it("writes a moment in Stockholm time in the reader's language", () => {
  expect(formatMoment("2026-11-23T16:55:00Z", "sv")).toBe("23 nov. 2026 17:55");
  expect(formatMoment("2026-07-01T08:05:00Z", "en")).toBe("1 Jul 2026, 10:05");
});
