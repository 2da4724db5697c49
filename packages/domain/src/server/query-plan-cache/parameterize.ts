/**
 * Turns a Prisma JSON-protocol query into its shape and its values: the values of `where` filters on
 * scalar columns become placeholders (`{ $type: "Param", value: name }`, which Prisma 6's query
 * compiler accepts), so that one compiled plan serves every query of the same shape. Everything
 * else stays in the shape as it is (selections, ordering, `take`/`skip`, `mode`, pattern filters,
 * nulls, lists of columns, JSON filters): it either shapes the SQL or is compiled into it in a way a
 * placeholder cannot stand for. A value of the wrong type for its column also stays, so that the
 * compiler still reports it. Whether the compiled shape answers like the literal query is checked
 * once per shape (plan-cache.ts); this module only decides what may be a placeholder.
 */
export type FieldInfo = { name: string; kind: string; type: string; isList: boolean };
export type Datamodel = {
  models: Record<string, { fields: FieldInfo[] }>;
  /** Each enum's values: another value stays literal, for the compiler to report. */
  enums: Record<string, Record<string, string>>;
};

export const INT4_MIN = -(2 ** 31);
export const INT4_MAX = 2 ** 31 - 1;

/** Filter operators whose operand is one value of the column's type, put in the SQL as a bind parameter. */
const VALUE_OPERATORS = new Set(["equals", "not", "lt", "lte", "gt", "gte"]);
/** Operators whose operand is a list of such values (each item its own parameter; the length stays in the shape). */
const LIST_OPERATORS = new Set(["in", "notIn"]);
const RELATION_OPERATORS = new Set(["is", "isNot", "some", "every", "none"]);
/** Operators compiled with their text in the SQL pattern: a query holding one is not worth keeping (each search its own). */
const PATTERN_OPERATORS = new Set(["contains", "startsWith", "endsWith", "search"]);
const COMBINATORS = new Set(["AND", "OR", "NOT"]);

export type Json = unknown;
type Tagged = { $type: string; value: unknown };

export const isObject = (value: Json): value is Record<string, Json> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isTagged = (value: Json): value is Tagged => isObject(value) && typeof value.$type === "string";

/** The value as a placeholder stands for it in the plan, if it is valid for the column; otherwise undefined. */
function parameterValue(datamodel: Datamodel, field: FieldInfo, value: Json): unknown {
  if (field.kind === "enum")
    return typeof value === "string" && Object.hasOwn(datamodel.enums[field.type] ?? {}, value) ? value : undefined;
  switch (field.type) {
    case "String":
      return typeof value === "string" ? value : undefined;
    case "Boolean":
      return typeof value === "boolean" ? value : undefined;
    case "Int":
      return Number.isInteger(value) && (value as number) >= INT4_MIN && (value as number) <= INT4_MAX ? value : undefined;
    case "Float":
      return typeof value === "number" && Number.isFinite(value) ? value : undefined;
    // The client sends these tagged ({ $type: "DateTime", value: ISO text }); plain text or numbers are
    // left to the compiler, which formats them its own way.
    case "DateTime":
    case "Decimal":
    case "BigInt":
      return isTagged(value) && value.$type === field.type && typeof value.value === "string" ? value.value : undefined;
    default:
      return undefined;
  }
}

/**
 * The query's shape and its values; `cacheable` is false for a query whose plan is not worth
 * keeping: raw SQL (compiled at no cost), a write's data, a text pattern (each search its own shape).
 */
export type Parameterized = { shape: Json; values: Record<string, unknown>; cacheable: boolean };

class Parameterizer {
  readonly values: Record<string, unknown> = {};
  cacheable = true;
  #next = 0;
  #fields = new Map<string, Map<string, FieldInfo>>();

  constructor(private readonly datamodel: Datamodel) {}

  fieldsOf(model: string): Map<string, FieldInfo> | undefined {
    let fields = this.#fields.get(model);
    if (!fields) {
      const found = this.datamodel.models[model];
      if (!found) return undefined;
      fields = new Map(found.fields.map((f) => [f.name, f]));
      this.#fields.set(model, fields);
    }
    return fields;
  }

  placeholder(value: unknown): Tagged {
    const name = `p${this.#next++}`;
    this.values[name] = value;
    return { $type: "Param", value: name };
  }

