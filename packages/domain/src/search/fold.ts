/**
 * Folding for search: "hasselby" finds Hässelby-Vällingby, "vald" finds våld, "cacak" finds Čačak.
 *
 * One rule, two places: foldForSearch() folds the user's query here, and the database function
 * `bk_fold` folds the stored text into the generated `searchText` columns. The SQL of `bk_fold` is
 * generated from FOLD_TABLE (foldFunctionSql() in fold-sql.ts), and fold-sql.test.ts requires the
 * latest migration to hold exactly that SQL and both sides to fold a list of strings alike, so the
 * two cannot drift apart. Changing the table therefore means a new migration (the test prints it).
 *
 * The rule, chosen so that PostgreSQL can do exactly the same with translate() and replace():
 * - every character in the table becomes its replacement (one letter, several letters, or
 *   nothing); every other character stays as it is. ASCII capitals are in the table too, so
 *   neither side uses a locale's lower case (PostgreSQL's lower() depends on the database's
 *   locale: under C only ASCII, under C.UTF-8 also Å). A capital not in the table (Greek,
 *   Cyrillic) stays a capital on both sides and is then found only as written.
 * - then runs of spaces become one space, and a space at either end goes.
 *
 * Letter errors of OCR scans ("Hasselby-Villingby" for Hässelby-Vällingby, "lén" for län) are not
 * folding's business: the seed repairs the Swedish of the source documents.
 */

/** The characters from `from` to `to`, both included. */
function range(from: number, to: number): string {
  let out = "";
  for (let c = from; c <= to; c++) out += String.fromCodePoint(c);
  return out;
}

/** [replacement, characters that become it]. Each character appears once (tableOf refuses a second). */
const GROUPS: readonly (readonly [to: string, from: string])[] = [
  // Letters: the ASCII capital, then every letter of Latin-1 and Latin Extended-A with that base
  // letter (Swedish, Finnish, Norwegian, Danish, German, French, Spanish, Polish, Czech, Turkish,
  // Bosnian/Croatian/Serbian Latin Ć Č Đ Š Ž, the Sámi Á Č Đ Ŋ Š Ŧ Ž Ï and Skolt Ǧ Ǩ Ǯ, Romanian
  // Ș Ț and the pinyin tones). Æ folds like Ä and Ø like Ö, as Swedes write them: "barum" finds Bærum.
  ["a", "AÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎÆæ"],
  ["b", "B"],
  ["c", "CÇçĆćĈĉĊċČč"],
  ["d", "DĎďĐđÐð"],
  ["e", "EÈÉÊËèéêëĒēĔĕĖėĘęĚě"],
  ["f", "F"],
  ["g", "GĜĝĞğĠġĢģǦǧ"],
  ["h", "HĤĥĦħ"],
  ["i", "IÌÍÎÏìíîïĨĩĪīĬĭĮįİıǏǐ"],
  ["j", "JĴĵ"],
  ["k", "KĶķĸǨǩ"],
  ["l", "LĹĺĻļĽľĿŀŁł"],
  ["m", "M"],
  ["n", "NÑñŃńŅņŇňŉŊŋ"],
  ["o", "OÒÓÔÕÖòóôõöŌōŎŏŐőǑǒØø"],
  ["p", "P"],
  ["q", "Q"],
  ["r", "RŔŕŖŗŘř"],
  ["s", "SŚśŜŝŞşŠšȘșſ"],
  ["t", "TŢţŤťȚțŦŧ"],
  ["u", "UÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųǓǔǕǖǗǘǙǚǛǜ"],
  ["v", "V"],
  ["w", "WŴŵ"],
  ["x", "X"],
  ["y", "YÝýÿŶŷŸ"],
  ["z", "ZŹźŻżŽžǮǯ"],
  // One letter for several, as they are written without it ("strasse", "coeur", "Thorshavn"), and
  // the printers' ligatures that PDF text and OCR bring ("ﬁnansiering").
  ["ss", "ßẞ"],
  ["oe", "Œœ"],
  ["th", "Þþ"],
  ["ij", "Ĳĳ"],
  ["ff", "ﬀ"],
  ["fi", "ﬁ"],
  ["fl", "ﬂ"],
  ["ffi", "ﬃ"],
  ["ffl", "ﬄ"],
  ["st", "ﬅﬆ"],
  // Every kind of space (tab, line break, no-break space, thin space …) is a space.
  [" ", `\t\n\v\f\r\u0085\u00a0\u1680${range(0x2000, 0x200a)}\u2028\u2029\u202f\u205f\u3000`],
  // Invisible: soft hyphen, zero-width space and joiners, word joiner, byte order mark; and the
  // combining accents of decomposed text ("a" + U+0308 is "ä" as macOS and some PDFs write it).
  ["", `\u00ad\u200b\u200c\u200d\u2060\ufeff${range(0x0300, 0x036f)}`],
  // Dashes, apostrophes and quotes as typed on a keyboard ("Hässelby–Vällingby" with an en dash).
  ["-", "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"],
  ["'", "\u2018\u2019\u201a\u201b\u2032\u00b4\u02bc"],
  ['"', "\u201c\u201d\u201e\u201f\u2033"],
];

/** Each character that folding changes, and what it becomes ("" = removed). */
export const FOLD_TABLE: ReadonlyMap<string, string> = tableOf(GROUPS);

function tableOf(groups: typeof GROUPS): Map<string, string> {
  const table = new Map<string, string>();
  for (const [to, from] of groups) {
    for (const c of from) {
      // A character in two groups would fold by whichever came last: refuse it at once.
      if (table.has(c)) throw new Error(`FOLD_TABLE: ${c} (U+${c.codePointAt(0)?.toString(16)}) twice`);
      table.set(c, to);
    }
  }
  return table;
}

/** Folds text for search, exactly as the database's `bk_fold` does (see the top of this file). */
export function foldForSearch(text: string): string {
  let out = "";
  for (const c of text) out += FOLD_TABLE.get(c) ?? c;
  return out.replace(/ {2,}/g, " ").replace(/^ | $/g, "");
}
