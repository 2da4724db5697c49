import { describe, expect, it } from "vitest";
import { messages } from "./messages";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("messages", () => {
  it("has every Swedish string in English too, non-empty and with the same placeholders", () => {
    for (const [key, sv] of Object.entries(messages.sv)) {
      const en = (messages.en as Record<string, string>)[key];
      expect(en, key).toBeTruthy();
      expect(placeholders(en), key).toEqual(placeholders(sv));
    }
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.sv).sort());
  });

  it("spells the Swedish interface with å, ä and ö", () => {
    expect(messages.sv["grants.totals.applied"]).toBe("Summa sökt");
    expect(messages.sv["grant.funderReference"]).toBe("Finansiärens diarienummer");
    expect(messages.sv["document.original"]).toContain("OCR-skador");
  });
});
