/** A cell of the result table: a scalar from the response (null when absent). */
export type ResultCell = string | number | boolean | null;
export type ResultTable = { columns: string[]; rows: Record<string, ResultCell>[] };

type Row = Record<string, ResultCell>;

function join(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}

/** A Relay connection's nodes (edges[].node), or null when the value is not a connection. */
function connectionNodes(value: Record<string, unknown>): unknown[] | null {
  const edges = value.edges;
  if (!Array.isArray(edges)) return null;
  return edges.map((edge) => (edge && typeof edge === "object" && "node" in edge ? (edge as { node: unknown }).node : edge));
}

/**
 * An aggregate group's keys (`keys { dimension label … }`), one object per dimension: as one
 * object keyed by dimension, so that a group stays one row with a column per key
 * (`keys.YEAR.label`, `keys.FUNDER.label`) instead of a row per key. Null for any other list.
 */
function keysByDimension(value: unknown[]): Record<string, unknown> | null {
  const keyed = value.every((k) => k !== null && typeof k === "object" && typeof (k as Record<string, unknown>).dimension === "string");
  if (!keyed || value.length === 0) return null;
  return Object.fromEntries(
    value.map((k) => {
      const { dimension, ...rest } = k as Record<string, unknown>;
      return [dimension as string, rest];
    }),
  );
}

/**
 * The rows one value stands for. A scalar is one cell; a list (or a connection's nodes) is a row
 * per element; an object's scalar fields are dotted columns of the same row, and its lists give
 * it one row per element, repeating the object's own fields (several sibling lists one after the
 * other, not multiplied). An empty list leaves the object's row as it is.
 */
function rowsOf(value: unknown, prefix: string): Row[] {
  if (value === null || value === undefined) return [{ [prefix]: null }];
  if (Array.isArray(value)) {
    const keys = keysByDimension(value);
    return keys ? rowsOf(keys, prefix) : value.flatMap((element) => rowsOf(element, prefix));
  }
  if (typeof value !== "object") return [{ [prefix]: value as ResultCell }];
  const record = value as Record<string, unknown>;
  const nodes = connectionNodes(record);
  if (nodes) return nodes.flatMap((node) => rowsOf(node, prefix));
  const base: Row = {};
  const lists: Row[][] = [];
  for (const [key, field] of Object.entries(record)) {
    const rows = rowsOf(field, join(prefix, key));
    const isList =
      (Array.isArray(field) && !keysByDimension(field)) ||
      (field !== null && typeof field === "object" && connectionNodes(field as Record<string, unknown>) !== null);
    if (rows.length === 1 && !isList) {
      Object.assign(base, rows[0]);
    } else if (rows.length > 0) {
      lists.push(rows);
    }
  }
  if (lists.length === 0) return [base];
  return lists.flatMap((rows) => rows.map((row) => ({ ...base, ...row })));
}

/**
 * A GraphQL response's `data` as one table: one row per node of the list or connection it holds,
 * nested objects as dotted columns ("funder.name"). With a single top-level field its name is left
 * out of the column names; with several (aliases) it is kept.
 */
export function flattenResult(data: unknown): ResultTable {
  if (!data || typeof data !== "object") return { columns: [], rows: [] };
  const entries = Object.entries(data as Record<string, unknown>);
  const only = entries.length === 1 ? entries[0] : undefined;
  const rows = only?.[1] && typeof only[1] === "object" ? rowsOf(only[1], "") : rowsOf(data, "");
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    for (const column of Object.keys(row)) {
      if (!seen.has(column)) {
        seen.add(column);
        columns.push(column);
      }
    }
  }
  const filled = rows
    .filter((row) => Object.keys(row).length > 0)
    .map((row) => Object.fromEntries(columns.map((c) => [c, row[c] ?? null])));
  return { columns, rows: filled };
}

/** Rows sorted by one column: numbers (and numeric strings such as amounts) as numbers, the rest as text; nulls last. */
export function sortRows(rows: Row[], column: string, direction: "asc" | "desc"): Row[] {
  const sign = direction === "asc" ? 1 : -1;
  const numeric = (v: ResultCell) => (typeof v === "number" ? v : typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : null);
  return [...rows].sort((a, b) => {
    const x = a[column] ?? null;
    const y = b[column] ?? null;
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const nx = numeric(x);
    const ny = numeric(y);
    if (nx !== null && ny !== null) return (nx - ny) * sign;
    return String(x).localeCompare(String(y), "sv") * sign;
  });
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** The columns whose every value is a number (or an exact decimal string such as an amount): written as numbers in files. */
export function numericColumns(table: ResultTable): Set<string> {
  return new Set(
    table.columns.filter((c) => {
      const values = table.rows.map((r) => r[c] ?? null).filter((v) => v !== null);
      return values.length > 0 && values.every((v) => typeof v === "number" || (typeof v === "string" && DECIMAL.test(v)));
    }),
  );
}
