import { ATTENTION_ORDER, type AttentionItem, type AttentionKind, formatIsoDate, parseIsoDate, unsafeTextReason } from "@bk/domain";

/**
 * Where an item stands in the attention list: what the list is ordered by (kind, due date, grant
 * title, grant, text, item). A cursor holds it, so that the next page starts after that item
 * wherever it now stands: a condition fulfilled or a decision made between two pages shifts no
 * item past the page edge (a cursor by position skipped one).
 */
export type AttentionPosition = Pick<AttentionItem, "kind" | "grantTitle" | "grantId" | "text" | "itemId"> & {
  /** The due date as a day (YYYY-MM-DD), or null. */
  dueDate: string | null;
};

const PREFIX = "attention:";
/** A text the database can hold and this API would accept (no NUL or lone surrogates: PostgreSQL refuses them). */
const isText = (v: unknown): v is string => typeof v === "string" && !unsafeTextReason(v, "long");
/** An id as the database holds them (uuid text): short, one line (as the argument guard requires of ids). */
const isId = (v: unknown): v is string => typeof v === "string" && v.length > 0 && v.length <= 200 && !unsafeTextReason(v, "line");

/** An item's position in the list. */
export const positionOf = (item: AttentionItem): AttentionPosition => ({
  kind: item.kind,
  dueDate: item.dueDate && formatIsoDate(item.dueDate),
  grantTitle: item.grantTitle,
  grantId: item.grantId,
  text: item.text,
  itemId: item.itemId,
});

/** The cursor of an item: its position, as text the client hands back in `after`. */
export function attentionCursor(item: AttentionItem): string {
  const p = positionOf(item);
  return Buffer.from(PREFIX + JSON.stringify([p.kind, p.dueDate, p.grantTitle, p.grantId, p.text, p.itemId])).toString("base64");
}

/** The position a cursor holds, or null when it is none this API gives out. */
export function attentionPosition(cursor: string): AttentionPosition | null {
  let decoded: unknown;
  try {
    const text = Buffer.from(cursor, "base64").toString("utf8");
    if (!text.startsWith(PREFIX)) return null;
    decoded = JSON.parse(text.slice(PREFIX.length));
  } catch {
    return null;
  }
  if (!Array.isArray(decoded) || decoded.length !== 6) return null;
  const [kind, dueDate, grantTitle, grantId, text, itemId] = decoded as unknown[];
  if (!ATTENTION_ORDER.includes(kind as AttentionKind)) return null;
  // A day that is one (2023-02-30 is not, though Date.parse takes it; nor is year 0, which PostgreSQL refuses).
  if (dueDate !== null && (typeof dueDate !== "string" || !parseIsoDate(dueDate))) return null;
  if (!isText(grantTitle) || !isText(text) || !isId(grantId)) return null;
  if (itemId !== null && !isId(itemId)) return null;
  return { kind: kind as AttentionKind, dueDate, grantTitle, grantId, text, itemId };
}
