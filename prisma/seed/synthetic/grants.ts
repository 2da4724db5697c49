import type { GrantStatus, Prisma } from "@bk/domain/server";
import type { Parties } from "./parties";
import { kronor, ore, type Random } from "./random";
import { FIRST_YEAR, LAST_YEAR } from "./sizes";

/** One grant and its parts, as rows to insert. */
export type GrantRows = {
  grant: Prisma.GrantCreateManyInput;
  yearAmounts: Prisma.GrantYearAmountCreateManyInput[];
  conditions: Prisma.ConditionCreateManyInput[];
  reports: Prisma.ReportRequirementCreateManyInput[];
  payments: Prisma.DisbursementCreateManyInput[];
};

/** Statuses in the proportions of a county with twenty years of history: most grants closed or running. */
const STATUS_WEIGHTS: [GrantStatus, number][] = [
  ["DRAFT", 3],
  ["SUBMITTED", 7],
  ["GRANTED", 8],
  ["PARTIALLY_GRANTED", 7],
  ["REJECTED", 12],
  ["ACTIVE", 20],
  ["REPORTED", 10],
  ["CLOSED", 30],
  ["WITHDRAWN", 3],
];
const WEIGHT_SUM = STATUS_WEIGHTS.reduce((s, [, w]) => s + w, 0);
const IN_FAVOUR = new Set<GrantStatus>(["GRANTED", "PARTIALLY_GRANTED", "ACTIVE", "REPORTED", "CLOSED"]);
const DECIDED = new Set<GrantStatus>([...IN_FAVOUR, "REJECTED"]);

function pickStatus(r: Random): GrantStatus {
  let x = r.next() * WEIGHT_SUM;
  for (const [status, w] of STATUS_WEIGHTS) {
    x -= w;
    if (x < 0) return status;
  }
  return "CLOSED";
}

const day = (year: number, month: number, d: number) => new Date(Date.UTC(year, month, d));

/** `total` öre split in `parts` shares (random weights), the last taking the remainder. */
function splitOre(r: Random, total: bigint, parts: number): bigint[] {
  const weights = Array.from({ length: parts }, () => BigInt(r.int(1, 10)));
  const sum = weights.reduce((a, b) => a + b, 0n);
  let left = total;
  return weights.map((w, i) => {
    if (i === parts - 1) return left;
    const part = (total * w) / sum;
    left -= part;
    return part;
  });
}

/**
 * A grant as a county holds them: a status of its lifecycle with the dates and amounts that status
 * implies (granted ≤ applied, a decision date once decided), a period of one year, several years
 * with or without a per-year split (the split adding up to the amounts), or no period at all;
 * conditions, reports and payments (never more than granted) only for grants decided in favour,
 * settled as far as the status requires (a reported grant has its final report, a closed one no
 * open condition and no planned payment).
 */
