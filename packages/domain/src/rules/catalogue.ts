import { accounts } from "./reasons/accounts";
import { aggregates } from "./reasons/aggregates";
import { api } from "./reasons/api";
import { common } from "./reasons/common";
import { explorer } from "./reasons/explorer";
import { grants } from "./reasons/grants";
import { grantsRules } from "./reasons/grants-rules";
import { lifecycle } from "./reasons/lifecycle";
import { partners } from "./reasons/partners";
import { records } from "./reasons/records";
import { statistics } from "./reasons/statistics";
import { text } from "./reasons/text";
import type { Wording } from "./wording";

/**
 * Every reason a rule or an input can be refused for, worded in Swedish and English: one
 * catalogue for the API (which answers with the reason, its parameters and the English text)
 * and for the web app (which words it in the user's language). One file per area in reasons/.
 * Plain data (the end-to-end tests read it too, to find Swedish text in the English interface).
 */
export const REASONS = {
  ...common,
  ...text,
  ...records,
  ...lifecycle,
  ...grantsRules,
  ...grants,
  ...partners,
  ...statistics,
  ...accounts,
  ...explorer,
  ...api,
  ...aggregates,
} satisfies Record<string, Wording>;
