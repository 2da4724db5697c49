import { z } from "zod";
import { because } from "../rules/zod-violations";
import { optionalLong, requiredLine, requiredLong } from "../text/text-schemas";

/** The sizes a saved query may have: a name, a description, the query and its variables (characters). */
export const SAVED_QUERY_LIMITS = { name: 200, description: 2000, query: 20_000, variables: 20_000 } as const;

/**
 * Variables as the explorer's editor holds them: JSON text of one object (`{ "first": 10 }`), or
 * nothing. Stored as the parsed object; empty text or `{}` stores nothing.
 */
export const variablesText = z
  .string()
  .max(SAVED_QUERY_LIMITS.variables, because("text.tooLong", { max: SAVED_QUERY_LIMITS.variables }))
  .nullish()
  .transform((v, ctx) => {
    if (!v?.trim()) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(v);
    } catch {
      ctx.addIssue({ code: "custom", ...because("savedQuery.variablesNotJson") });
      return z.NEVER;
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      ctx.addIssue({ code: "custom", ...because("savedQuery.variablesNotObject") });
      return z.NEVER;
    }
    return Object.keys(parsed).length ? (parsed as Record<string, unknown>) : null;
  });

/**
 * A saved query of the explorer: its name, what it answers, the GraphQL text (checked to parse
 * by the API, which has the parser), its variables and whether everyone who may use the explorer
 * sees it.
 */
export const savedQuerySchema = z.object({
  name: requiredLine(SAVED_QUERY_LIMITS.name, "savedQuery.nameRequired"),
  description: optionalLong(SAVED_QUERY_LIMITS.description),
  query: requiredLong(SAVED_QUERY_LIMITS.query, "savedQuery.queryRequired"),
  variables: variablesText,
  shared: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
});
export type SavedQueryInput = z.input<typeof savedQuerySchema>;