export function generateGrant(r: Random, parties: Parties, i: number, seedKey: string): GrantRows {
  const id = r.uuid();
  const status = pickStatus(r);
  const programme = r.chance(0.85) ? r.pick(parties.programmes) : null;
  const funderId = programme?.funderId ?? r.pick(parties.funders);
  const project = r.chance(0.9) ? r.pick(parties.projects) : null;
  const recipientId = project && r.chance(0.8) ? project.ownerId : r.pick(parties.recipients).id;
  const year = programme ? r.int(programme.startYear, programme.endYear) : r.int(FIRST_YEAR, LAST_YEAR);

  const decided = DECIDED.has(status);
  const inFavour = IN_FAVOUR.has(status);
  const shape = r.next(); // < 0.1 no period, < 0.7 one year, else several years
  const years = shape < 0.1 ? 0 : shape < 0.7 ? 1 : r.int(2, 3);
  const withSplit = years > 1 && r.chance(0.5);
  const applied = withSplit || r.chance(0.95) ? r.money(20_000, 3_000_000) : null;
  let granted: string | null = null;
  if (inFavour) {
    const base = applied ?? r.money(20_000, 2_000_000);
    granted =
      status === "PARTIALLY_GRANTED" || (status !== "GRANTED" && r.chance(0.3)) ? kronor((ore(base) * BigInt(r.int(30, 95))) / 100n) : base;
  }
  const periodStartYear = years === 0 ? null : year;
  // Without a period, a third still name an end: the rule spreads them from the decision year.
  const periodEndYear = years === 0 ? (r.chance(0.33) ? year + 1 : null) : year + years - 1;
  const submittedDate = status === "DRAFT" ? null : day(year - 1, r.int(8, 11), r.int(1, 28));
  const decisionDate =
    decided || (status === "WITHDRAWN" && r.chance(0.3)) ? day(year - (r.chance(0.7) ? 0 : 1), r.int(0, 11), r.int(1, 28)) : null;

  const yearAmounts: Prisma.GrantYearAmountCreateManyInput[] = [];
  if (withSplit && applied) {
    const appliedParts = splitOre(r, ore(applied), years);
    // One in five decisions is not divided per year: the rule divides it like the application.
    const grantedParts = granted && r.chance(0.8) ? splitOre(r, ore(granted), years) : null;
    for (let y = 0; y < years; y++) {
      yearAmounts.push({
        id: r.uuid(),
        grantId: id,
        year: year + y,
        amountApplied: kronor(appliedParts[y]),
        amountGranted: grantedParts ? kronor(grantedParts[y]) : null,
      });
    }
  }

  const conditions: Prisma.ConditionCreateManyInput[] = [];
  const reports: Prisma.ReportRequirementCreateManyInput[] = [];
  const payments: Prisma.DisbursementCreateManyInput[] = [];
  if (inFavour && decisionDate) {
    const settled = status === "CLOSED";
    const endYear = periodEndYear ?? year;
    // About 1.6 conditions, 1.3 reports and 1.3 payments per grant, over the three in four decided in favour.
    for (let c = r.int(1, 3) + (r.chance(0.15) ? 1 : 0); c > 0; c--) {
      const resolved = settled || r.chance(status === "GRANTED" || status === "PARTIALLY_GRANTED" ? 0.1 : 0.6);
      const due = day(endYear, r.int(0, 11), r.int(1, 28));
      conditions.push({
        id: r.uuid(),
        grantId: id,
        text: `Villkor ${c} för bidrag ${i + 1}: ${r.pick(["delrapport", "budget", "samverkansavtal", "medfinansiering"])}`,
        dueDate: due,
        blocksPayment: r.chance(0.4),
        status: resolved ? (r.chance(0.9) ? "FULFILLED" : "WAIVED") : "OPEN",
        resolvedDate: resolved ? due : null,
      });
    }
    const finalDone = status === "REPORTED" || status === "CLOSED";
    const kinds = r.chance(0.73) ? (["INTERIM", "FINAL"] as const) : (["FINAL"] as const);
    for (const kind of kinds) {
      const due = day(endYear + (kind === "FINAL" ? 1 : 0), r.int(0, 5), r.int(1, 28));
      const received = kind === "FINAL" ? finalDone : finalDone || r.chance(0.5);
      const approved = received && (status === "CLOSED" || r.chance(0.5));
      reports.push({
        id: r.uuid(),
        grantId: id,
        kind,
        title: kind === "FINAL" ? "Slutrapport" : "Delrapport",
        dueDate: due,
        status: approved ? "APPROVED" : received ? "RECEIVED" : "DUE",
        receivedDate: received ? due : null,
        approvedDate: approved ? due : null,
      });
    }
    const total = ore(granted ?? "0");
    if (total > 0n) {
      // What is paid or planned never exceeds what is granted; a closed grant has paid what it will.
      const toPay = status === "CLOSED" && r.chance(0.2) ? (total * 9n) / 10n : total;
      const parts = splitOre(r, toPay, r.chance(0.73) ? 2 : 1);
      parts.forEach((amount, p) => {
        const paid = status === "CLOSED" || ((status === "ACTIVE" || status === "REPORTED") && p === 0);
        const date = day(year + p, r.int(0, 11), r.int(1, 28));
        payments.push({
          id: r.uuid(),
          grantId: id,
          amount: kronor(amount),
          plannedDate: date,
          paidDate: paid ? date : null,
          status: paid ? "PAID" : "PLANNED",
        });
      });
    }
  }

  return {
    grant: {
      id,
      title: `Bidrag ${i + 1}${programme ? "" : " (utan program)"}`,
      description: r.chance(0.3) ? "Syntetiskt bidrag för prestandamätning." : null,
      funderId,
      applicantId: recipientId,
      recipientId,
      programmeId: programme?.id ?? null,
      projectId: project?.id ?? null,
      funderReference: r.chance(0.7) ? `${r.int(100, 999)}-${String(i + 1).padStart(6, "0")}` : null,
      amountApplied: applied,
      amountGranted: granted,
      submittedDate,
      decisionDate,
      status,
      periodStartYear,
      periodEndYear,
      seedKey,
    },
    yearAmounts,
    conditions,
    reports,
    payments,
  };
}
