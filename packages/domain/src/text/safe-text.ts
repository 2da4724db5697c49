import type { ReasonKey } from "../rules/reasons";

/**
 * Text that may be stored, searched or shown. Refused everywhere: control characters (C0 other
 * than tab, line feed and carriage return; DEL; C1), which the database rejects (NUL) or which
 * hide what a text says; unpaired bidirectional controls, which can make a name read as
 * something else ("Trojan Source"); and lone surrogates, which are not text at all. Line breaks
 * and tabs are allowed only where the field is a long text.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LINE_BREAK_OR_TAB = /[\t\n\r\u2028\u2029]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Embeddings and overrides (LRE, RLE, LRO, RLO) close with PDF; isolates (LRI, RLI, FSI) with PDI. */
const OPENS_EMBEDDING = new Set(["\u202a", "\u202b", "\u202d", "\u202e"]);
const OPENS_ISOLATE = new Set(["\u2066", "\u2067", "\u2068"]);

function bidiBalanced(value: string): boolean {
  const open: string[] = [];
  for (const ch of value) {
    if (OPENS_EMBEDDING.has(ch)) open.push("\u202c");
    else if (OPENS_ISOLATE.has(ch)) open.push("\u2069");
    else if (ch === "\u202c" || ch === "\u2069") {
      if (open.pop() !== ch) return false;
    } else if (ch === "\n") {
      // A paragraph break ends every embedding: each must be closed within its own line.
      if (open.length) return false;
    }
  }
  return open.length === 0;
}

export type TextKind = "line" | "long";

/**
 * In a one-line text (a name, a title, a number) also: direction overrides and embeddings, even
 * closed (a name that reads "Haninge knab" but is stored otherwise), and zero-width spaces and
 * joiners between words (a lookalike of another organisation's name). Isolates stay allowed:
 * they are how a right-to-left name is written correctly inside a Swedish text.
 */
const LINE_ONLY = /[\u202a-\u202e\u200b\u2060\ufeff]/;

/** Characters that show nothing: format characters, spaces, and blank letters (braille blank, Hangul fillers). */
const INVISIBLE = /[\p{Cf}\p{Z}\u2800\u3164\u115f\u1160\uffa0\u180e\s]/gu;

/** True when the text has something a reader can see (not only spaces and invisible characters). */
export const hasVisibleText = (value: string) => value.replace(INVISIBLE, "").length > 0;

/** Why a text may not be stored (a reason of the catalogue), or null when it may. */
export function unsafeTextReason(value: string, kind: TextKind = "line"): ReasonKey | null {
  if (CONTROL.test(value)) return "text.controlCharacters";
  if (LONE_SURROGATE.test(value)) return "text.invalidCharacters";
  if (kind === "line" && LINE_BREAK_OR_TAB.test(value)) return "text.lineBreaks";
  if (kind === "line" && LINE_ONLY.test(value)) return "text.hiddenMarks";
  if (!bidiBalanced(value)) return "text.unclosedDirection";
  return null;
}

/** Line breaks as "\n" (a browser or a script may send "\r\n" or "\r"). */
export const normaliseLineBreaks = (value: string) => value.replace(/\r\n?/g, "\n");
