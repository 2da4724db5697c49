import { describe, expect, it } from "vitest";
import { MIGRATIONS_DIR } from "../server/database";
import { latestMigrationWith } from "../server/migrate";
import { grantYearShareFunctionsSql } from "./year-attribution-sql";

// The stored shares are as right as the functions that keep them: the database's functions must be
// the ones generated from the rule now. (That they give what grantYearShares gives, after every kind
// of change, is apps/api's grant-year-shares.test.ts.)
describe("the migrations' year-share functions", () => {
  it("are, in the latest migration that defines them, exactly the SQL generated from the rule", async () => {
    const latest = await latestMigrationWith(MIGRATIONS_DIR, 'FUNCTION "bk_refresh_grant_year_shares"');
    const expected = grantYearShareFunctionsSql();
    if (!latest.includes(expected)) {
      expect.fail(
        `The year-attribution SQL changed: add a migration (copy the latest schema.snapshot.prisma) with\n\n${expected}\n\nand SELECT "bk_refresh_grant_year_shares"(ARRAY(SELECT "id" FROM "Grant")); as 20261124223430_grant_year_shares ends.`,
      );
    }
  });
});
