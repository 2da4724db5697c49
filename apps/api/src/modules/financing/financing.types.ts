import {
  type CoFinancingContribution,
  type CoFinancingMatrix,
  type Deadline,
  type FinancingWarning,
  type FinancingYear,
  type PossibleSource,
  type SourceLine,
  type SourceTotal,
  sourceTotals,
} from "@bk/domain";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../../builder";
import { ContributionKindEnum, ContributionStatusEnum } from "../shared/enums";

export const SourceLineRef = builder.objectRef<SourceLine>("FinancingSource").implement({
  description: "En finansieringskälla ett år: a grant, a partner's cash or in-kind contribution, or own funding.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable key: grant:<id>, contribution:<id> or own." }),
    label: t.exposeString("label", { description: "Källa (funder and grant, or partner)." }),
    kind: t.exposeString("kind", { description: "GRANT, CASH, IN_KIND or OWN." }),
    state: t.exposeString("state", {
      description: "SECURED (granted, committed, received), PENDING (applied, pledged) or NOT_COUNTED (rejected, withdrawn, draft).",
    }),
    amount: t.field({
      type: "Money",
      nullable: true,
      description: "Belopp; empty when the source does not say (unvalued in-kind, unknown grant amount).",
      resolve: (l) => l.amount,
    }),
    detail: t.exposeString("detail", { nullable: true, description: 'What it is (e.g. premises), or "om" for a what-if outcome.' }),
  }),
});

export const SourceTotalRef = builder.objectRef<SourceTotal>("FinancingSourceTotal").implement({
  description: "Summa per slag: a year's sources of one kind and state added up (the financing chart's stacks).",
  fields: (t) => ({
    kind: t.exposeString("kind", { description: "GRANT, CASH, IN_KIND or OWN." }),
    state: t.exposeString("state", { description: "SECURED or PENDING." }),
    amount: t.field({
      type: "Money",
      description: "Summan; sources without a known amount add nothing.",
      resolve: (s) => s.amount,
    }),
  }),
});

export const FinancingYearRef = builder.objectRef<FinancingYear>("FinancingYear").implement({
  description: "Finansiering ett år: need, sources, secured, pending and gap.",
  fields: (t) => ({
    year: t.exposeInt("year", { description: "År." }),
    need: t.field({
      type: "Money",
      nullable: true,
      description: "Behov: the budget need, or without a budget what was sought.",
      resolve: (y) => y.need,
    }),
    needSource: t.exposeString("needSource", {
      nullable: true,
      description: "BUDGET (recorded) or DERIVED (from applications and contributions).",
    }),
    secured: t.field({ type: "Money", description: "Säkrat: granted + committed + received + own funding.", resolve: (y) => y.secured }),
    pending: t.field({ type: "Money", description: "Sökt och utlovat: pending applications and pledges.", resolve: (y) => y.pending }),
    gap: t.field({ type: "Money", nullable: true, description: "Gap: need − secured (negative is a surplus).", resolve: (y) => y.gap }),
    incomplete: t.exposeBoolean("incomplete", { description: "Some source has no known amount, so secured is a lower bound." }),
    sources: t.field({ type: [SourceLineRef], description: "Källor.", resolve: (y) => y.lines }),
    totals: t.field({
      type: [SourceTotalRef],
      description: "Summor per slag och status: secured and pending by kind of source (grant, cash, in kind, own).",
      resolve: (y) => sourceTotals(y),
    }),
  }),
});

const PossibleSourceRef = builder.objectRef<PossibleSource>("PossibleSource").implement({
  description:
    "Möjlig källa för ett gap: a partner or funder who paid in an earlier year and has nothing for the gap's year, or a programme that runs in that year and fits the project.",
  fields: (t) => ({
    kind: t.exposeString("kind", {
      description: "PARTNER (co-financing), FUNDER (grants) or PROGRAMME (a programme covering the year).",
    }),
    name: t.exposeString("name", { description: "Namn: the organisation's or the programme's." }),
    link: t.id({
      nullable: true,
      description: "What to link to: the Organisation's (PARTNER, FUNDER) or the Programme's (PROGRAMME) global id.",
      resolve: (s) => (s.id ? encodeGlobalID(s.kind === "PROGRAMME" ? "Programme" : "Organisation", s.id) : null),
    }),
    lastYear: t.exposeInt("lastYear", {
      nullable: true,
      description:
        "The last year they paid for, up to the gap's year; for a programme, the last year it granted this project, or else the project's recipient (empty when it granted neither).",
    }),
    lastAmount: t.field({ type: "Money", nullable: true, description: "What they paid for that year.", resolve: (s) => s.lastAmount }),
    lastRecipientName: t.string({
      nullable: true,
      description:
        "PROGRAMME: the recipient `lastAmount` went to when the programme granted the project's recipient for another project; empty when it granted this project (or nothing).",
      resolve: (s) => (s.lastRecipient?.kind === "RECIPIENT" ? s.lastRecipient.name : null),
    }),
    eligibility: t.exposeString("eligibility", {
      nullable: true,
      description:
        "PROGRAMME: SAME_KIND_GRANTED (it has granted money to the kind of organisation that receives this project's grants) or NOT_KNOWN (it has granted nothing yet). Programmes record no eligibility rules, so their grants are what tells. Empty for partners and funders.",
    }),
  }),
});

