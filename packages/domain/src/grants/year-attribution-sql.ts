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
 * exactly those without a row in grantYearSharesSql, as a condition on one row.
 */
export function grantWithoutYearSql(alias: string): string {
  return `(${alias}."periodStartYear" IS NULL AND ${alias}."decisionDate" IS NULL
    AND NOT EXISTS (SELECT 1 FROM "GrantYearAmount" y WHERE y."grantId" = ${alias}."id"))`;
}
