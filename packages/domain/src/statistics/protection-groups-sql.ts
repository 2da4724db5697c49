/**
 * The protection groups of protection-groups.ts in SQL, for aggregates computed in PostgreSQL
 * (apps/api's observation aggregate). Keep in step with populationOf/protectionGroupOf and
 * protectGroup: apps/api's observation-aggregate-sql.test.ts generates varied groups and requires
 * hidingGroupsSql to name exactly the groups in which protectObservations hides a value.
 */

/** populationOf for the Observation row `alias`: its project, else its organisation, else nobody. */
export function populationSql(alias: string): string {
  return `(CASE WHEN ${alias}."projectId" IS NOT NULL THEN 'project:' || ${alias}."projectId"
    WHEN ${alias}."organisationId" IS NOT NULL THEN 'organisation:' || ${alias}."organisationId" ELSE 'unreported' END)`;
}

/** protectionGroupOf for the Observation row `alias`, as one text (for a hash join on it). */
export function protectionGroupSql(alias: string): string {
  return `(${alias}."indicatorId" || '|' || coalesce(${alias}."periodStart"::text, '') || '|' || coalesce(${alias}."periodEnd"::text, '') || '|' || ${populationSql(alias)})`;
}

/**
 * A SELECT of ("indicatorId", "periodStart", "periodEnd", "population", "group"): the protection groups of
 * indicators that count people, among the indicators listed by `indicatorIds` (a SELECT of one
 * column), in which protectGroup hides at least one value for this threshold. protectGroup hides
 * something exactly when
 * - a value is a small count (1..threshold−1), or
 * - the total is shown and what the breakdowns leave of it (total − their sum) is a small count;
 * otherwise it hides nothing. A group with two totals (which validation does not allow) counts as
 * hiding too: that only hides more.
 */
export function hidingGroupsSql(indicatorIds: string, threshold: number): string {
  if (!Number.isInteger(threshold) || threshold < 1) throw new Error(`hidingGroupsSql: threshold ${threshold}`);
  const small = (v: string) => `(${v} >= 1 AND ${v} < ${threshold})`;
  const rest = `(max(x."value") FILTER (WHERE x."breakdown" IS NULL) - coalesce(sum(x."value") FILTER (WHERE x."breakdown" IS NOT NULL), 0))`;
  return `
  SELECT x."indicatorId", x."periodStart", x."periodEnd", ${populationSql("x")} AS "population", ${protectionGroupSql("x")} AS "group"
  FROM "Observation" x JOIN "Indicator" xi ON xi."id" = x."indicatorId" AND xi."countsPeople"
  WHERE x."indicatorId" IN (${indicatorIds})
  GROUP BY 1, 2, 3, 4, 5
  HAVING bool_or(${small('x."value"')}) OR count(*) FILTER (WHERE x."breakdown" IS NULL) > 1 OR coalesce(${small(rest)}, FALSE)`;
}
