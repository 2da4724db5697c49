import { foldForSearch } from "@bk/domain";
import { getDatamodel } from "@bk/domain/pothos-types";
import type { Context } from "../../context";
import { likeLiteral } from "./like-literal";

type Field = { name: string; kind: string; type: string; relationFromFields?: string[] };
// biome-ignore lint/suspicious/noExplicitAny: the values arrive as validated GraphQL input.
type Args = Record<string, any> | null | undefined;

const models = getDatamodel().datamodel.models as unknown as Record<string, { fields: Field[] }>;

/** A free-text column of a related row: `funder.searchText` of a grant is Organisation.searchText through funderId. */
export type RelatedText = { foreignKey: string; model: string; column: string; folded: boolean };

/** The relation a searched path goes through, if it is one hop over a foreign key of the listed model. */
export function relatedText(model: string, path: string, folded: boolean): RelatedText | null {
  const [relation, column, ...rest] = path.split(".");
  if (!column || rest.length) return null;
  const field = models[model]?.fields.find((f) => f.name === relation);
  const foreignKey = field?.kind === "object" ? field.relationFromFields?.[0] : undefined;
  return foreignKey && field ? { foreignKey, model: field.type, column, folded } : null;
}

/**
 * At most this many related rows stand in for a text search of theirs; beyond, the search stays a
 * join (a word as common as "stöd" in a county's organisation names is as quick either way).
 */
export const MAX_TEXT_MATCHES = 1000;

/**
 * At most this many searched texts of one request are looked up (a few statements each); further
 * ones, in a filter of many ORs, stay joins, so a request cannot turn into hundreds of look-ups.
 */
export const MAX_LOOKED_UP_TEXTS = 5;

/** The searched text as its column holds it: folded for the generated searchText columns, else as typed (ILIKE). */
export const textPattern = (text: string, folded: boolean) => (folded ? foldForSearch(text.trim()) : text.trim());

const keyOf = (r: Pick<RelatedText, "model" | "column" | "folded">, pattern: string) => `${r.model}.${r.column}|${r.folded}|${pattern}`;

/** A look-up under way (`found`), and once done its ids, or null for too many. */
type Entry = { found: Promise<void>; ids?: string[] | null };
type Memo = Map<string, Entry>;
const memoOf = (ctx: Pick<Context, "loaders">): Memo => {
  const memo = (ctx.loaders.get("textMatches") as Memo | undefined) ?? new Map();
  ctx.loaders.set("textMatches", memo);
  return memo;
};

/** Every `text` value of a where, in its AND/OR/NOT too. */
function textsOf(where: Args, out: string[] = []): string[] {
  if (!where) return out;
  for (const [name, value] of Object.entries(where)) {
    if (value == null) continue;
    if (name === "text") out.push(String(value));
    else if (name === "AND" || name === "OR" || name === "NOT") for (const w of Array.isArray(value) ? value : [value]) textsOf(w, out);
  }
  return out;
}

export type TextMatches = (r: RelatedText, pattern: string) => string[] | null | undefined;

/**
 * Looks up, once per request, the related rows each free-text search of `where` finds (the
 * organisations, projects and programmes whose text holds it: each an indexed look-up), so that the
 * list's own statement filters by their keys (indexed) instead of joining every related table to
 * every row. Returns what buildWhere reads; a search not looked up (or with too many matches) stays a join.
 */
export async function knowTextMatches(
  ctx: Pick<Context, "prisma" | "loaders">,
  spec: { model: string; text?: string[]; foldedText?: string[] },
  where: Args,
): Promise<TextMatches> {
  const memo = memoOf(ctx);
  const related = [
    ...(spec.text ?? []).map((p) => relatedText(spec.model, p, false)),
    ...(spec.foldedText ?? []).map((p) => relatedText(spec.model, p, true)),
  ].filter((r) => r !== null);
  for (const text of [...new Set(textsOf(where))].slice(0, MAX_LOOKED_UP_TEXTS)) {
    for (const r of related) {
      const pattern = textPattern(text, r.folded);
      const key = keyOf(r, pattern);
      if (!pattern || memo.has(key)) continue;
      const contains = likeLiteral(pattern);
      // biome-ignore lint/suspicious/noExplicitAny: the related model is chosen by the spec.
      const delegate = (ctx.prisma as any)[r.model[0].toLowerCase() + r.model.slice(1)];
      const entry: Entry = {
        found: delegate
          .findMany({
            where: { [r.column]: r.folded ? { contains } : { contains, mode: "insensitive" } },
            select: { id: true },
            take: MAX_TEXT_MATCHES + 1,
          })
          .then((rows: { id: string }[]) => {
            entry.ids = rows.length > MAX_TEXT_MATCHES ? null : rows.map((row) => row.id);
          }),
      };
      memo.set(key, entry);
    }
  }
  await Promise.all([...memo.values()].map((e) => e.found));
  return textMatchesOf(ctx);
}

/** What knowTextMatches has looked up in this request (undefined: not looked up, or not yet). */
export function textMatchesOf(ctx: Pick<Context, "loaders">): TextMatches {
  const memo = memoOf(ctx);
  return (r, pattern) => memo.get(keyOf(r, pattern))?.ids;
}
