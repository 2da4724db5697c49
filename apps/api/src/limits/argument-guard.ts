import type { ApolloServerPlugin } from "@apollo/server";
import { type ReasonKey, type ReasonParams, unsafeTextReason } from "@bk/domain";
import { parsePrismaCursor } from "@pothos/plugin-prisma";
import { cursorToOffset, decodeGlobalID } from "@pothos/plugin-relay";
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { AppError } from "../refusal";

/** Limits that hold for every argument of every field; the domain's schemas check each field's own. */
export const ARGUMENT_LIMITS = { textLength: 50_000, listLength: 1_000, number: 1e12, page: 100, nodes: 100 } as const;

/** What is wrong with an argument: BAD_USER_INPUT, or NOT_FOUND for a `node` id that is no id here. */
type Problem = { field: string; reason: ReasonKey; params?: ReasonParams; code?: "NOT_FOUND" };

/** A global id whose decoded id holds what no id may (a NUL byte breaks the database). */
function badId(value: string): boolean {
  try {
    const { id } = decodeGlobalID(value);
    return id.length > 200 || unsafeTextReason(id, "line") !== null;
  } catch {
    return false; // not a global id at all: the field's own check names it
  }
}

function checkValue(value: unknown, type: GraphQLInputType, path: string): Problem | null {
  if (value == null) return null;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (Array.isArray(value)) {
    if (value.length > ARGUMENT_LIMITS.listLength)
      return { field: path, reason: "argument.tooManyValues", params: { max: ARGUMENT_LIMITS.listLength } };
    const itemType = isListType(inner) ? inner.ofType : inner;
    for (const [i, item] of value.entries()) {
      const problem = checkValue(item, itemType, `${path}.${i}`);
      if (problem) return problem;
    }
    return null;
  }
  if (isInputObjectType(inner) && typeof value === "object") {
    const fields = inner.getFields();
    for (const [key, item] of Object.entries(value)) {
      const problem = fields[key] ? checkValue(item, fields[key].type, `${path}.${key}`) : null;
      if (problem) return problem;
    }
    return null;
  }
  if (typeof value === "string") {
    if (value.length > ARGUMENT_LIMITS.textLength)
      return { field: path, reason: "argument.textTooLong", params: { max: ARGUMENT_LIMITS.textLength } };
    const reason = unsafeTextReason(value, "long");
    if (reason) return { field: path, reason };
    if (getNamedType(inner)?.name === "ID" && badId(value))
      return { field: path, reason: "id.unknown", params: { value: JSON.stringify(value) } };
    return null;
  }
  if (typeof value === "number" && (!Number.isFinite(value) || Math.abs(value) > ARGUMENT_LIMITS.number)) {
    return { field: path, reason: "argument.numberTooLarge" };
  }
  return null;
}

/**
 * A connection that pages otherwise than the lists (e.g. groups of an aggregate) says so in its
 * field's `extensions.paging`: its own largest page, and its cursors: offsets, not ids, or its
 * own kind, which the function given tells from any other (e.g. the attention list's positions).
 */
export type Paging = { maxPage: number; cursor: "offset" | ((cursor: string) => boolean) };

/** Whether a cursor is one the API gives out: a list's string id (Prisma cursor), an offset, or the connection's own. */
function validCursor(cursor: unknown, paging: Paging | undefined): boolean {
  try {
    if (typeof paging?.cursor === "function") return paging.cursor(String(cursor));
    if (paging?.cursor === "offset") return Number.isSafeInteger(cursorToOffset(String(cursor))) && cursorToOffset(String(cursor)) >= 0;
    const id = parsePrismaCursor(cursor);
    return typeof id === "string" && id.length <= 200 && !unsafeTextReason(id, "line");
  } catch {
    return false;
  }
}

function checkConnection(args: Record<string, unknown>, paging: Paging | undefined): Problem | null {
  const max = paging?.maxPage ?? ARGUMENT_LIMITS.page;
  for (const key of ["first", "last"]) {
    const n = args[key];
    if (n != null && (typeof n !== "number" || n < 1 || n > max)) {
      return { field: key, reason: "value.between", params: { min: 1, max, value: String(n) } };
    }
  }
  for (const key of ["after", "before"]) {
    // Every list here pages by its string id: anything else was not given out by this API.
    if (args[key] != null && !validCursor(args[key], paging)) return { field: key, reason: "cursor.invalid" };
  }
  return null;
}

function checkNodeIds(schema: GraphQLSchema, args: Record<string, unknown>): Problem | null {
  if (Array.isArray(args.ids) && args.ids.length > ARGUMENT_LIMITS.nodes)
    return { field: "ids", reason: "id.tooMany", params: { max: ARGUMENT_LIMITS.nodes } };
  const ids = Array.isArray(args.ids) ? args.ids.map((id, i) => [`ids.${i}`, id] as const) : [["id", args.id] as const];
  for (const [field, id] of ids) {
    let typename: string | null = null;
    try {
      typename = decodeGlobalID(String(id)).typename;
    } catch {
      // not an id of this API
    }
    const type = typename ? schema.getType(typename) : null;
    if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === "Node")) {
      return { field, reason: "id.unknown", params: { value: JSON.stringify(id) }, code: "NOT_FOUND" };
    }
  }
  return null;
}

/** The first argument in the operation that no field may take, wherever it is nested. */
export function findBadArgument(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Problem | null {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode, type: GraphQLNamedType | null | undefined): Problem | null => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        seen.add(fragment.name.value);
        const problem = walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value));
        if (problem) return problem;
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const problem = walk(selection.selectionSet, selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type);
        if (problem) return problem;
        continue;
      }
      const field: GraphQLField<unknown, unknown> | undefined =
        isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
      if (!field) continue;
      if (field.args.length) {
        const args = getArgumentValues(field, selection, variables);
        const isNodeField = type === schema.getQueryType() && (field.name === "node" || field.name === "nodes");
        const problem =
          field.args.map((a) => checkValue(args[a.name], a.type, a.name)).find(Boolean) ??
          (field.args.some((a) => a.name === "after") ? checkConnection(args, field.extensions?.paging as Paging | undefined) : null) ??
          (isNodeField ? checkNodeIds(schema, args) : null);
        if (problem) return problem;
      }
      if (selection.selectionSet) {
        const problem = walk(selection.selectionSet, getNamedType(field.type));
        if (problem) return problem;
      }
    }
    return null;
  };
  return walk(operation.selectionSet, schema.getRootType(operation.operation));
}

/**
 * Refuses, before anything runs, an argument that no field may take, with BAD_USER_INPUT naming
 * it: text with control characters (a NUL byte breaks the database), unpaired direction marks
 * or more than 50 000 characters; an id that decodes to such text; a number beyond 10¹²; a list
 * of more than 1 000 values; a page size outside 1–100 (or the field's own `extensions.paging`); a cursor this API did not give out; a
 * `node` id that is no id here, or more than 100 of them in `nodes`.
 */
export function argumentGuardPlugin<C extends object>(schema: GraphQLSchema): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          // Variables that do not fit their types are refused by execution itself, naming the variable.
          if (coerced.errors) return;
          const problem = findBadArgument(schema, document, operation, coerced.coerced);
          if (problem) {
            const { code = "BAD_USER_INPUT", ...refusal } = problem;
            throw new AppError({ code, ...refusal }, { http: { status: code === "NOT_FOUND" ? 404 : 400 } });
          }
        },
      };
    },
  };
}
