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
  /** Picks what the question is about from the county (a grant's id …): its variables and SQL parameters. */
  pick?: (db: {
    query(text: string): Promise<{ rows: Record<string, unknown>[] }>;
  }) => Promise<{ variables: Record<string, unknown>; values: unknown[] }>;
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

/** The grant with the most conditions, reports and payments together (the heaviest detail page). */
const busiestGrant = async (db: Parameters<NonNullable<Workload["pick"]>>[0]) => {
  const { rows } = await db.query(`SELECT g."id" FROM "Grant" g WHERE g."projectId" IS NOT NULL
    ORDER BY (SELECT count(*) FROM "Condition" c WHERE c."grantId" = g."id") + (SELECT count(*) FROM "ReportRequirement" r WHERE r."grantId" = g."id")
      + (SELECT count(*) FROM "Disbursement" d WHERE d."grantId" = g."id") DESC, g."id" LIMIT 1`);
  const id = String(rows[0].id);
  return { variables: { id: Buffer.from(`Grant:${id}`).toString("base64") }, values: [id] };
};

export const W2: Workload = {
  name: "W2 grant detail with conditions, reports, payments, the project's partner roles",
  query: `query ($id: ID!) { node(id: $id) { ... on Grant { id title status amountApplied amountGranted decisionDate
    funder { id name } recipient { id name }
    conditions { id text dueDate status blocksPayment } reportRequirements { id title dueDate status } disbursements { id amount paidDate status }
    project { id name partnerRoles { id role fromYear toYear organisation { id name } } } } } }`,
  variables: {},
  pick: busiestGrant,
  sql: {
    text: `SELECT json_build_object('id', g."id", 'title', g."title", 'status', g."status", 'amountApplied', g."amountApplied",
        'amountGranted', g."amountGranted", 'decisionDate', g."decisionDate",
        'funder', (SELECT json_build_object('id', o."id", 'name', o."name") FROM "Organisation" o WHERE o."id" = g."funderId"),
        'recipient', (SELECT json_build_object('id', o."id", 'name', o."name") FROM "Organisation" o WHERE o."id" = g."recipientId"),
        'conditions', (SELECT coalesce(json_agg(json_build_object('id', c."id", 'text', c."text", 'dueDate', c."dueDate", 'status', c."status",
          'blocksPayment', c."blocksPayment") ORDER BY c."dueDate", c."id"), '[]') FROM "Condition" c WHERE c."grantId" = g."id"),
        'reportRequirements', (SELECT coalesce(json_agg(json_build_object('id', r."id", 'title', r."title", 'dueDate', r."dueDate", 'status', r."status")
          ORDER BY r."dueDate", r."id"), '[]') FROM "ReportRequirement" r WHERE r."grantId" = g."id"),
        'disbursements', (SELECT coalesce(json_agg(json_build_object('id', d."id", 'amount', d."amount", 'paidDate', d."paidDate", 'status', d."status")
          ORDER BY d."plannedDate", d."id"), '[]') FROM "Disbursement" d WHERE d."grantId" = g."id"),
        'project', (SELECT json_build_object('id', p."id", 'name', p."name", 'partnerRoles', (SELECT coalesce(json_agg(json_build_object('id', pr."id",
          'role', pr."role", 'fromYear', pr."fromYear", 'toYear', pr."toYear", 'organisation', json_build_object('id', o."id", 'name', o."name"))), '[]')
          FROM "PartnerRole" pr JOIN "Organisation" o ON o."id" = pr."organisationId" WHERE pr."projectId" = p."id"))
          FROM "Project" p WHERE p."id" = g."projectId")) AS "result"
      FROM "Grant" g WHERE g."id" = $1`,
    values: [],
  },
};

/** The project with the most grants (the busiest financing page). */
const busiestProject: Workload["pick"] = async (db) => {
  const { rows } = await db.query(
    `SELECT "projectId" AS "id" FROM "Grant" WHERE "projectId" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
  );
  const id = String(rows[0].id);
  return { variables: { id: Buffer.from(`Project:${id}`).toString("base64") }, values: [id] };
};

export const W3: Workload = {
  name: "W3 one project's financing per year",
  query: `query ($id: ID!) { node(id: $id) { ... on Project { id name financingOpeningYear
    financing { year need secured pending gap incomplete sources { kind state amount label } }
    financingWarnings(referenceYear: 2015) { kind year gap } } } }`,
  variables: {},
  pick: busiestProject,
};

/** The indicator with the most values. */
const busiestIndicator: Workload["pick"] = async (db) => {
  const { rows } = await db.query(`SELECT "indicatorId" AS "id" FROM "Observation" GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`);
  const id = String(rows[0].id);
  return { variables: { id: Buffer.from(`Indicator:${id}`).toString("base64") }, values: [id] };
};

export const W5: Workload = {
  name: "W5 one indicator's observations over periods",
  query: `query ($id: ID!) { node(id: $id) { ... on Indicator { id name unit countsPeople
    observations { id periodStart periodEnd breakdown value displayValue suppressed } } } }`,
  variables: {},
  pick: busiestIndicator,
};

export const W6: Workload = {
  name: "W6 search across grants, projects, organisations",
  query: `query ($text: String!) { search(text: $text, first: 20) { grants { id title } projects { id name } organisations { id name } } }`,
  variables: { text: "stöd" },
};

export const WORKLOADS = [W1, W1_PAGE, W2, W3, W4, W5, W6];
