import { organisationKindLabels, partnerRoleLabels } from "@bk/domain";
import { Prisma } from "@bk/domain/server";
import { PartnerRoleWhereInput, partnerRoleListSpec } from "../projects/project";
import { defineAggregateQuery } from "./aggregate-query";
import type { Dimension, Fact, Measure } from "./aggregate-sql";
import { labelled, NO_NAME } from "./key-labels";

type PartnerRoleDimension = "ORGANISATION" | "ROLE" | "PROJECT" | "ORGANISATION_KIND";
type PartnerRoleMeasure = "count" | "projectCount" | "organisationCount";

// No YEAR: a role holds from one year to another, often open-ended; filter on `fromYear` instead.
const dimensions: Record<PartnerRoleDimension, Dimension> = {
  ORGANISATION: { description: "Parten.", entity: "Organisation", label: () => NO_NAME },
  ROLE: { description: "Roll (IATI participating-org@role).", label: labelled(partnerRoleLabels) },
  PROJECT: { description: "Projekt.", entity: "Project", label: () => NO_NAME },
  ORGANISATION_KIND: { description: "Partens organisationstyp.", label: labelled(organisationKindLabels) },
};

const measures: Record<PartnerRoleMeasure, Measure> = {
  count: { description: "Antal roller.", type: "Int", sql: `count(*)::int` },
  projectCount: { description: "Antal projekt (distinct).", type: "Int", sql: `count(DISTINCT f."PROJECT")::int` },
  organisationCount: { description: "Antal organisationer (distinct).", type: "Int", sql: `count(DISTINCT f."ORGANISATION")::int` },
};

/** One row per role of an organisation in a project. */
const rows = (filter: Prisma.Sql) => Prisma.sql`"f" AS (
    SELECT "partnerRole"."organisationId" AS "ORGANISATION", "partnerRole"."role"::text AS "ROLE", "partnerRole"."projectId" AS "PROJECT",
      o."kind"::text AS "ORGANISATION_KIND"
    FROM "PartnerRole" "partnerRole" JOIN "Organisation" o ON o."id" = "partnerRole"."organisationId"
    WHERE ${filter})`;

export const partnerRoleFact: Fact<PartnerRoleDimension, PartnerRoleMeasure> = { name: "PartnerRole", dimensions, measures, rows };

defineAggregateQuery(
  "partnerRoleAggregate",
  partnerRoleFact,
  { spec: partnerRoleListSpec, where: PartnerRoleWhereInput },
  "Samverkansparter i grupper: counts of roles, projects and organisations among the partner roles matching `where` (the list's filter, within the projects the viewer may read), grouped by one to four dimensions at once (e.g. [ORGANISATION, ROLE]), sorted by any measure or dimension, paged over the groups. One SQL statement whatever the number of roles.",
);
