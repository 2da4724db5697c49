import { IN_FAVOUR } from "../grants/lifecycle";
import { grantYearShares } from "../grants/year-attribution";
import { compareMoney, sumMoney } from "../money/money";
import type { FinancingInput } from "./financing";
import { type ProgrammeCandidate, type ProgrammeSubject, programmeSources } from "./programme-sources";

/**
 * Where a gap's money could come from: a partner or funder who paid before and has nothing for the
 * year in question, or a programme whose period and eligibility cover the year (programme-sources.ts).
 */
export type PossibleSource = {
  kind: "PARTNER" | "FUNDER" | "PROGRAMME";
  name: string;
  /** The organisation's (PARTNER, FUNDER) or the programme's (PROGRAMME) id, where known: what to link to. */
  id: string | null;
  /**
   * The last year they paid for (a programme: granted this project, or else its recipient), up to the
   * year in question; null for a programme that has granted neither.
   */
  lastYear: number | null;
  /** What they paid for that year (cash contributions, or grants in favour); null when no amount is known. */
  lastAmount: string | null;
  /** PROGRAMME: whom `lastYear` and `lastAmount` went to (the project, or the recipient by name). */
  lastRecipient: { kind: "PROJECT" } | { kind: "RECIPIENT"; name: string } | null;
  /**
   * PROGRAMME: why it is thought to fit. SAME_KIND_GRANTED: it has granted money to a recipient of the
   * kind of organisation that receives this project's grants. NOT_KNOWN: it has granted nothing yet, so
   * nothing tells (programmes record no eligibility rules of their own). Null for partners and funders.
   */
  eligibility: "SAME_KIND_GRANTED" | "NOT_KNOWN" | null;
};

/** What the programme rule needs besides the project's own figures; without it only partners and funders are named. */
export type ProgrammeContext = { subject: ProgrammeSubject; candidates: readonly ProgrammeCandidate[] };

type Paid = { name: string; id: string | null; kind: "PARTNER" | "FUNDER"; year: number; amount: string | null };

/**
 * "From whom could it come?" For a year with a gap: the partners whose cash contributions and the
 * funders whose grants in favour counted in earlier years, and who have nothing recorded — not even
 * a pending application or a pledge — for that year. Most recent first, then the larger amount.
 * Then, given the programmes (`programmes`), those that cover the year and fit the project.
 */
export function possibleSources(input: FinancingInput, year: number, programmes?: ProgrammeContext): PossibleSource[] {
  const paid: Paid[] = [];
  const present = new Set<string>();
  for (const c of input.contributions) {
    const key = `PARTNER:${c.organisationName}`;
    if (c.year === year) present.add(key);
    else if (c.year < year && c.kind === "CASH")
      paid.push({ name: c.organisationName, id: c.organisationId ?? null, kind: "PARTNER", year: c.year, amount: c.amount });
  }
  for (const g of input.grants) {
    const key = `FUNDER:${g.funderName}`;
    for (const share of grantYearShares(g)) {
      if (share.year === year && g.status !== "REJECTED" && g.status !== "WITHDRAWN") present.add(key);
      else if (share.year < year && IN_FAVOUR.includes(g.status)) {
        paid.push({ name: g.funderName, id: g.funderId ?? null, kind: "FUNDER", year: share.year, amount: share.granted ?? share.applied });
      }
    }
  }
  const latest = new Map<string, Paid[]>();
  for (const p of paid) {
    const key = `${p.kind}:${p.name}`;
    if (present.has(key)) continue;
    const known = latest.get(key);
    if (!known || known[0].year < p.year) latest.set(key, [p]);
    else if (known[0].year === p.year) known.push(p);
  }
  const partners = [...latest.values()]
    .map((ps): PossibleSource => {
      const known = ps.some((p) => p.amount !== null);
      return {
        kind: ps[0].kind,
        name: ps[0].name,
        id: ps[0].id,
        lastYear: ps[0].year,
        lastAmount: known ? sumMoney(ps.map((p) => p.amount)) : null,
        lastRecipient: null,
        eligibility: null,
      };
    })
    .sort(
      (a, b) =>
        (b.lastYear ?? 0) - (a.lastYear ?? 0) ||
        compareMoney(b.lastAmount ?? "0", a.lastAmount ?? "0") ||
        a.name.localeCompare(b.name, "sv"),
    );
  return programmes ? [...partners, ...programmeSources(input, year, programmes.subject, programmes.candidates)] : partners;
}
