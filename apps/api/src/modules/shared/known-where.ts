import { getDatamodel } from "@bk/domain/pothos-types";

// biome-ignore lint/suspicious/noExplicitAny: a Prisma where fragment of any model.
type Where = Record<string, any>;
type Field = { name: string; kind: string; type: string; isRequired: boolean; relationFromFields?: string[] };

const models = getDatamodel().datamodel.models as unknown as Record<string, { fields: Field[] }>;
const fieldOf = (model: string, name: string) => models[model]?.fields.find((f) => f.name === name);

/** A filter that is about the value being missing or present: never unknown in SQL. */
const aboutNull = (filter: unknown) =>
  filter === null || (typeof filter === "object" && filter !== null && "not" in filter && (filter as Where).not === null);

/**
 * `a.b.c` + filter → `{ a: { b: { c: filter } } }`, made false (never SQL's unknown) where a value
 * on the way is missing: a nullable column gets `not: null`, a nullable relation its foreign key
 * `not: null`. So `NOT` reads as "everything else": `NOT { text: "q-jouren" }` keeps the grants
 * without a programme or a reference, and `NOT { amountGranted: { gt: 1000000 } }` those without
 * an amount. The Prisma client and whereSql (the aggregates) then agree row for row.
 */
export function knownWhere(model: string, path: string, filter: unknown): Where {
  const [head, ...rest] = path.split(".");
  const field = fieldOf(model, head);
  if (!field) throw new Error(`knownWhere: ${model} has no field ${head}`);
  if (field.kind === "object") {
    const inner = rest.length ? knownWhere(field.type, rest.join("."), filter) : filter;
    const key = field.relationFromFields?.[0];
    const fk = key && !fieldOf(model, key)?.isRequired ? { [key]: { not: null } } : {};
    return { ...fk, [head]: inner };
  }
  if (field.isRequired || aboutNull(filter)) return { [head]: filter };
  const ops =
    typeof filter === "object" && filter !== null && !(filter instanceof Date) && !("toFixed" in filter) ? filter : { equals: filter };
  return { [head]: { ...ops, not: null } };
}
