// @vitest-environment jsdom
import { renderHook } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { useEditorText } from "./editor-text";

describe("what the editor holds, to save it", () => {
  beforeEach(() => window.localStorage.clear());

  it("is what GraphiQL restored from the last session until the editor is opened, edited or run", () => {
    window.localStorage.setItem("graphiql:query", "{ grants { totalCount } }");
    window.localStorage.setItem("graphiql:variables", '{ "first": 5 }');
    const { result } = renderHook(() => useEditorText());
    expect(result.current.current()).toEqual({ query: "{ grants { totalCount } }", variables: '{ "first": 5 }' });
    result.current.onEditQuery("{ projects { totalCount } }");
    expect(result.current.current()).toEqual({ query: "{ projects { totalCount } }", variables: '{ "first": 5 }' });
  });

  it("follows an opened query, then its edits, and what was run with its variables", () => {
    const { result, rerender } = renderHook(() => useEditorText());
    result.current.opened("query A { grants { totalCount } }", "");
    result.current.onEditVariables('{ "year": 2008 }');
    rerender();
    expect(result.current.current()).toEqual({ query: "query A { grants { totalCount } }", variables: '{ "year": 2008 }' });
    result.current.ran({ query: "query B($year: Int) { grants { totalCount } }", variables: { year: 2009 } });
    expect(result.current.current()).toEqual({
      query: "query B($year: Int) { grants { totalCount } }",
      variables: JSON.stringify({ year: 2009 }, null, 2),
    });
    // A run without variables keeps those in the editor; GraphiQL's own introspection (no query) changes nothing.
    result.current.ran({ query: "query C { grants { totalCount } }", variables: undefined });
    result.current.ran({});
    expect(result.current.current().variables).toBe(JSON.stringify({ year: 2009 }, null, 2));
    expect(result.current.current().query).toBe("query C { grants { totalCount } }");
  });
});
