import { z } from "zod";
import { ContributionKind, ContributionStatus } from "../generated/prisma/enums";
import { compareMoney, parseMoney } from "../money/money";

const money = (message: string) =>
  z.string().transform((value, ctx) => {
    const parsed = parseMoney(value);
    if (parsed === null || compareMoney(parsed, "0") < 0) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return parsed;
  });
const year = z
  .number({ message: "Ange år" })
  .int("Ange ett helt år")
  .min(1990, "Året måste vara 1990 eller senare")
  .max(2100, "Året måste vara 2100 eller tidigare");

/** A project's budget need (and own funding) for one year. */
export const budgetYearSchema = z.object({
  year,
  amount: money("Ange behovet i kronor, t.ex. 900 000"),
  ownFunding: money("Ange egen finansiering i kronor")
    .nullish()
    .transform((v) => v ?? null),
  note: z
    .string()
    .max(2000, "Högst 2000 tecken")
    .nullish()
    .transform((v) => v?.trim() || null),
});
export type BudgetYearInput = z.input<typeof budgetYearSchema>;

/** A partner's contribution for one year: cash needs an amount; in kind may be unvalued. */
export const contributionSchema = z
  .object({
    organisationId: z.string().min(1, "Välj part"),
    year,
    kind: z.enum(ContributionKind, { message: "Välj kontant eller i natura" }),
    amount: z
      .string()
      .nullish()
      .transform((v) => (v?.trim() ? v : null))
      .pipe(money("Ange beloppet i kronor").nullable()),
    status: z.enum(ContributionStatus, { message: "Välj status" }),
    description: z
      .string()
      .max(500, "Högst 500 tecken")
      .nullish()
      .transform((v) => v?.trim() || null),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "CASH" && !v.amount)
      ctx.addIssue({ code: "custom", path: ["amount"], message: "Ett kontant bidrag behöver ett belopp" });
    if (v.kind === "IN_KIND" && !v.amount && !v.description) {
      ctx.addIssue({ code: "custom", path: ["description"], message: "Beskriv vad som bidras med (t.ex. lokaler) om värdet är okänt" });
    }
  });
export type ContributionInput = z.input<typeof contributionSchema>;
