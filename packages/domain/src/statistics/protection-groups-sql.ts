/**
 * The protection groups of protection-groups.ts in SQL, for aggregates computed in PostgreSQL
 * (apps/api's observation aggregate). Keep in step with populationOf/protectionGroupOf and
 * protectGroup: apps/api's observation-aggregate-sql.test.ts generates varied groups and requires
 * hidingGroupsSql to name exactly the groups in which protectObservations hides a value.
 */

/**
 * protectionGroupOf for the Observation row `alias` as plain columns, none of them null (so that
 * a join on them is a hash join): the indicator, the period's days (-infinity for none), the
 * project, and the organisation only for a value that names no project (populationOf).
 */
export function protectionGroupKeysSql(alias: string): string[] {
  // Ids compare byte by byte (COLLATE "C"): the same equality, and a third faster to sort than a language's collation.
  return [
    `${alias}."indicatorId" COLLATE "C"`,
    `coalesce(${alias}."periodStart", '-infinity'::date)`,
    `coalesce(${alias}."periodEnd", '-infinity'::date)`,
    `coalesce(${alias}."projectId", '') COLLATE "C"`,
    `coalesce(CASE WHEN ${alias}."projectId" IS NULL THEN ${alias}."organisationId" END, '') COLLATE "C"`,
  ];
}

/** The names of the key columns hidingGroupsSql answers, in the order of protectionGroupKeysSql. */
export const PROTECTION_GROUP_KEYS = ["k1", "k2", "k3", "k4", "k5"] as const;

/**
 * A SELECT of the protection groups (their keys, PROTECTION_GROUP_KEYS, and "indicatorId",
 * "periodStart", "periodEnd", "population" as protectionGroupOf names them) of indicators that
 * count people, among the indicators listed by `indicatorIds` (a SELECT of one column), in which
 * protectGroup hides at least one value for this threshold. protectGroup hides something exactly
 * when
 * - a value is a small count (1..threshold−1), or
 * - the total is shown and what the breakdowns leave of it (total − their sum) is a small count;
 * otherwise it hides nothing. A group with two totals (which validation does not allow) counts as
 * hiding too: that only hides more.
 */
export function hidingGroupsSql(indicatorIds: string, threshold: number): string {
  if (!Number.isInteger(threshold) || threshold < 1) throw new Error(`hidingGroupsSql: threshold ${threshold}`);
  const small = (v: string) => `(${v} >= 1 AND ${v} < ${threshold})`;
  const rest = `(max(x."value") FILTER (WHERE x."breakdown" IS NULL) - coalesce(sum(x."value") FILTER (WHERE x."breakdown" IS NOT NULL), 0))`;
  const keys = protectionGroupKeysSql("x");
  const [k1, k2, k3, k4, k5] = PROTECTION_GROUP_KEYS.map((k) => `h."${k}"`);
  return `
  SELECT h.*, ${k1} AS "indicatorId", nullif(${k2}, '-infinity'::date) AS "periodStart", nullif(${k3}, '-infinity'::date) AS "periodEnd",
    CASE WHEN ${k4} <> '' THEN 'project:' || ${k4} WHEN ${k5} <> '' THEN 'organisation:' || ${k5} ELSE 'unreported' END AS "population"
  FROM (
    SELECT ${keys.map((k, i) => `${k} AS "${PROTECTION_GROUP_KEYS[i]}"`).join(", ")}
    FROM "Observation" x JOIN "Indicator" xi ON xi."id" = x."indicatorId" AND xi."countsPeople"
    WHERE x."indicatorId" IN (${indicatorIds})
    GROUP BY 1, 2, 3, 4, 5
    HAVING bool_or(${small('x."value"')}) OR count(*) FILTER (WHERE x."breakdown" IS NULL) > 1 OR coalesce(${small(rest)}, FALSE)
  ) h`;
}
