import type { IsoDate } from "../dates/dates";
import type { GrantStatus } from "../generated/prisma/enums";
import { IN_FAVOUR } from "../grants/lifecycle";
import { parseMoney } from "../money/money";
import { giving360GrantId, giving360OrgId, giving360ProgrammeCode } from "./identifiers";

/**
 * Which grants the 360Giving export holds: those decided in favour (IN_FAVOUR: granted, partially
 * granted, active, reported or closed), as 360Giving publishes awards. Left out: applications
 * not yet decided (draft, submitted), rejected and withdrawn ones, and a grant in favour whose
 * decision date or granted amount the source does not give (awardDate and amountAwarded are
 * required by the standard). The API's query applies the same three conditions in SQL.
 */
export const GIVING360_STATUSES: readonly GrantStatus[] = IN_FAVOUR;

/** An organisation as the export needs it. */
export type Giving360OrgSource = {
  id: string;
  name: string;
  /** Organisationsnummer, `NNNNNN-NNNN`. */
  organisationNumber: string | null;
  municipality: string | null;
  website: string | null;
};

/** One grant as the API loads it for the export (amounts as exact decimal strings). */
export type Giving360Source = {
  id: string;
  title: string;
  description: string | null;
  currency: string;
  status: GrantStatus;
  amountApplied: string | null;
  amountGranted: string | null;
  /** The sum of the grant's paid disbursements ("0" when nothing is paid). */
  amountDisbursed: string;
  decisionDate: IsoDate | null;
  periodStartYear: number | null;
  periodEndYear: number | null;
  funder: Giving360OrgSource;
  recipient: Giving360OrgSource;
  programme: { id: string; name: string } | null;
  /** When the grant or anything exported with it last changed (ISO date-time). */
  dateModified: string;
};

export type Giving360Organization = {
  id: string;
  name: string;
  addressLocality?: string;
  addressCountry?: string;
  url?: string;
};

/** A grant in the 360Giving Data Standard 1.4 (the fields this system knows). */
export type Giving360Grant = {
  id: string;
  title: string;
  description: string;
  currency: string;
  amountAppliedFor?: number;
  amountAwarded: number;
  amountDisbursed: number;
  awardDate: string;
  plannedDates?: { startDate: string; endDate: string; duration: number }[];
  recipientOrganization: Giving360Organization[];
  fundingOrganization: Giving360Organization[];
  grantProgramme?: { code: string; title: string }[];
  dataSource: string;
  dateModified: string;
};

/** Is this grant in the export (see GIVING360_STATUSES)? */
export function isGiving360Grant(g: Pick<Giving360Source, "status" | "decisionDate" | "amountGranted">): boolean {
  return GIVING360_STATUSES.includes(g.status) && g.decisionDate !== null && g.amountGranted !== null;
}

/**
 * An amount in kronor as the JSON number 360Giving asks for, öre exact: amounts have at most 14
 * significant digits (12 before the decimal point, 2 after), which a double holds exactly in its
 * shortest decimal form, so the number prints as the stored decimal ("916210.5").
 */
export function giving360Amount(amount: string): number {
  const exact = parseMoney(amount);
  if (exact === null) throw new Error(`Not an amount: ${amount}`);
  const n = Number(exact);
  if (String(n) !== exact) throw new Error(`Amount not exact as a number: ${amount}`);
  return n;
}

function organization(o: Giving360OrgSource): Giving360Organization {
  return {
    id: giving360OrgId(o),
    name: o.name,
    ...(o.municipality ? { addressLocality: o.municipality, addressCountry: "SE" } : {}),
    ...(o.website && /^https?:\/\//i.test(o.website) ? { url: o.website } : {}),
  };
}

/**
 * One grant as a 360Giving grant. Amounts are numbers in kronor (öre exact); dates ISO; the
 * planned dates are the grant period's years (startDate "2008", endDate "2009", duration in
 * months). A decision date known only to the month or year is stored as its first day and
 * exported so (awardDate needs a full date). The description falls back to the title (it is
 * required). `dataSource` is where the export is published.
 */
export function toGiving360Grant(g: Giving360Source, dataSource: string): Giving360Grant {
  if (!isGiving360Grant(g) || g.decisionDate === null || g.amountGranted === null)
    throw new Error(`Grant ${g.id} is not decided in favour with a date and an amount`);
  const start = g.periodStartYear ?? g.periodEndYear;
  const end = g.periodEndYear ?? g.periodStartYear;
  return {
    id: giving360GrantId(g.id),
    title: g.title,
    description: g.description?.trim() || g.title,
    currency: g.currency,
    ...(g.amountApplied !== null ? { amountAppliedFor: giving360Amount(g.amountApplied) } : {}),
    amountAwarded: giving360Amount(g.amountGranted),
    amountDisbursed: giving360Amount(g.amountDisbursed),
    awardDate: g.decisionDate,
    ...(start !== null && end !== null
      ? { plannedDates: [{ startDate: String(start), endDate: String(end), duration: (end - start + 1) * 12 }] }
      : {}),
    recipientOrganization: [organization(g.recipient)],
    fundingOrganization: [organization(g.funder)],
    ...(g.programme ? { grantProgramme: [{ code: giving360ProgrammeCode(g.programme.id), title: g.programme.name }] } : {}),
    dataSource,
    dateModified: g.dateModified,
  };
}