  /** `{ arguments, selection }` of a model: its where, and the relations it selects with their own. */
  query(node: Json, model: string): Json {
    if (!isObject(node)) return node;
    const fields = this.fieldsOf(model);
    if (!fields) return node;
    const out: Record<string, Json> = { ...node };
    if (isObject(node.arguments) && node.arguments.data !== undefined) this.cacheable = false;
    if (isObject(node.arguments) && node.arguments.where !== undefined) {
      out.arguments = { ...node.arguments, where: this.where(node.arguments.where, model) };
    }
    if (isObject(node.selection)) {
      const selection: Record<string, Json> = {};
      for (const [key, value] of Object.entries(node.selection)) {
        const field = fields.get(key);
        selection[key] = field?.kind === "object" && isObject(value) ? this.query(value, field.type) : value;
      }
      out.selection = selection;
    }
    return out;
  }

  where(where: Json, model: string): Json {
    if (Array.isArray(where)) return where.map((w) => this.where(w, model));
    if (!isObject(where)) return where;
    const fields = this.fieldsOf(model);
    if (!fields) return where;
    const out: Record<string, Json> = {};
    for (const [key, value] of Object.entries(where)) {
      const field = fields.get(key);
      if (COMBINATORS.has(key)) out[key] = this.where(value, model);
      else if (!field) out[key] = value;
      else if (field.kind === "object") out[key] = this.relationFilter(value, field.type);
      else if (field.isList || (field.kind !== "scalar" && field.kind !== "enum")) out[key] = value;
      else out[key] = this.scalarFilter(value, field);
    }
    return out;
  }

  relationFilter(filter: Json, model: string): Json {
    if (!isObject(filter)) return filter;
    const keys = Object.keys(filter);
    if (keys.length > 0 && keys.every((k) => RELATION_OPERATORS.has(k))) {
      const out: Record<string, Json> = {};
      for (const [op, nested] of Object.entries(filter)) out[op] = this.where(nested, model);
      return out;
    }
    return this.where(filter, model); // a to-one relation filtered by its fields directly
  }

  scalarFilter(filter: Json, field: FieldInfo): Json {
    const direct = parameterValue(this.datamodel, field, filter);
    if (direct !== undefined) return this.placeholder(direct);
    if (isObject(filter) && Object.keys(filter).some((op) => PATTERN_OPERATORS.has(op))) this.cacheable = false;
    // Operators on text compiled with `mode` (ILIKE, lower()) keep their values.
    if (!isObject(filter) || isTagged(filter) || "mode" in filter) return filter;
    const out: Record<string, Json> = {};
    for (const [op, operand] of Object.entries(filter)) {
      if (VALUE_OPERATORS.has(op)) {
        const value = parameterValue(this.datamodel, field, operand);
        out[op] = value !== undefined ? this.placeholder(value) : op === "not" ? this.scalarFilter(operand, field) : operand;
      } else if (LIST_OPERATORS.has(op) && Array.isArray(operand)) {
        out[op] = operand.map((item) => {
          const value = parameterValue(this.datamodel, field, item);
          return value !== undefined ? this.placeholder(value) : item;
        });
      } else out[op] = operand;
    }
    return out;
  }
}

/** One query of the JSON protocol: `{ modelName, action, query }`. */
export function parameterizeQuery(query: Json, datamodel: Datamodel): Parameterized {
  const p = new Parameterizer(datamodel);
  if (!isObject(query) || typeof query.modelName !== "string") return { shape: query, values: {}, cacheable: false };
  const shape = { ...query, query: p.query(query.query, query.modelName) };
  return { shape, values: p.values, cacheable: p.cacheable };
}

/** A batch (`{ batch: [query…], transaction }`): every query's placeholders named apart. */
export function parameterizeBatch(batch: Json, datamodel: Datamodel): Parameterized {
  if (!isObject(batch) || !Array.isArray(batch.batch)) return { shape: batch, values: {}, cacheable: false };
  const p = new Parameterizer(datamodel);
  const queries = batch.batch.map((q) => {
    if (isObject(q) && typeof q.modelName === "string") return { ...q, query: p.query(q.query, q.modelName) };
    p.cacheable = false;
    return q;
  });
  return { shape: { ...batch, batch: queries }, values: p.values, cacheable: p.cacheable };
}
