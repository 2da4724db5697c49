import { useMemo, useRef } from "react";

/** The query and variables the editor holds now. */
export type EditorText = { query: string; variables: string };

/**
 * What GraphiQL restored from its own storage when it opened (the last session's query): it tells
 * of edits only, not of that text. Its keys are GraphiQL's (`graphiql:` + query/variables).
 */
function restored(key: "query" | "variables"): string {
  try {
    return window.localStorage.getItem(`graphiql:${key}`) ?? "";
  } catch {
    return "";
  }
}

/**
 * Follows what the editor holds, to save it: what it was opened with, every edit, and what was
 * last run; before any of these, what GraphiQL restored from the last session.
 */
export function useEditorText() {
  const text = useRef<EditorText | null>(null);
  return useMemo(() => {
    const now = (): EditorText => text.current ?? { query: restored("query"), variables: restored("variables") };
    return {
      current: now,
      opened: (query = "", variables = "") => {
        text.current = { query, variables };
      },
      onEditQuery: (query: string) => {
        text.current = { ...now(), query };
      },
      onEditVariables: (variables: string) => {
        text.current = { ...now(), variables };
      },
      ran: ({ query, variables }: { query?: string; variables?: unknown }) => {
        if (!query) return;
        const given = variables && typeof variables === "object" && Object.keys(variables).length;
        text.current = { query, variables: given ? JSON.stringify(variables, null, 2) : now().variables };
      },
    };
  }, []);
}
