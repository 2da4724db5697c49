import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrors } from "../grants/grant-inputs";
import { kronor } from "../money/money-schemas";
import { normaliseOrganisationNumber } from "../partners/organisation-number";
import { unsafeTextReason } from "./safe-text";
import { allZeros, optionalHttpUrl, optionalLine, optionalLong, optionalPhone, optionalReference, requiredLine } from "./text-schemas";

const errorOf = (schema: z.ZodType, value: unknown) => {
  const r = z.object({ f: schema }).safeParse({ f: value });
  return r.success ? null : fieldErrors(r.error).f;
};

describe("safe text", () => {
  it("refuses control characters, NUL included, everywhere", () => {
    for (const bad of ["a\u0000b", "\u0007\u0008", "x\u001b[31m", "del\u007f", "c1\u0085"]) {
      expect(unsafeTextReason(bad, "long"), JSON.stringify(bad)).toMatch(/kontrolltecken/);
    }
  });

  it("allows line breaks and tabs only in long texts", () => {
    expect(unsafeTextReason("rad 1\nrad 2\tslut", "long")).toBeNull();
    expect(unsafeTextReason("Anna\nAdmin", "line")).toMatch(/Radbrytningar/);
    expect(unsafeTextReason("a\u2028b", "line")).toMatch(/Radbrytningar/);
  });

  it("refuses unpaired direction controls but keeps paired ones and plain marks", () => {
    expect(unsafeTextReason("Länsstyrelsen\u202e anna")).toMatch(/textriktningsmarkering/);
    expect(unsafeTextReason("\u2067عربي")).toMatch(/textriktningsmarkering/);
    expect(unsafeTextReason("a\u202c")).toMatch(/textriktningsmarkering/);
    expect(unsafeTextReason("x \u202bשלום\u202c y", "long")).toBeNull();
    expect(unsafeTextReason("x \u2067عربي\u2069 y")).toBeNull();
    expect(unsafeTextReason("namn \u200f och \u200e")).toBeNull();
    expect(unsafeTextReason("\u202bett\nstycke\u202c", "long")).toMatch(/textriktningsmarkering/);
  });

  it("refuses in one-line texts even closed overrides, and zero-width spaces that make lookalikes", () => {
    expect(unsafeTextReason("Haninge \u202eknab\u202c")).toMatch(/textriktningsmarkeringar/);
    expect(unsafeTextReason("Haninge\u200bkommun")).toMatch(/osynliga tecken/);
    expect(unsafeTextReason("Haninge\u200bkommun", "long")).toBeNull();
  });

  it("refuses names of invisible characters only", () => {
    for (const name of ["\u200e\u200f", "\u2800\u2800", "\u3164\u3164", "\u00a0\u00a0"]) {
      expect(errorOf(requiredLine(100, "Namnet måste anges"), name), JSON.stringify(name)).toBeTruthy();
    }
    expect(errorOf(optionalLine(100), "\u2800")).toMatch(/osynliga/);
    expect(errorOf(requiredLine(100, "x"), "Kvinnojour 💜")).toBeNull();
  });

  it("refuses lone surrogates and keeps real astral characters", () => {
    expect(unsafeTextReason("a\ud800b")).toMatch(/ogiltiga tecken/);
    expect(unsafeTextReason("Kvinnojour 💜")).toBeNull();
  });
});

describe("text schemas", () => {
  it("trims, refuses empty and over-long text and names the limit", () => {
    expect(errorOf(requiredLine(10, "Rubrik måste anges"), "   ")).toBe("Rubrik måste anges");
    expect(errorOf(requiredLine(10, "Rubrik måste anges"), "\u0001\u0002")).toMatch(/kontrolltecken/);
    expect(errorOf(requiredLine(10, "x"), "a".repeat(11))).toBe("Högst 10 tecken");
    expect(z.object({ f: requiredLine(10, "x") }).parse({ f: "  Q-jouren " }).f).toBe("Q-jouren");
    expect(errorOf(optionalLong(100_000), "a".repeat(100_001))).toBe("Högst 100000 tecken");
  });

  it("stores an empty optional text as null and long texts with \\n line breaks", () => {
    expect(z.object({ f: optionalLine(10) }).parse({ f: " " }).f).toBeNull();
    expect(z.object({ f: optionalLong(20) }).parse({ f: "rad 1\r\nrad 2\r" }).f).toBe("rad 1\nrad 2");
  });

  it("takes only http(s) web addresses, adding https:// where none is written", () => {
    const parse = (v: string) => z.object({ f: optionalHttpUrl }).safeParse({ f: v });
    expect(parse("javascript:alert(1)").success).toBe(false);
    expect(parse("JAVASCRIPT:alert(1)").success).toBe(false);
    expect(parse("data:text/html,<script>").success).toBe(false);
    expect(parse("ftp://example.se").success).toBe(false);
    expect(parse("not a url").success).toBe(false);
    expect(parse("https://www.haninge.se/kvinnojour").data?.f).toBe("https://www.haninge.se/kvinnojour");
    expect(parse("www.stockholm.se/hasselby-vallingby").data?.f).toBe("https://www.stockholm.se/hasselby-vallingby");
    expect(parse("localhost:4000").success).toBe(false);
    expect(parse("//evil.example").success).toBe(false);
    expect(parse("https:evil.example").success).toBe(false);
    expect(parse("https://user:pass@evil.example").success).toBe(false);
  });

  it("refuses numbers made only of zeros", () => {
    expect(allZeros("000000-0000")).toBe(true);
    expect(allZeros("0")).toBe(true);
    expect(allZeros("704-07-89225")).toBe(false);
    expect(errorOf(optionalReference(40), "00-000 00 00")).toMatch(/nollor/);
    for (const phone of ["abc", "javascript:alert(1)", "=1+1", "+46 00 00", "000-000 00", "123"]) {
      expect(errorOf(optionalPhone, phone), phone).toMatch(/telefonnummer/);
    }
    expect(errorOf(optionalPhone, "08-508 040 00")).toBeNull();
    expect(errorOf(optionalPhone, "+46 (0)8 508 040 00")).toBeNull();
    expect(normaliseOrganisationNumber("000000-0000")).toBeNull();
    expect(normaliseOrganisationNumber("802015-1562")).toBe("802015-1562");
  });
});

describe("amounts in whole kronor", () => {
  it("takes whole kronor in the ways people write them, and refuses öre, negatives and words", () => {
    const parse = (v: string) => z.object({ f: kronor() }).safeParse({ f: v });
    expect(parse("500 000").data?.f).toBe("500000");
    expect(parse("500000,00").data?.f).toBe("500000");
    expect(errorOf(kronor(), "12.5")).toBe("Ange beloppet i hela kronor, utan öre");
    expect(errorOf(kronor(), "-5")).toBe("Beloppet får inte vara negativt");
    expect(parse("60 000 kr").data?.f).toBe("60000");
    expect(parse("0,5 mkr").data?.f).toBe("500000");
    expect(errorOf(kronor(), "60 000 k")).toBe("Ange ett belopp i kronor, t.ex. 500 000");
    expect(errorOf(kronor(), "1e5")).toBe("Ange ett belopp i kronor, t.ex. 500 000");
  });
});
