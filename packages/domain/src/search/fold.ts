/**
 * Folds text for search: lower case without diacritics, so "hasselby" finds Hässelby-Vällingby
 * and "vald" finds våld. The database's generated `searchText` columns use `bk_fold`, which maps
 * the same characters (see the migration 20261122010000_audit_and_search).
 */
const EXTRA: Record<string, string> = { ø: "o", Ø: "o", æ: "a", Æ: "a" };

export function foldForSearch(text: string): string {
  return text
    .replace(/[øØæÆ]/g, (c) => EXTRA[c])
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim()
    .replace(/\s+/g, " ");
}
