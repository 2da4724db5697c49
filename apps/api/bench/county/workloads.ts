import { foldForSearch } from "@bk/domain";

/**
 * The questions of issue 11 the bench asks: each as the web app or an analyst asks Bidragskollen's
 * API, and as one hand-written SQL statement that builds the same answer as JSON in PostgreSQL
 * (the practical limit, run through pg with the same number of clients), and where there is a fair
 * equivalent, the same question in PostGraphile 5's schema over the same tables (the comparison of
 * issue 11; postgraphile-server.ts). PostGraphile's names: tables as Prisma made them (allGrants,
 * grantByRowId), the key as rowId (its `id` is its own global id), relations as
 * organisationByFunderId / conditionsByGrantId.
 */
export type Picked = { variables: Record<string, unknown>; values: unknown[] };

export type Workload = {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** The hand-written statement and its parameters; none where there is no separate baseline. */
  sql?: { text: string; values: unknown[] };
  /** Picks what the question is about from the county (a grant's id …): its variables and SQL parameters. */
  pick?: (db: { query(text: string): Promise<{ rows: Record<string, unknown>[] }> }) => Promise<Picked>;
  /** The same question to PostGraphile (amber preset, connection-filter, pg-aggregates); its variables from what `pick` chose. */
  postgraphile?: { query: string; variables?: (picked: Picked | null) => Record<string, unknown> };
};

/** The picked row's own id (the first SQL parameter), which PostGraphile looks rows up by. */
const byRowId = (picked: Picked | null) => ({ rowId: picked?.values[0] });

const YEAR = 2015;
const STATUS = "ACTIVE";

const W1_FIELDS = `totalCount edges { node { id title amountApplied amountGranted decisionDate
  funder { id name } recipient { id name } project { id name } } }`;

/** The grants the year-attribution rule gives a share in $1: those with a stored share in it (as our API, and PostGraphile, read it). */
const IN_YEAR = `EXISTS (SELECT 1 FROM "GrantYearShare" s WHERE s."grantId" = g."id" AND s."year" = $1)`;

/** IN_YEAR in connection-filter's terms (a relation filter), so PostGraphile is asked for exactly the grants our API lists. */
const inYearFilter = (year: number) => ({ grantYearSharesByGrantId: { some: { year: { equalTo: year } } } });

// Ordered by decision date descending, then key. One difference: PostGraphile's DECISION_DATE_DESC
// puts grants without a decision date first (PostgreSQL's default), ours and the SQL put them last.
const PGL_W1_LIST = `allGrants(first: 50, filter: $filter, orderBy: [DECISION_DATE_DESC, PRIMARY_KEY_ASC]) { totalCount
  edges { node { id title amountApplied amountGranted decisionDate
    organisationByFunderId { id name } organisationByRecipientId { id name } projectByProjectId { id name } } }`;
const PGL_W1_VARIABLES = () => ({ filter: { status: { equalTo: STATUS }, ...inYearFilter(YEAR) } });

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
  postgraphile: { query: `query ($filter: GrantFilter) { ${PGL_W1_LIST} } }`, variables: PGL_W1_VARIABLES },
};

/** W1 as the web app's grant list page asks it: the page and the totals it shows above it. */
export const W1_PAGE: Workload = {
  name: "W1 + the list page's totals (grantSummary count/sums)",
  query: `query ($where: GrantWhere) { grants(first: 50, where: $where, orderBy: [{ field: DECISION_DATE, direction: DESC }]) { ${W1_FIELDS} }
    grantSummary(where: $where) { count amountApplied amountGranted } }`,
  variables: W1.variables,
  // The totals as pg-aggregates' sums on the same connection (whole amounts of each grant, as grantSummary's totals).
  postgraphile: {
    query: `query ($filter: GrantFilter) { ${PGL_W1_LIST} aggregates { sum { amountApplied amountGranted } } } }`,
    variables: PGL_W1_VARIABLES,
  },
};

