import { describe, expect, it } from "vitest";
import { en } from "./en";
import { sv } from "./sv";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("messages", () => {
  it("has every Swedish string in English too, non-empty and with the same placeholders", () => {
    for (const [key, text] of Object.entries(sv)) {
      const english = (en as Record<string, string>)[key];
      expect(english, key).toBeTruthy();
      expect(placeholders(english), key).toEqual(placeholders(text));
    }
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });

  it("spells the Swedish interface with å, ä and ö", () => {
    expect(sv["grants.totals.applied"]).toBe("Summa sökt");
    expect(sv["grant.funderReference"]).toBe("Finansiärens diarienummer");
    expect(sv["document.original"]).toContain("OCR-skador");
  });
});
