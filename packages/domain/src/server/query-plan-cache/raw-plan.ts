/**
 * Raw SQL (`$queryRaw`, `$executeRaw`) through Prisma 6's query compiler: its plan is the statement
 * as written, with its parameters' values and types (`{ type: "rawSql", sql, args, argTypes }`). The
 * compiler still parses the JSON of every call in WebAssembly to write it, which for the session
 * look-up every request starts with was a twentieth of an empty request's time. One plan serves every
 * call of the same statement whose parameters have the same types: only the values change.
 */

import { INT4_MAX, INT4_MIN, isObject, type Json } from "./parameterize";

/**
 * A parameter's type as far as its plan goes, or null for one left to the compiler: numbers beyond
 * INT4 and non-finite ones, tagged values other than dates (decimals, big integers, bytes, JSON),
 * lists of mixed or such types.
 */
function typeOf(value: Json): string | null {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
      return "string";
    case "boolean":
      return "boolean";
    case "number":
      if (Number.isInteger(value)) return value >= INT4_MIN && value <= INT4_MAX ? "int" : null;
      return Number.isFinite(value) ? "float" : null;
    case "object": {
      if (Array.isArray(value)) {
        const items = new Set(value.map(typeOf));
        if (items.has(null) || items.size > 1) return null;
        return `list<${[...items][0] ?? ""}>`;
      }
      const tagged = value as Record<string, Json>;
      return tagged.prisma__type === "date" && typeof tagged.prisma__value === "string" ? "date" : null;
    }
    default:
      return null;
  }
}

/** A parameter's value as the plan carries it: a date as its ISO text, everything else as sent. */
const planValue = (value: Json): Json =>
  Array.isArray(value) ? value.map(planValue) : isObject(value) && value.prisma__type === "date" ? value.prisma__value : value;

export type RawShape = { key: string; sql: string; args: Json[] };

/** A raw statement's key (its action, SQL and parameters' types) and its values, or null when it is not one to keep. */
export function rawShape(query: Json): RawShape | null {
  if (!isObject(query) || (query.action !== "queryRaw" && query.action !== "executeRaw") || "modelName" in query) return null;
  const body = query.query;
  if (!isObject(body) || Object.keys(body).some((key) => key !== "arguments" && key !== "selection")) return null;
  const { arguments: args, selection } = body;
  if (!isObject(args) || typeof args.query !== "string" || typeof args.parameters !== "string") return null;
  if (Object.keys(args).length !== 2 || !isObject(selection) || Object.keys(selection).length) return null;
  const parameters = JSON.parse(args.parameters) as Json;
  if (!Array.isArray(parameters)) return null;
  const types = parameters.map(typeOf);
  if (types.includes(null)) return null;
  return { key: JSON.stringify([query.action, args.query, types]), sql: args.query, args: parameters.map(planValue) };
}

type RawPlan = { type: string; args: { type: "rawSql"; sql: string; args: Json[]; argTypes: Record<string, Json>[] } };

/**
 * Whether the compiler's plan is the statement as written with exactly these values (what
 * bindRawPlan rebinds); a plan of another form is not kept.
 */
export function isRawPlan(plan: Json, shape: RawShape): plan is RawPlan {
  if (!isObject(plan) || (plan.type !== "query" && plan.type !== "execute") || Object.keys(plan).length !== 2) return false;
  const args = plan.args;
  if (!isObject(args) || args.type !== "rawSql" || args.sql !== shape.sql || Object.keys(args).length !== 4) return false;
  return (
    Array.isArray(args.argTypes) &&
    args.argTypes.length === shape.args.length &&
    args.argTypes.every(isObject) &&
    JSON.stringify(args.args) === JSON.stringify(shape.args)
  );
}

/** The plan of the same statement with other values of the same types: a new object, the kept plan is never handed out. */
export function bindRawPlan(plan: RawPlan, values: Json[]): RawPlan {
  return {
    type: plan.type,
    args: { type: "rawSql", sql: plan.args.sql, args: values, argTypes: plan.args.argTypes.map((t) => ({ ...t })) },
  };
}