export const FinancingWarningRef = builder.objectRef<FinancingWarning>("FinancingWarning").implement({
  description: "Varning: a year ending with a gap, figures missing, or permanent financing not secured.",
  fields: (t) => ({
    kind: t.exposeString("kind", { description: "YEAR_GAP, INCOMPLETE_FIGURES or PERMANENT_FINANCING_NOT_SECURED." }),
    year: t.exposeInt("year", { description: "År." }),
    gap: t.field({ type: "Money", nullable: true, description: "Gapet, for YEAR_GAP.", resolve: (w) => ("gap" in w ? w.gap : null) }),
    possibleSources: t.field({
      type: [PossibleSourceRef],
      description:
        "Möjliga källor, for YEAR_GAP: partners and funders who paid in earlier years and have nothing recorded for this year (most recent first), then the programmes whose period or allocations cover the year and whose grants have gone to the kind of organisation that receives the project's grants (or that have granted nothing yet), and to which the project has not applied for the year.",
      resolve: (w) => ("possibleSources" in w ? w.possibleSources : []),
    }),
    possibleSourceCount: t.int({
      description:
        "How many possible sources `possibleSources` names (0 but for YEAR_GAP): for a list that shows only the number, without every source's fields (a county's portfolio names tens of thousands).",
      resolve: (w) => ("possibleSources" in w ? w.possibleSources.length : 0),
    }),
  }),
});

export const DeadlineRef = builder.objectRef<Deadline>("Deadline").implement({
  description: "Ett datum att hålla: a condition, report, follow-up, planned evaluation or application deadline.",
  fields: (t) => ({
    date: t.exposeString("date", { description: "ISO date." }),
    kind: t.exposeString("kind", { description: "CONDITION, REPORT, FOLLOW_UP, EVALUATION or APPLICATION_DEADLINE." }),
    title: t.exposeString("title", { description: "Vad." }),
    grantId: t.id({
      nullable: true,
      description: "The grant's global id, where there is one.",
      resolve: (d) => (d.grantId ? encodeGlobalID("Grant", d.grantId) : null),
    }),
    passed: t.exposeBoolean("passed", { description: "The date has passed (relative to `from`)." }),
  }),
});

const CoFinancingEntryRef = builder.objectRef<CoFinancingContribution>("CoFinancingEntry").implement({
  description: "Ett bidrag i medfinansieringsmatrisen: one contribution of a partner in a year.",
  fields: (t) => ({
    contributionId: t.id({ description: "The contribution's global id.", resolve: (c) => encodeGlobalID("Contribution", c.id) }),
    kind: t.field({ type: ContributionKindEnum, description: "Kontant eller i natura.", resolve: (c) => c.kind }),
    status: t.field({ type: ContributionStatusEnum, description: "Utlovad, beslutad eller erhållen.", resolve: (c) => c.status }),
    amount: t.field({
      type: "Money",
      nullable: true,
      description: "Belopp; empty for unvalued in-kind support.",
      resolve: (c) => c.amount,
    }),
    description: t.exposeString("description", { nullable: true, description: "Vad (e.g. premises)." }),
  }),
});

type CoFinancingPartner = CoFinancingMatrix["partners"][number];

const CoFinancingCellRef = builder.objectRef<CoFinancingPartner["cells"][number]>("CoFinancingCell").implement({
  description: "En cell i medfinansieringsmatrisen: a partner's contributions in one year (empty where it gives nothing).",
  fields: (t) => ({
    year: t.exposeInt("year", { description: "År." }),
    contributions: t.field({ type: [CoFinancingEntryRef], description: "Bidragen.", resolve: (c) => c.contributions }),
  }),
});

const CoFinancingPartnerRef = builder.objectRef<CoFinancingPartner>("CoFinancingPartner").implement({
  description: "En rad i medfinansieringsmatrisen: one partner with a cell for each of the matrix's years.",
  fields: (t) => ({
    organisationId: t.id({ description: "The partner's global id.", resolve: (p) => encodeGlobalID("Organisation", p.organisationId) }),
    name: t.exposeString("organisationName", { description: "Partens namn." }),
    cells: t.field({ type: [CoFinancingCellRef], description: "One cell per year of the matrix, in its order.", resolve: (p) => p.cells }),
    total: t.field({
      type: "Money",
      description: "The partner's money over all years (in kind without a value adds nothing).",
      resolve: (p) => p.total,
    }),
  }),
});

const CoFinancingYearTotalRef = builder.objectRef<CoFinancingMatrix["yearTotals"][number]>("CoFinancingYearTotal").implement({
  description: "Summan för ett år: all partners' money that year.",
  fields: (t) => ({
    year: t.exposeInt("year", { description: "År." }),
    amount: t.field({ type: "Money", description: "Summa.", resolve: (y) => y.amount }),
  }),
});

export const CoFinancingRef = builder.objectRef<CoFinancingMatrix>("CoFinancing").implement({
  description: "Medfinansiering per part och år: partners (by name) × years, each cell the partner's contributions.",
  fields: (t) => ({
    years: t.exposeIntList("years", { description: "Åren, stigande." }),
    partners: t.field({ type: [CoFinancingPartnerRef], description: "Parterna i namnordning.", resolve: (m) => m.partners }),
    yearTotals: t.field({
      type: [CoFinancingYearTotalRef],
      description: "Each year's sum, in the order of `years`.",
      resolve: (m) => m.yearTotals,
    }),
    total: t.field({ type: "Money", description: "All partners' money over all years.", resolve: (m) => m.total }),
  }),
});
