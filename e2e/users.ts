/**
 * The users the end-to-end server starts with (playwright.config.ts passes these to it): the
 * first administrator from ADMIN_EMAIL/ADMIN_PASSWORD and the demo users, one per role, with
 * DEMO_PASSWORD. The same as a newcomer gets from `npm start`, with known passwords.
 */
export const ADMIN = { email: "admin@e2e.bidragskollen.test", password: "e2e administratör lösenord" };
export const DEMO_PASSWORD = "e2e demo-lösenord för alla";

export const USERS = {
  admin: ADMIN,
  officer: { email: "handlaggare@bidragskollen.local", password: DEMO_PASSWORD, name: "Anna Handläggare (demo)" },
  lead: { email: "projektledare@bidragskollen.local", password: DEMO_PASSWORD, name: "Pia Projektledare (demo)" },
  analyst: { email: "utredare@bidragskollen.local", password: DEMO_PASSWORD, name: "Ulf Utredare (demo)" },
  statistician: { email: "statistiker@bidragskollen.local", password: DEMO_PASSWORD, name: "Siv Statistiker (demo)" },
} as const;
export type Who = keyof typeof USERS;
