import type { Wordings } from "../wording";

/** Why a year or a grant filter is refused. */
export const grantsRules = {
  "year.outOfRange": { sv: "Året måste ligga mellan {min} och {max}", en: "The year must be between {min} and {max}" },
  "grantFilter.amountInvalid": { sv: "Ogiltigt belopp", en: "Invalid amount" },
  "grantFilter.amountRangeReversed": {
    sv: "Från-beloppet får inte vara större än till-beloppet",
    en: "The from-amount must not be larger than the to-amount",
  },
} satisfies Wordings;
