// The parts by file name with extension: the build reads this file too (vite/page-heads.ts), as Node would.
import { accounts } from "./messages/sv/accounts.ts";
import { audit } from "./messages/sv/audit.ts";
import { base } from "./messages/sv/base.ts";
import { explorer } from "./messages/sv/explorer.ts";
import { exports } from "./messages/sv/exports.ts";
import { financing } from "./messages/sv/financing.ts";
import { layout } from "./messages/sv/layout.ts";
import { lifecycle } from "./messages/sv/lifecycle.ts";
import { openData } from "./messages/sv/open-data.ts";
import { partners } from "./messages/sv/partners.ts";
import { projects } from "./messages/sv/projects.ts";
import { savedQueries } from "./messages/sv/saved-queries.ts";

/** Every user-visible string of the app in Swedish, one file per area: the keys every language must have. */
export const sv = {
  ...base,
  ...accounts,
  ...lifecycle,
  ...financing,
  ...partners,
  ...exports,
  ...layout,
  ...projects,
  ...audit,
  ...explorer,
  ...savedQueries,
  ...openData,
} as const;
