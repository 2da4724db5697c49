/**
 * A compiled plan with its placeholders (`{ prisma__type: "param", prisma__value: { name } }`)
 * replaced by the values, as the compiler would have written them for the literal query. A new
 * object throughout: plans from the cache are shared and never handed out themselves.
 */
export function bindPlan(plan: unknown, values: Record<string, unknown>): unknown {
  if (Array.isArray(plan)) return plan.map((item) => bindPlan(item, values));
  if (typeof plan !== "object" || plan === null) return plan;
  const node = plan as Record<string, unknown>;
  if (node.prisma__type === "param") {
    const name = (node.prisma__value as { name?: string } | undefined)?.name;
    if (name !== undefined && Object.hasOwn(values, name)) return values[name];
  }
  const out: Record<string, unknown> = {};
  for (const key in node) out[key] = bindPlan(node[key], values);
  return out;
}

const ENUM_CAST = /CAST\(\?::text AS "[^"]+"\."[^"]+"\)/g;

/**
 * A plan as it acts: its statements' SQL with `?` for parameters and their values as text. The
 * compiler writes a placeholder a little differently from a literal, to the same effect: an enum
 * value compared without `CAST(… AS "Enum")` (PostgreSQL infers the parameter's type from the
 * column), an integer sent as a number rather than as text, and parameter types to match.
 */
function acting(plan: unknown): unknown {
  if (Array.isArray(plan)) return plan.map(acting);
  if (typeof plan !== "object" || plan === null) return plan;
  const node = plan as Record<string, unknown>;
  if (Array.isArray(node.fragments) && Array.isArray(node.args)) {
    const sql = (node.fragments as { type: string; chunk?: string }[])
      .map((f) => (f.type === "stringChunk" ? f.chunk : f.type === "parameter" ? "?" : `<${f.type}>`))
      .join("")
      .replace(ENUM_CAST, "?");
    const { fragments: _f, args, argTypes: _t, ...rest } = node;
    return { ...(acting(rest) as object), sql, args: (args as unknown[]).map(asText) };
  }
  const out: Record<string, unknown> = {};
  for (const key in node) out[key] = acting(node[key]);
  return out;
}

const asText = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(asText) : typeof value === "object" ? JSON.stringify(value) : String(value);

/** Whether two plans run the same statements with the same values and build the same result. */
export function samePlan(a: unknown, b: unknown): boolean {
  return JSON.stringify(acting(a)) === JSON.stringify(acting(b));
}
