import {
  AllocationLevel,
  allocationLevelLabels,
  ConditionStatus,
  ContributionKind,
  ContributionStatus,
  conditionStatusLabels,
  contributionKindLabels,
  contributionStatusLabels,
  DatePrecision,
  DisbursementStatus,
  disbursementStatusLabels,
  EvaluationKind,
  evaluationKindLabels,
  GrantStatus,
  grantStatusLabels,
  OrganisationKind,
  organisationKindLabels,
  PartnerRoleKind,
  ProjectPhase,
  partnerRoleLabels,
  projectPhaseLabels,
  ReportKind,
  ReportStatus,
  Role,
  reportKindLabels,
  reportStatusLabels,
  roleLabels,
  SourceDocumentKind,
  sourceDocumentKindLabels,
} from "@bk/domain";
import type { EnumRef } from "@pothos/core";
import { builder } from "../../builder";

type Labels = Record<string, { sv: string; en: string }>;

function defineEnum<T extends Record<string, string>>(name: string, values: T, labels: Labels, description: string) {
  const enumValues = Object.fromEntries(
    Object.keys(values).map((v) => [v, { value: v, description: `${labels[v].sv} (${labels[v].en})` }]),
  );
  return builder.enumType(name, { description, values: enumValues }) as unknown as EnumRef<
    typeof builder extends PothosSchemaTypes.SchemaBuilder<infer S> ? S : never,
    T[keyof T],
    T[keyof T]
  >;
}

const precisionLabels: Labels = {
  DAY: { sv: "Dag", en: "Day" },
  MONTH: { sv: "Månad", en: "Month" },
  YEAR: { sv: "År", en: "Year" },
};

export const GrantStatusEnum = defineEnum(
  "GrantStatus",
  GrantStatus,
  grantStatusLabels,
  "Bidragsstatus: where an application and its decision stand. 360Giving has no status field; IATI: activity-status.",
);
export const OrganisationKindEnum = defineEnum(
  "OrganisationKind",
  OrganisationKind,
  organisationKindLabels,
  "Organisationstyp. IATI: organisation type.",
);
export const PartnerRoleKindEnum = defineEnum(
  "PartnerRoleKind",
  PartnerRoleKind,
  partnerRoleLabels,
  "Samverkansroll. IATI: participating-org@role.",
);
export const ProjectPhaseEnum = defineEnum(
  "ProjectPhase",
  ProjectPhase,
  projectPhaseLabels,
  "Projektfas: pilot → projekt → implementeringsår → permanent verksamhet.",
);
export const ConditionStatusEnum = defineEnum("ConditionStatus", ConditionStatus, conditionStatusLabels, "Villkorsstatus.");
export const ReportKindEnum = defineEnum("ReportKind", ReportKind, reportKindLabels, "Rapporttyp.");
export const ReportStatusEnum = defineEnum("ReportStatus", ReportStatus, reportStatusLabels, "Rapportstatus.");
export const DisbursementStatusEnum = defineEnum(
  "DisbursementStatus",
  DisbursementStatus,
  disbursementStatusLabels,
  "Utbetalningsstatus. IATI: transaction-type.",
);
export const ContributionKindEnum = defineEnum(
  "ContributionKind",
  ContributionKind,
  contributionKindLabels,
  "Medfinansieringsslag: kontant eller i natura.",
);
export const ContributionStatusEnum = defineEnum(
  "ContributionStatus",
  ContributionStatus,
  contributionStatusLabels,
  "Medfinansieringsstatus.",
);
export const EvaluationKindEnum = defineEnum("EvaluationKind", EvaluationKind, evaluationKindLabels, "Utvärderingstyp.");
export const AllocationLevelEnum = defineEnum("AllocationLevel", AllocationLevel, allocationLevelLabels, "Tilldelningsnivå.");
export const SourceDocumentKindEnum = defineEnum("SourceDocumentKind", SourceDocumentKind, sourceDocumentKindLabels, "Dokumenttyp.");
export const DatePrecisionEnum = defineEnum(
  "DatePrecision",
  DatePrecision,
  precisionLabels,
  "Datumprecision: how exactly the source states a date.",
);

export const RoleEnum = defineEnum(
  "Role",
  Role,
  roleLabels,
  "Roll: what a user may see and do (a user may hold several; the README's permission matrix lists each role's rights).",
);

export const AccessTokenKindEnum = builder.enumType("AccessTokenKind", {
  description: "Vad en token används till.",
  values: {
    PERSONAL: { description: "Personlig åtkomsttoken (personal access token): `Authorization: Bearer …` for scripts." },
    CALENDAR_FEED: { description: "Kalenderlänk (calendar link): only the iCal feeds, in the feed's address." },
  } as const,
});

export const SortDirectionEnum = builder.enumType("SortDirection", {
  description: "Sorteringsordning.",
  values: { ASC: { description: "Stigande (ascending)" }, DESC: { description: "Fallande (descending)" } } as const,
});
