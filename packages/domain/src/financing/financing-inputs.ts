import { z } from "zod";
import { year } from "../dates/date-schemas";
import { ContributionKind, ContributionStatus } from "../generated/prisma/enums";
import { compareMoney } from "../money/money";
import { kronor, optionalKronor } from "../money/money-schemas";
import { optionalLong } from "../text/text-schemas";

/** A project's budget need (and own funding) for one year. */
export const budgetYearSchema = z.object({
  year,
  amount: kronor("Ange behovet i kronor, t.ex. 900 000"),
  ownFunding: optionalKronor("Ange egen finansiering i kronor"),
  note: optionalLong(2000),
});
export type BudgetYearInput = z.input<typeof budgetYearSchema>;

/** A partner's contribution for one year: cash needs an amount; in kind may be unvalued. */
export const contributionSchema = z
  .object({
    organisationId: z.string().min(1, "Välj part"),
    year,
    kind: z.enum(ContributionKind, { message: "Välj kontant eller i natura" }),
    amount: optionalKronor("Ange beloppet i kronor"),
    status: z.enum(ContributionStatus, { message: "Välj status" }),
    description: optionalLong(500),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "CASH" && !v.amount)
      ctx.addIssue({ code: "custom", path: ["amount"], message: "Ett kontant bidrag behöver ett belopp" });
    if (v.kind === "IN_KIND" && !v.amount && !v.description) {
      ctx.addIssue({ code: "custom", path: ["description"], message: "Beskriv vad som bidras med (t.ex. lokaler) om värdet är okänt" });
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
