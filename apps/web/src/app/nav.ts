import type { Permission } from "@bk/domain";
import type { MessageKey } from "../i18n/messages";

/** The main menu: a page without a permission is open to every logged-in reader. */
export const NAV: { to: string; key: MessageKey; permission?: Permission }[] = [
  { to: "/attention", key: "nav.attention" },
  { to: "/grants", key: "nav.grants" },
  { to: "/programmes", key: "nav.programmes" },
  { to: "/projects", key: "nav.projects" },
  { to: "/financing", key: "nav.financing" },
  { to: "/partners", key: "nav.partners" },
  { to: "/evaluations", key: "nav.evaluations" },
  { to: "/statistics", key: "nav.statistics" },
  { to: "/changes", key: "nav.changes" },
  { to: "/explorer", key: "nav.explorer" },
  // The documents speak of several projects at once: for those who read everything.
  { to: "/documents", key: "nav.documents", permission: "read:all" },
  { to: "/admin/users", key: "nav.users", permission: "manage:users" },
  { to: "/admin/open-data", key: "nav.openData", permission: "manage:settings" },
];
