import { contributionKindLabels, contributionStatusLabels, organisationKindLabels } from "@bk/domain";
import { Prisma } from "@bk/domain/server";
import { ContributionWhereInput, contributionListSpec } from "../contributions/contribution";
import { defineAggregateQuery } from "./aggregate-query";
import type { Dimension, Fact, Measure } from "./aggregate-sql";
import { asIs, labelled, NO_NAME } from "./key-labels";

type ContributionDimension = "YEAR" | "ORGANISATION" | "PROJECT" | "KIND" | "STATUS" | "ORGANISATION_KIND";
type ContributionMeasure = "count" | "amount" | "cashAmount" | "inKindAmount" | "projectCount" | "organisationCount";

const dimensions: Record<ContributionDimension, Dimension> = {
  YEAR: { description: "År (the contribution's year).", label: asIs(NO_NAME) },
  ORGANISATION: { description: "Medfinansiär.", entity: "Organisation", label: () => NO_NAME },
  PROJECT: { description: "Projekt.", entity: "Project", label: () => NO_NAME },
  KIND: { description: "Slag: kontant (CASH) or i natura (IN_KIND).", label: labelled(contributionKindLabels) },
  STATUS: { description: "Utlovad, beslutad eller erhållen.", label: labelled(contributionStatusLabels) },
  ORGANISATION_KIND: { description: "Medfinansiärens organisationstyp.", label: labelled(organisationKindLabels) },
};

const measures: Record<ContributionMeasure, Measure> = {
  count: { description: "Antal medfinansieringar.", type: "Int", sql: `count(*)::int` },
  amount: { description: "Summa belopp, cash and in kind (where valued).", type: "Money", sql: `coalesce(sum(f."amount"), 0)` },
  cashAmount: {
    description: "Summa kontant.",
    type: "Money",
    sql: `coalesce(sum(f."amount") FILTER (WHERE f."KIND" = 'CASH'), 0)`,
  },
  inKindAmount: {
    description: "Summa i natura (the value stated for premises, staff time …).",
    type: "Money",
    sql: `coalesce(sum(f."amount") FILTER (WHERE f."KIND" = 'IN_KIND'), 0)`,
  },
  projectCount: { description: "Antal projekt (distinct).", type: "Int", sql: `count(DISTINCT f."PROJECT")::int` },
  organisationCount: { description: "Antal medfinansiärer (distinct).", type: "Int", sql: `count(DISTINCT f."ORGANISATION")::int` },
};

/** One row per contribution (a partner's support for a project year), with its organisation's kind. */
const rows = (filter: Prisma.Sql) => Prisma.sql`"f" AS (
    SELECT "contribution"."year" AS "YEAR", "contribution"."organisationId" AS "ORGANISATION", "contribution"."projectId" AS "PROJECT", "contribution"."kind"::text AS "KIND",
      "contribution"."status"::text AS "STATUS", o."kind"::text AS "ORGANISATION_KIND", "contribution"."amount"
    FROM "Contribution" "contribution" JOIN "Organisation" o ON o."id" = "contribution"."organisationId"
    WHERE ${filter})`;

export const contributionFact: Fact<ContributionDimension, ContributionMeasure> = { name: "Contribution", dimensions, measures, rows };

defineAggregateQuery(
  "contributionAggregate",
  contributionFact,
  { spec: contributionListSpec, where: ContributionWhereInput },
  "Medfinansiering i grupper: counts and sums (all, cash, in kind) of the contributions matching `where` (the list's filter, within the projects the viewer may read), grouped by one to four dimensions at once (e.g. [ORGANISATION] sorted by PROJECT_COUNT: who co-finances the most projects), sorted by any measure or dimension, paged over the groups. One SQL statement whatever the number of contributions.",
);
