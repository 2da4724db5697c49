import { accounts } from "./messages/accounts";
import { audit } from "./messages/audit";
import { base } from "./messages/base";
import { explorer } from "./messages/explorer";
import { exports } from "./messages/exports";
import { financing } from "./messages/financing";
import { layout } from "./messages/layout";
import { lifecycle } from "./messages/lifecycle";
import { openData } from "./messages/open-data";
import { partners } from "./messages/partners";
import { projects } from "./messages/projects";
import { savedQueries } from "./messages/saved-queries";

/** Swedish first, English second: every user-visible string of the app, one file per area. */
export const messages = {
  sv: {
    ...base.sv,
    ...accounts.sv,
    ...lifecycle.sv,
    ...financing.sv,
    ...partners.sv,
    ...exports.sv,
    ...layout.sv,
    ...projects.sv,
    ...audit.sv,
    ...explorer.sv,
    ...savedQueries.sv,
    ...openData.sv,
  },
  en: {
    ...base.en,
    ...accounts.en,
    ...lifecycle.en,
    ...financing.en,
    ...partners.en,
    ...exports.en,
    ...layout.en,
    ...projects.en,
    ...audit.en,
    ...explorer.en,
    ...savedQueries.en,
    ...openData.en,
  },
} as const;

export type MessageKey = keyof (typeof messages)["sv"];

// Compile-time check that English has every Swedish key.
export const englishIsComplete: Record<MessageKey, string> = messages.en;
