import { accounts } from "./messages/sv/accounts";
import { audit } from "./messages/sv/audit";
import { base } from "./messages/sv/base";
import { explorer } from "./messages/sv/explorer";
import { exports } from "./messages/sv/exports";
import { financing } from "./messages/sv/financing";
import { layout } from "./messages/sv/layout";
import { lifecycle } from "./messages/sv/lifecycle";
import { openData } from "./messages/sv/open-data";
import { partners } from "./messages/sv/partners";
import { projects } from "./messages/sv/projects";
import { savedQueries } from "./messages/sv/saved-queries";

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
