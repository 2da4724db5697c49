import type { Messages } from "./messages";
import { accounts } from "./messages/en/accounts";
import { audit } from "./messages/en/audit";
import { base } from "./messages/en/base";
import { explorer } from "./messages/en/explorer";
import { exports } from "./messages/en/exports";
import { financing } from "./messages/en/financing";
import { layout } from "./messages/en/layout";
import { lifecycle } from "./messages/en/lifecycle";
import { openData } from "./messages/en/open-data";
import { partners } from "./messages/en/partners";
import { projects } from "./messages/en/projects";
import { savedQueries } from "./messages/en/saved-queries";

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