export const W4: Workload = {
  name: "W4 granted sum and count by year and by funder",
  query: `{ grantSummary { count amountGranted
    byYear: groups(by: YEAR) { key label count amountGranted }
    byFunder: groups(by: FUNDER) { key label count amountGranted } } }`,
  variables: {},
  sql: {
    text: `WITH s AS (SELECT * FROM "GrantYearShare")
      SELECT json_build_object(
        'count', (SELECT count(*) FROM "Grant"), 'amountGranted', (SELECT sum("amountGranted") FROM "Grant"),
        'byYear', (SELECT json_agg(json_build_object('year', "year", 'count', n, 'granted', granted))
          FROM (SELECT "year", count(*) AS n, sum("granted") AS granted FROM s GROUP BY "year") y),
        'byFunder', (SELECT json_agg(json_build_object('id', k."funderId", 'name', o."name", 'count', k.n, 'granted', k.granted))
          FROM (SELECT "funderId", count(*) AS n, sum("amountGranted") AS granted FROM "Grant" GROUP BY 1) k
          JOIN "Organisation" o ON o."id" = k."funderId")) AS "result"`,
    values: [],
  },
  // pg-aggregates' groupedAggregates; by year over the stored shares (the same rows ours sums), so the
  // answer is the same but for the grants the rule gives no year (ours: a group without a key). Its
  // count per group is distinctCount of the grant (it has no plain count); the funders' names are a
  // second list in the same request, since a group's keys are ids.
  postgraphile: {
    query: `{ allGrants { totalCount aggregates { sum { amountGranted } }
      byFunder: groupedAggregates(groupBy: [FUNDER_ID]) { keys distinctCount { rowId } sum { amountGranted } } }
      byYear: allGrantYearShares { groupedAggregates(groupBy: [YEAR]) { keys distinctCount { grantId } sum { granted } } }
      funders: allOrganisations(filter: { grantsByFunderIdExist: true }) { nodes { rowId name } } }`,
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
  postgraphile: {
    query: `query ($rowId: String!) { grantByRowId(rowId: $rowId) { id title status amountApplied amountGranted decisionDate
      organisationByFunderId { id name } organisationByRecipientId { id name }
      conditionsByGrantId(orderBy: [DUE_DATE_ASC, PRIMARY_KEY_ASC]) { nodes { id text dueDate status blocksPayment } }
      reportRequirementsByGrantId(orderBy: [DUE_DATE_ASC, PRIMARY_KEY_ASC]) { nodes { id title dueDate status } }
      disbursementsByGrantId(orderBy: [PLANNED_DATE_ASC, PRIMARY_KEY_ASC]) { nodes { id amount paidDate status } }
      projectByProjectId { id name partnerRolesByProjectId { nodes { id role fromYear toYear organisationByOrganisationId { id name } } } } } }`,
    variables: byRowId,
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
  // PostGraphile has no financing rules: the nearest is the rows they are computed from (what
  // financing-input.ts selects: budget years, contributions, grants with their year amounts), which a
  // client would then have to turn into need/secured/gap per year, opening year and warnings itself.
  postgraphile: {
    query: `query ($rowId: String!) { projectByRowId(rowId: $rowId) { id name
      organisationByOwnerId { rowId kind } organisationByOperatorId { rowId kind }
      projectBudgetYearsByProjectId { nodes { year amount ownFunding } }
      contributionsByProjectId { nodes { rowId year kind amount status description organisationByOrganisationId { rowId name } } }
      grantsByProjectId { nodes { rowId title status amountApplied amountGranted periodStartYear periodEndYear decisionDate programmeId
        organisationByFunderId { rowId name } organisationByRecipientId { rowId kind }
        grantYearAmountsByGrantId { nodes { year amountApplied amountGranted } } } } } }`,
    variables: byRowId,
  },
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
  // The same rows in the same order, without displayValue and suppressed: small-count protection is
  // our rule, PostGraphile returns every value as stored.
  postgraphile: {
    query: `query ($rowId: String!) { indicatorByRowId(rowId: $rowId) { id name unit countsPeople
      observationsByIndicatorId(orderBy: [PERIOD_START_ASC, PRIMARY_KEY_ASC]) { nodes { id periodStart periodEnd breakdown value } } } }`,
    variables: byRowId,
  },
};

const SEARCH = "stöd";

export const W6: Workload = {
  name: "W6 search across grants, projects, organisations",
  query: `query ($text: String!) { search(text: $text, first: 20) { grants { id title } projects { id name } organisations { id name } } }`,
  variables: { text: SEARCH },
  // The same columns (the generated, folded searchText of each table and, for grants, of its funder,
  // recipient, applicant and project) with connection-filter's includesInsensitive (ILIKE where ours
  // is LIKE). PostGraphile cannot fold diacritics, so the client sends the text already folded.
  postgraphile: {
    query: `query ($text: String!) {
      allGrants(first: 20, orderBy: [TITLE_ASC], filter: { or: [{ searchText: { includesInsensitive: $text } },
        { organisationByFunderId: { searchText: { includesInsensitive: $text } } }, { organisationByRecipientId: { searchText: { includesInsensitive: $text } } },
        { organisationByApplicantId: { searchText: { includesInsensitive: $text } } }, { projectByProjectId: { searchText: { includesInsensitive: $text } } }] }) {
        nodes { id title } }
      allProjects(first: 20, orderBy: [NAME_ASC], filter: { searchText: { includesInsensitive: $text } }) { nodes { id name } }
      allOrganisations(first: 20, orderBy: [NAME_ASC], filter: { searchText: { includesInsensitive: $text } }) { nodes { id name } } }`,
    variables: () => ({ text: foldForSearch(SEARCH) }),
  },
};

/**
 * No data at all: what every request costs before its question (HTTP, the session's look-up, parsing,
 * validation and the limits). PostGraphile, run without accounts, has no session to look up.
 */
export const W0: Workload = {
  name: "W0 empty question ({ __typename }): a request's fixed cost",
  query: "{ __typename }",
  variables: {},
  postgraphile: { query: "{ __typename }" },
};

export const WORKLOADS = [W0, W1, W1_PAGE, W2, W3, W4, W5, W6];

/**
 * The financing portfolio page as county staff open it (the web app's FinancingPortfolio query): every
 * project's financing worked out, gaps first, the reference year chosen by the API. A whole county in each
 * answer (2 000 projects at 10 000 grants), so asked only by name (BENCH_WORKLOADS=W7). PostGraphile has
 * no financing rules: the nearest, every project's rows (as W3's), is not a question anyone would ask.
 */
export const W7: Workload = {
  name: "W7 the financing portfolio page (every project)",
  query: `query FinancingPortfolio($referenceYear: Int) { financingPortfolio(referenceYear: $referenceYear) {
    projectId referenceYear name phase thisYear { year need secured gap } nextYear { year need secured gap }
    latestYear { year need secured gap } warnings { kind year gap } nextUnfinancedYear { year need secured gap }
    nextUnfinancedWarnings { kind year gap possibleSourceCount } } }`,
  variables: {},
};

/** Workloads run only when named in BENCH_WORKLOADS. */
export const WORKLOADS_BY_NAME = [W7];
