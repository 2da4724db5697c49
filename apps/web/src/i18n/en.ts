// The parts by file name with extension: the build reads this file too (vite/page-heads.ts), as Node would.
import type { Messages } from "./messages";
import { accounts } from "./messages/en/accounts.ts";
import { audit } from "./messages/en/audit.ts";
import { base } from "./messages/en/base.ts";
import { explorer } from "./messages/en/explorer.ts";
import { exports } from "./messages/en/exports.ts";
import { financing } from "./messages/en/financing.ts";
import { layout } from "./messages/en/layout.ts";
import { lifecycle } from "./messages/en/lifecycle.ts";
import { openData } from "./messages/en/open-data.ts";
import { partners } from "./messages/en/partners.ts";
import { projects } from "./messages/en/projects.ts";
import { savedQueries } from "./messages/en/saved-queries.ts";

/** Every user-visible string of the app in English, one file per area (each typed against its Swedish file). */
export const en: Messages = {
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
};
