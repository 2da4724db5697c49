import { z } from "zod";
import { year } from "../dates/date-schemas";
import { ContributionKind, ContributionStatus } from "../generated/prisma/enums";
import { compareMoney } from "../money/money";
import { kronor, optionalKronor } from "../money/money-schemas";
import { because } from "../rules/zod-violations";
import { optionalLong } from "../text/text-schemas";

/** A project's budget need (and own funding) for one year. */
export const budgetYearSchema = z.object({
  year,
  amount: kronor("budgetYear.amountInvalid"),
  ownFunding: optionalKronor("budgetYear.ownFundingInvalid"),
  note: optionalLong(2000),
});
export type BudgetYearInput = z.input<typeof budgetYearSchema>;

/** A partner's contribution for one year: cash needs an amount; in kind may be unvalued. */
export const contributionSchema = z
  .object({
    organisationId: z.string().min(1, because("contribution.partnerRequired")),
    year,
    kind: z.enum(ContributionKind, because("contribution.kindRequired")),
    amount: optionalKronor("contribution.amountInvalid"),
    status: z.enum(ContributionStatus, because("contribution.statusRequired")),
    description: optionalLong(500),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "CASH" && !v.amount) ctx.addIssue({ code: "custom", path: ["amount"], ...because("contribution.cashNeedsAmount") });
    if (v.kind === "IN_KIND" && !v.amount && !v.description) {
      ctx.addIssue({ code: "custom", path: ["description"], ...because("contribution.inKindNeedsDescription") });
    }
  });
export type ContributionInput = z.input<typeof contributionSchema>;

type ContributionKey = { organisationId: string; year: number; kind: string; amount: string | null; description: string | null };

/**
 * A second record of the same partner's same support in the same year (kind, amount and
 * description alike, whatever its status) would count it twice in the financing; change the
 * first one's status instead.
 */
export const sameContribution = (a: ContributionKey, b: ContributionKey) =>
  a.organisationId === b.organisationId &&
  a.year === b.year &&
  a.kind === b.kind &&
  (a.amount === null ? b.amount === null : b.amount !== null && compareMoney(a.amount, b.amount) === 0) &&
  (a.description ?? "").toLowerCase() === (b.description ?? "").toLowerCase();
