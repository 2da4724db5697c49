import { yearSource } from "../grants/year-attribution.fixtures";
import type { FinancingContribution, FinancingGrant, FinancingInput } from "./financing";

/** For tests: Relationsvåldscentrum's seven partners. */
export const PARTNERS = ["Hässelby-Vällingby", "Bromma", "Rinkeby-Kista", "Spånga-Tensta", "Solna", "Sundbyberg", "Ekerö"];
export const grant = (over: Partial<FinancingGrant>): FinancingGrant => ({
  id: "g",
  title: "Projektmedel",
  funderName: "Länsstyrelsen i Stockholms län",
  status: "SUBMITTED",
  ...yearSource(),
  ...over,
});

/** Relationsvåldscentrum as the source documents describe it. */
export const rvc: FinancingInput = {
  budgetYears: [],
  grants: [
    grant({ id: "early", title: "Projektmedel 2007–2009", status: "GRANTED", periodStartYear: 2007, periodEndYear: 2009 }),
    grant({
      id: "2010",
      title: "Implementeringsår 2010",
      status: "PARTIALLY_GRANTED",
      amountApplied: "900000",
      amountGranted: "500000",
      periodStartYear: 2010,
      periodEndYear: 2010,
      yearAmounts: [{ year: 2010, amountApplied: "900000", amountGranted: "500000" }],
    }),
  ],
  contributions: [
    ...PARTNERS.flatMap((p) =>
      [2007, 2008, 2009].map(
        (year): FinancingContribution => ({
          id: `${p}${year}`,
          organisationName: p,
          year,
          kind: "CASH",
          amount: "150000",
          status: "COMMITTED",
          description: null,
        }),
      ),
    ),
    ...[2007, 2008, 2009].map(
      (year): FinancingContribution => ({
        id: `police${year}`,
        organisationName: "Västerorts polismästardistrikt",
        year,
        kind: "IN_KIND",
        amount: null,
        status: "COMMITTED",
        description: "Lokaler",
      }),
    ),
  ],
};
