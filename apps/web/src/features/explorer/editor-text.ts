import { useMemo, useRef } from "react";

/** The query and variables the editor holds now. */
export type EditorText = { query: string; variables: string };

/**
 * Follows what the editor holds, to save it: what it was opened with, every edit, and what was
 * last run (GraphiQL tells of edits only, not of the text it restores from its own storage).
 */
export function useEditorText() {
  const text = useRef<EditorText>({ query: "", variables: "" });
  return useMemo(
    () => ({
      current: () => text.current,
      opened: (query = "", variables = "") => {
        text.current = { query, variables };
      },
      onEditQuery: (query: string) => {
        text.current = { ...text.current, query };
      },
      onEditVariables: (variables: string) => {
        text.current = { ...text.current, variables };
      },
      ran: ({ query, variables }: { query?: string; variables?: unknown }) => {
        if (!query) return;
        const given = variables && typeof variables === "object" && Object.keys(variables).length;
        text.current = { query, variables: given ? JSON.stringify(variables, null, 2) : text.current.variables };
      },
    }),
    [],
  );
}
