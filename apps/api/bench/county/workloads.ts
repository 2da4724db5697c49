import { grantYearSharesSql } from "@bk/domain/server";

/**
 * The questions of issue 11 the bench asks: each as the web app or an analyst asks Bidragskollen's
 * API, and as one hand-written SQL statement that builds the same answer as JSON in PostgreSQL
 * (the practical limit, run through pg with the same number of clients).
 */
export type Workload = {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** The hand-written statement and its parameters; none where there is no separate baseline. */
  sql?: { text: string; values: unknown[] };
};

const YEAR = 2015;
const STATUS = "ACTIVE";

const W1_FIELDS = `totalCount edges { node { id title amountApplied amountGranted decisionDate
  funder { id name } recipient { id name } project { id name } } }`;

/** The grants the year-attribution rule gives a share in $1, written out by hand. */
const IN_YEAR = `(EXISTS (SELECT 1 FROM "GrantYearAmount" y WHERE y."grantId" = g."id" AND y."year" = $1)
  OR (NOT EXISTS (SELECT 1 FROM "GrantYearAmount" y WHERE y."grantId" = g."id") AND (
    g."periodStartYear" = $1 OR (g."periodStartYear" <= $1 AND g."periodEndYear" >= $1)
    OR (g."periodStartYear" IS NULL AND g."decisionDate" >= make_date($1, 1, 1) AND g."decisionDate" < make_date($1 + 1, 1, 1))
    OR (g."periodStartYear" IS NULL AND g."decisionDate" < make_date($1 + 1, 1, 1) AND g."periodEndYear" >= $1))))`;

export const W1: Workload = {
  name: "W1 grant list (50 of a year and status by decision date)",
  query: `query ($where: GrantWhere) { grants(first: 50, where: $where, orderBy: [{ field: DECISION_DATE, direction: DESC }]) { ${W1_FIELDS} } }`,
  variables: { where: { year: YEAR, status: { equals: STATUS } } },
  sql: {
    text: `WITH m AS (SELECT g.* FROM "Grant" g WHERE g."status" = CAST($2 AS "GrantStatus") AND ${IN_YEAR})
      SELECT json_build_object('totalCount', (SELECT count(*) FROM m), 'nodes', (
        SELECT json_agg(json_build_object('id', p."id", 'title', p."title", 'amountApplied', p."amountApplied", 'amountGranted', p."amountGranted",
          'decisionDate', p."decisionDate", 'funder', json_build_object('id', f."id", 'name', f."name"),
          'recipient', json_build_object('id', r."id", 'name', r."name"), 'project', json_build_object('id', pr."id", 'name', pr."name"))
          ORDER BY p."decisionDate" DESC NULLS LAST, p."id")
        FROM (SELECT * FROM m ORDER BY "decisionDate" DESC NULLS LAST, "id" LIMIT 50) p
        JOIN "Organisation" f ON f."id" = p."funderId" JOIN "Organisation" r ON r."id" = p."recipientId"
        LEFT JOIN "Project" pr ON pr."id" = p."projectId")) AS "result"`,
    values: [YEAR, STATUS],
  },
};

/** W1 as the web app's grant list page asks it: the page and the totals it shows above it. */
export const W1_PAGE: Workload = {
  name: "W1 + the list page's totals (grantSummary count/sums)",
  query: `query ($where: GrantWhere) { grants(first: 50, where: $where, orderBy: [{ field: DECISION_DATE, direction: DESC }]) { ${W1_FIELDS} }
    grantSummary(where: $where) { count amountApplied amountGranted } }`,
  variables: W1.variables,
};

export const W4: Workload = {
  name: "W4 granted sum and count by year and by funder",
  query: `{ grantSummary { count amountGranted
    byYear: groups(by: YEAR) { key label count amountGranted }
    byFunder: groups(by: FUNDER) { key label count amountGranted } } }`,
  variables: {},
  sql: {
    text: `WITH s AS (${grantYearSharesSql('"Grant"')})
      SELECT json_build_object(
        'count', (SELECT count(*) FROM "Grant"), 'amountGranted', (SELECT sum("amountGranted") FROM "Grant"),
        'byYear', (SELECT json_agg(json_build_object('year', "year", 'count', n, 'granted', granted))
          FROM (SELECT "year", count(*) AS n, sum("granted") AS granted FROM s GROUP BY "year") y),
        'byFunder', (SELECT json_agg(json_build_object('id', k."funderId", 'name', o."name", 'count', k.n, 'granted', k.granted))
          FROM (SELECT "funderId", count(*) AS n, sum("amountGranted") AS granted FROM "Grant" GROUP BY 1) k
          JOIN "Organisation" o ON o."id" = k."funderId")) AS "result"`,
    values: [],
  },
};

export const WORKLOADS = [W1, W1_PAGE, W4];
