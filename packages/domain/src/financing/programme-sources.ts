import type { OrganisationKind } from "../generated/prisma/enums";
import { grantYearShares, type YearAttributionSource } from "../grants/year-attribution";
import { compareMoney, sumMoney } from "../money/money";
import type { FinancingInput } from "./financing";
import type { PossibleSource } from "./possible-sources";

/** A programme as the possible-sources rule weighs it (the API loads these for the years in question, in SQL). */
export type ProgrammeCandidate = {
  id: string;
  name: string;
  startYear: number | null;
  endYear: number | null;
  /** The years it has an allocation for (any level). */
  allocationYears: readonly number[];
  /** The kinds of organisation it has granted money to (grants in favour). */
  grantedKinds: readonly OrganisationKind[];
  /** Its grants in favour to the project or to the project's recipients. */
  grants: readonly (YearAttributionSource & { projectId: string | null; recipientId: string; recipientName: string })[];
};

/** Whom the project's money goes to: its grants' recipients (or, without grants, its owner and operator). */
export type ProgrammeSubject = { projectId: string; recipientIds: readonly string[]; recipientKinds: readonly OrganisationKind[] };

/**
 * Whether a programme runs in a year: it has an allocation for the year, or its period (first to last
 * year; an open end runs on) includes it. A programme that states neither years nor allocations covers
 * no year: nothing says it runs.
 */
export function programmeCovers(p: Pick<ProgrammeCandidate, "startYear" | "endYear" | "allocationYears">, year: number): boolean {
  if (p.allocationYears.includes(year)) return true;
  if (p.startYear == null && p.endYear == null) return false;
  return (p.startYear == null || p.startYear <= year) && (p.endYear == null || year <= p.endYear);
}

/**
 * The programmes that could close a project's gap in `year`: they cover the year, they fit the project
 * (they have granted to the kind of organisation that receives the project's grants, or have granted
 * nothing yet: programmes record no eligibility of their own), and the project has nothing from them
 * for the year already (no application that is not rejected or withdrawn). Each with what it granted
 * the project up to that year, or else the project's recipient. Those that granted the project first,
 * then those that granted its recipient, the most recent first, then by name.
 */
export function programmeSources(
  input: FinancingInput,
  year: number,
  subject: ProgrammeSubject,
  candidates: readonly ProgrammeCandidate[],
): PossibleSource[] {
  const present = new Set(
    input.grants
      .filter((g) => g.programmeId && g.status !== "REJECTED" && g.status !== "WITHDRAWN")
      .filter((g) => grantYearShares(g).some((s) => s.year === year))
      .map((g) => g.programmeId),
  );
  const sources = candidates
    .filter((p) => programmeCovers(p, year) && !present.has(p.id))
    .flatMap((p): PossibleSource[] => {
      const eligibility = !p.grantedKinds.length
        ? "NOT_KNOWN"
        : p.grantedKinds.some((k) => subject.recipientKinds.includes(k))
          ? "SAME_KIND_GRANTED"
          : null;
      if (!eligibility) return [];
      const toProject = lastGranted(p, year, (g) => g.projectId === subject.projectId);
      const last = toProject ?? lastGranted(p, year, (g) => subject.recipientIds.includes(g.recipientId));
      return [
        {
          kind: "PROGRAMME",
          name: p.name,
          id: p.id,
          lastYear: last?.year ?? null,
          lastAmount: last?.amount ?? null,
          lastRecipient: !last ? null : toProject ? { kind: "PROJECT" } : { kind: "RECIPIENT", name: last.recipientName },
          eligibility,
        },
      ];
    });
  const rank = (s: PossibleSource) => (s.lastRecipient?.kind === "PROJECT" ? 0 : s.lastRecipient ? 1 : 2);
  return sources.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (b.lastYear ?? 0) - (a.lastYear ?? 0) ||
      compareMoney(b.lastAmount ?? "0", a.lastAmount ?? "0") ||
      a.name.localeCompare(b.name, "sv"),
  );
}

type Grant = ProgrammeCandidate["grants"][number];

/** The latest year up to `year` in which the programme granted the chosen grants money, and how much (summed over them). */
function lastGranted(p: ProgrammeCandidate, year: number, chosen: (g: Grant) => boolean) {
  const shares = p.grants
    .filter(chosen)
    .flatMap((g) => grantYearShares(g).map((s) => ({ ...s, recipientName: g.recipientName })))
    .filter((s) => s.year <= year);
  if (!shares.length) return null;
  const latest = Math.max(...shares.map((s) => s.year));
  const those = shares.filter((s) => s.year === latest);
  const amounts = those.map((s) => s.granted ?? s.applied);
  return { year: latest, amount: amounts.some((a) => a !== null) ? sumMoney(amounts) : null, recipientName: those[0].recipientName };
}
