import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MIGRATIONS_DIR } from "../server/database";
import { grantYearShareFunctionsSql } from "./year-attribution-sql";

// The stored shares are as right as the functions that keep them: the database's functions must be
// the ones generated from the rule now. (That they give what grantYearShares gives, after every kind
// of change, is apps/api's grant-year-shares.test.ts.)
describe("the migrations' year-share functions", () => {
  it("are, in the latest migration that defines them, exactly the SQL generated from the rule", async () => {
    const names = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    const sqls = await Promise.all(names.map((name) => readFile(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8")));
    const latest = sqls.filter((sql) => sql.includes('FUNCTION "bk_refresh_grant_year_shares"')).at(-1) ?? "";
    const expected = grantYearShareFunctionsSql();
    if (!latest.includes(expected)) {
      expect.fail(
        `The year-attribution SQL changed: add a migration (copy the latest schema.snapshot.prisma) with\n\n${expected}\n\nand SELECT "bk_refresh_grant_year_shares"(ARRAY(SELECT "id" FROM "Grant")); as 20261124223430_grant_year_shares ends.`,
      );
    }
  });
});
