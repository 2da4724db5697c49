/**
 * The year-attribution rule of year-attribution.ts (grantYearShares) in SQL, for sums by year
 * computed in PostgreSQL. Keep the two in step: apps/api's grant-summary-sql.test.ts generates
 * a few hundred varied grants and requires this SQL to give exactly what grantYearShares gives.
 *
 * `grantYearSharesSql(grants, carry)` is a SELECT of ("grantId", "year", "applied", "granted",
 * …carry) for the grants in the relation `grants` (a table, view or CTE name with the Grant columns
 * id, amountApplied, amountGranted, periodStartYear, periodEndYear and decisionDate), one row per
 * year a grant counts in; `carry` names further columns of `grants` passed through to each row (so
 * a caller needs no join back). A grant the rule gives no year has no row.
 *
 * Amounts are divided in öre (amount × 100) with `div`, which truncates like BigInt division;
 * the last year takes the remainder.
 */
export function grantYearSharesSql(grants: string, carry: readonly string[] = []): string {
  const carried = (alias: string) => carry.map((c) => `, ${alias}."${c}"`).join("");
  return `
  SELECT sp."grantId", sp."year", sp."applied",
    CASE WHEN sp."undivided" AND sp."total" IS NOT NULL AND sp."weighable"
      THEN ((CASE WHEN sp."i" = sp."n" THEN sp."total" * 100 - (sum(sp."part") OVER (PARTITION BY sp."grantId") - sp."part") ELSE sp."part" END) / 100)::numeric(16, 2)
      ELSE sp."granted" END AS "granted"${carried("sp")}
  FROM (
    SELECT s.*,
      CASE WHEN s."weights" = 0 THEN CASE WHEN s."i" = 1 THEN s."total" * 100 ELSE 0 END
        ELSE div(s."total" * 100 * s."applied" * 100, s."weights") END AS "part"
    FROM (
      SELECT y."grantId", y."year", y."amountApplied" AS "applied", y."amountGranted" AS "granted", g."amountGranted" AS "total",
        row_number() OVER w AS "i", count(*) OVER p AS "n",
        bool_or(y."amountGranted" IS NULL) OVER p AS "undivided",
        bool_and(y."amountApplied" IS NOT NULL) OVER p AS "weighable",
        sum(y."amountApplied" * 100) OVER p AS "weights"${carried("g")}
      FROM "GrantYearAmount" y JOIN ${grants} g ON g."id" = y."grantId"
      WINDOW p AS (PARTITION BY y."grantId"), w AS (PARTITION BY y."grantId" ORDER BY y."year")
    ) s
  ) sp
  UNION ALL
  SELECT g."id", f."first" + k.k,
    ((CASE WHEN k.k = f."n" - 1 THEN g."amountApplied" * 100 - (f."n" - 1) * d."applied" ELSE d."applied" END) / 100)::numeric(16, 2),
    ((CASE WHEN k.k = f."n" - 1 THEN g."amountGranted" * 100 - (f."n" - 1) * d."granted" ELSE d."granted" END) / 100)::numeric(16, 2)${carried("g")}
  FROM ${grants} g
  CROSS JOIN LATERAL (SELECT coalesce(g."periodStartYear", extract(year FROM g."decisionDate")::int) AS "first") s0
  CROSS JOIN LATERAL (SELECT s0."first", greatest(s0."first", coalesce(g."periodEndYear", s0."first")) - s0."first" + 1 AS "n") f
  CROSS JOIN LATERAL (SELECT div(g."amountApplied" * 100, f."n") AS "applied", div(g."amountGranted" * 100, f."n") AS "granted") d
  CROSS JOIN LATERAL generate_series(0, f."n" - 1) AS k(k)
  WHERE f."first" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "GrantYearAmount" y WHERE y."grantId" = g."id")`;
}

/**
 * The grants of `alias` the rule gives no year (rule 4: no split, no period start, no decision):
 * exactly those without a row in grantYearSharesSql (or in "GrantYearShare"), as a condition on one
 * row that rules most grants out by their own columns before looking for year amounts.
 */
export function grantWithoutYearSql(alias: string): string {
  return `(${alias}."periodStartYear" IS NULL AND ${alias}."decisionDate" IS NULL
    AND NOT EXISTS (SELECT 1 FROM "GrantYearAmount" y WHERE y."grantId" = ${alias}."id"))`;
}

/** The grant's columns the rule reads (besides its year amounts): a change of any other leaves its shares as they are. */
const RULE_COLUMNS = ["amountApplied", "amountGranted", "periodStartYear", "periodEndYear", "decisionDate"] as const;

/**
 * The functions that keep "GrantYearShare" (the rule's rows, stored) in step with "Grant" and
 * "GrantYearAmount": called by statement triggers on both tables (migration
 * 20261124223430_grant_year_shares), so every write – the app's, the seed's, a script's – refreshes
 * the shares of the grants it touched, in its own transaction. The migrations must hold exactly this
 * text: year-attribution-sql.test.ts fails when the rule above changes without a migration that
 * defines the functions again (and refreshes every grant).
 */
export function grantYearShareFunctionsSql(): string {
  const changed = (alias: string) => `(${RULE_COLUMNS.map((c) => `${alias}."${c}"`).join(", ")})`;
  return `CREATE OR REPLACE FUNCTION "bk_refresh_grant_year_shares"(grant_ids text[]) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF cardinality(grant_ids) = 0 THEN RETURN; END IF;
  -- Two transactions refreshing one grant take turns (the second then reads what the first wrote).
  PERFORM 1 FROM "Grant" WHERE "id" = ANY(grant_ids) ORDER BY "id" FOR NO KEY UPDATE;
  DELETE FROM "GrantYearShare" WHERE "grantId" = ANY(grant_ids);
  INSERT INTO "GrantYearShare" ("grantId", "year", "applied", "granted")
  ${grantYearSharesSql('(SELECT * FROM "Grant" WHERE "id" = ANY(grant_ids))')};
END
$fn$;

CREATE OR REPLACE FUNCTION "bk_grants_changed"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "bk_refresh_grant_year_shares"(ARRAY(SELECT n."id" FROM new_rows n));
  ELSE
    PERFORM "bk_refresh_grant_year_shares"(ARRAY(SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
      WHERE ${changed("n")} IS DISTINCT FROM ${changed("o")}));
  END IF;
  RETURN NULL;
END
$fn$;

CREATE OR REPLACE FUNCTION "bk_grant_year_amounts_changed"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "bk_refresh_grant_year_shares"(ARRAY(SELECT DISTINCT n."grantId" FROM new_rows n));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "bk_refresh_grant_year_shares"(ARRAY(SELECT DISTINCT o."grantId" FROM old_rows o));
  ELSE
    PERFORM "bk_refresh_grant_year_shares"(ARRAY(SELECT n."grantId" FROM new_rows n UNION SELECT o."grantId" FROM old_rows o));
  END IF;
  RETURN NULL;
END
$fn$;`;
}
