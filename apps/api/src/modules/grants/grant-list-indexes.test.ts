import { getDatamodel } from "@bk/domain/pothos-types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../test/harness";
import { grantListSpec } from "./grant-list-spec";

// Every filter and sort the grant list offers is served by an index whose first column is the
// one filtered or sorted on, or reaches a table that stays small (a county has a few thousand
// organisations and programmes, against hundreds of thousands of grants and their parts).
// Free-text search (LIKE '%…%') needs trigram indexes and is not covered here.
const SMALL_TABLES = ["Organisation", "Programme", "Project"];

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: false });
});
afterAll(() => api.close());

const models = getDatamodel().datamodel.models as unknown as Record<string, { fields: { name: string; type: string; kind: string }[] }>;

/** `recipient.kind` → the table and column it ends in. */
function target(path: string): { table: string; column: string } {
  const parts = path.split(".");
  let table = "Grant";
  for (const relation of parts.slice(0, -1)) {
    const field = models[table].fields.find((f) => f.name === relation);
    if (field?.kind !== "object") throw new Error(`${path}: ${relation} is no relation of ${table}`);
    table = field.type;
  }
  return { table, column: parts[parts.length - 1] };
}

describe("indexes for the grant list", () => {
  it("has an index leading with each filtered or sorted column, or the column is on a small table", async () => {
    const rows = await api.db.prisma.$queryRawUnsafe<{ table: string; column: string }[]>(
      `SELECT c.relname::text AS "table", a.attname::text AS "column" FROM pg_index i
       JOIN pg_class c ON c.oid = i.indrelid JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = i.indkey[0]
       WHERE c.relnamespace = 'public'::regnamespace`,
    );
    const indexed = new Set(rows.map((r) => `${r.table}.${r.column}`));
    const spec = grantListSpec;
    const columns = [
      ...Object.values(spec.ids ?? {}),
      ...Object.values(spec.enums ?? {}),
      ...Object.values(spec.money ?? {}),
      ...Object.values(spec.dates ?? {}),
      ...Object.values(spec.strings ?? {}),
      ...Object.values(spec.order),
    ].map((c) => c.column);
    expect(columns.length).toBeGreaterThan(15);
    const missing = columns.map(target).filter((t) => !SMALL_TABLES.includes(t.table) && !indexed.has(`${t.table}.${t.column}`));
    expect(missing).toEqual([]);
    // The year filter: grants with a split in the year are found from the year.
    expect(indexed.has("GrantYearAmount.year")).toBe(true);
  });
});
