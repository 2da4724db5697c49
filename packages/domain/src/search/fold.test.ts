import { describe, expect, it } from "vitest";
import { FOLD_TABLE, foldForSearch } from "./fold";

describe("foldForSearch", () => {
  it("ignores case and Swedish diacritics", () => {
    expect(foldForSearch("Hässelby-Vällingby")).toBe("hasselby-vallingby");
    expect(foldForSearch("VÅLD i nära relationer")).toBe("vald i nara relationer");
    expect(foldForSearch("  Ekerö   kommun ")).toBe("ekero kommun");
    expect(foldForSearch("Kvinnojour Trondheim krisesenter Ø")).toBe("kvinnojour trondheim krisesenter o");
  });

  it("folds the letters of the Nordic, Sámi and Bosnian/Croatian/Serbian Latin alphabets", () => {
    expect(foldForSearch("Čačak")).toBe("cacak");
    expect(foldForSearch("ČAČAK")).toBe("cacak");
    expect(foldForSearch("Đakovo ŠIBENIK Žepče Ćuprija")).toBe("dakovo sibenik zepce cuprija");
    expect(foldForSearch("Ŋuorra Čáhppes ŦÁNU Ïnnjá")).toBe("nuorra cahppes tanu innja");
    expect(foldForSearch("Bærum Ærøskøbing Jyväskylä")).toBe("barum aroskobing jyvaskyla");
  });

  it("writes one letter as several where translate() could not, and ligatures as their letters", () => {
    expect(foldForSearch("Straße STRAẞE")).toBe("strasse strasse");
    expect(foldForSearch("Œuvre cœur Þórshöfn")).toBe("oeuvre coeur thorshofn");
    expect(foldForSearch("ﬁnansiering och ﬂyktingar")).toBe("finansiering och flyktingar");
  });

  it("makes every space one space, drops invisible characters and decomposed accents", () => {
    expect(foldForSearch("Läns\u00adstyrelsen\u00a0i\tStockholms\r\nlän")).toBe("lansstyrelsen i stockholms lan");
    expect(foldForSearch("\u200bHa\u0308sselby\u2009\u2009 torg\u00a0")).toBe("hasselby torg");
    expect(foldForSearch("Hässelby–Vällingby, Children’s “hus”")).toBe('hasselby-vallingby, children\'s "hus"');
  });

  it("leaves characters outside the table as they are, capitals too (the database does the same)", () => {
    expect(foldForSearch("Ωmega 2008/09 #1")).toBe("Ωmega 2008/09 #1");
  });

  it("is idempotent", () => {
    for (const text of ["Čačak", "Straße", " a\u00a0 b ", "Ærø ﬁ"]) expect(foldForSearch(foldForSearch(text))).toBe(foldForSearch(text));
  });
});

describe("FOLD_TABLE", () => {
  it("maps single characters to text that folding leaves alone (so one pass is enough, in SQL too)", () => {
    for (const [c, to] of FOLD_TABLE) {
      expect([...c]).toHaveLength(1);
      for (const out of to) expect(FOLD_TABLE.has(out), `${c} → ${to}`).toBe(false);
    }
  });

  it("lowers the ASCII capitals and leaves the rest of printable ASCII", () => {
    for (let code = 0x20; code < 0x7f; code++) {
      const c = String.fromCharCode(code);
      expect(FOLD_TABLE.get(c)).toBe(/[A-Z]/.test(c) ? c.toLowerCase() : undefined);
    }
  });

  it("covers every letter of Latin-1 and Latin Extended-A, with an accented letter folding to its base", () => {
    for (let code = 0xc0; code <= 0x17f; code++) {
      const c = String.fromCodePoint(code);
      if (!/\p{L}/u.test(c)) continue; // × and ÷
      const base = c.normalize("NFD").replace(/\p{M}/gu, "");
      if (/^[A-Za-z]$/.test(base)) expect(FOLD_TABLE.get(c), c).toBe(base.toLowerCase());
      else expect(FOLD_TABLE.get(c), c).toMatch(/^[a-z]+$/); // Æ Ø Ð Đ Ł Ŋ Ŧ ß Œ Þ …
    }
  });
});
