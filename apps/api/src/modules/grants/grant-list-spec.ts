import { FIRST_YEAR, grantYearWhere, isHeldYear, LAST_YEAR } from "@bk/domain";
import { ownProjectsWhere } from "../../auth/visibility";
import { badInput } from "../../errors";
import { GrantStatusEnum, OrganisationKindEnum } from "../shared/enums";
import type { ListSpec } from "../shared/list-query";

export const grantListSpec: ListSpec = {
  model: "Grant",
  // The grant list is public to everyone logged in (the fields beyond it: grant.type.ts) …
  visibleTo: () => ({}),
  // … but filtering on what it does not show reaches only the viewer's own projects' grants.
  private: {
    filters: ["text", "project", "applicationDeadline", "submittedDate", "funderReference"],
    orders: ["SUBMITTED_DATE", "CREATED_AT"],
    scope: (ctx) => ownProjectsWhere(ctx),
  },
  text: ["funderReference", "applicantReference", "programme.name"],
  foldedText: ["searchText", "funder.searchText", "applicant.searchText", "recipient.searchText", "project.searchText"],
  enums: {
    status: { column: "status", enumRef: GrantStatusEnum, enumName: "GrantStatus", description: "Status." },
    recipientKind: {
      column: "recipient.kind",
      enumRef: OrganisationKindEnum,
      enumName: "OrganisationKind",
      description: "Mottagarens organisationstyp.",
    },
  },
  ids: {
    funder: { column: "funderId", nodeType: "Organisation", description: "Finansiär." },
    applicant: { column: "applicantId", nodeType: "Organisation", description: "Sökande." },
    recipient: { column: "recipientId", nodeType: "Organisation", description: "Mottagare." },
    programme: { column: "programmeId", nodeType: "Programme", description: "Bidragsprogram." },
    project: { column: "projectId", nodeType: "Project", description: "Projekt." },
  },
  money: {
    amountApplied: { column: "amountApplied", description: "Sökt belopp." },
    amountGranted: { column: "amountGranted", description: "Beviljat belopp." },
  },
  dates: {
    applicationDeadline: { column: "applicationDeadline", description: "Sista ansökningsdag." },
    submittedDate: { column: "submittedDate", description: "Inlämnad." },
    decisionDate: { column: "decisionDate", description: "Beslutsdatum." },
  },
  strings: {
    municipality: { column: "recipient.municipality", description: "Mottagarens kommun (exact, case-insensitive)." },
    funderReference: { column: "funderReference", description: "Finansiärens diarienummer (exact)." },
  },
  custom: {
    year: {
      type: "Int",
      description: `Bidragsår: the grants that count in this year (${FIRST_YEAR}–${LAST_YEAR}): the years of the per-year split, else the period (start to end), else the decision year; the same years as grantSummary(by: YEAR), the programme overview and a project's financing.`,
      where: (year: number) => {
        if (!isHeldYear(year)) {
          throw badInput("where.year", "year.outOfRange", { min: FIRST_YEAR, max: LAST_YEAR });
        }
        return grantYearWhere(year);
      },
    },
  },
  order: {
    TITLE: { column: "title", description: "Rubrik." },
    AMOUNT_APPLIED: { column: "amountApplied", description: "Sökt belopp.", nullable: true },
    AMOUNT_GRANTED: { column: "amountGranted", description: "Beviljat belopp.", nullable: true },
    DECISION_DATE: { column: "decisionDate", description: "Beslutsdatum.", nullable: true },
    SUBMITTED_DATE: { column: "submittedDate", description: "Inlämnad.", nullable: true },
    STATUS: { column: "status", description: "Status." },
    PERIOD_START_YEAR: { column: "periodStartYear", description: "Första bidragsår.", nullable: true },
    CREATED_AT: { column: "createdAt", description: "Skapad." },
  },
  defaultOrder: [{ periodStartYear: { sort: "desc", nulls: "last" } }, { title: "asc" }],
};
