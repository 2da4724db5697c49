import type { Role } from "../generated/prisma/enums";

/**
 * What each role may do: the one table that the API's permission rules, the web app's menus and
 * buttons, the README and the permission-matrix test all read. Deny by default: a permission not
 * listed for any of a user's roles is refused.
 */
export const PERMISSIONS = [
  /** Read everything (protected counts stay protected). */
  "read:all",
  /** Read one's own projects with their grants, financing, partners, evaluations and statistics. */
  "read:ownProjects",
  /** See raw counts of people instead of "<5". */
  "read:rawCounts",
  /** The grant lifecycle: applications, decisions, conditions, reports, payments. */
  "write:grants",
  /** Organisations in the directory. */
  "write:organisations",
  /** Organisations' roles in projects. */
  "write:partnerRoles",
  /** Agreements with their follow-up clauses. */
  "write:agreements",
  /** Evaluations, follow-ups and their answers. */
  "write:evaluations",
  /** Budgets and co-financing of any project. */
  "write:financing",
  /** Budgets and co-financing of one's own projects. */
  "write:ownFinancing",
  /** Indicators (what is measured). */
  "write:indicators",
  /** Values of indicators for any project or organisation. */
  "write:statistics",
  /** Values of indicators for one's own projects. */
  "write:ownStatistics",
  /** Users, their roles and projects. */
  "manage:users",
  /** The system's settings, such as whether the open-data exports are public. */
  "manage:settings",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  // Everything but raw counts: an administrator who needs them gives themself STATISTICIAN, which
  // the account history records.
  ADMIN: PERMISSIONS.filter((p) => p !== "read:rawCounts"),
  CASE_OFFICER: ["read:all", "write:grants", "write:organisations", "write:partnerRoles", "write:agreements", "write:evaluations"],
  PROJECT_LEAD: ["read:ownProjects", "write:ownFinancing", "write:ownStatistics"],
  ANALYST: ["read:all"],
  STATISTICIAN: ["read:all", "read:rawCounts", "write:indicators", "write:statistics"],
};

export const ROLES = Object.keys(ROLE_PERMISSIONS) as Role[];

/** Every permission the given roles hold together. */
export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((r) => ROLE_PERMISSIONS[r] ?? []));
}

/** The permissions of each roles list asked about (a viewer's list is asked for every object it reads). */
const heldBy = new WeakMap<readonly Role[], ReadonlySet<Permission>>();

/** May a user with these roles do this? */
export function can(roles: readonly Role[], permission: Permission): boolean {
  let held = heldBy.get(roles);
  if (!held) {
    held = permissionsOf(roles);
    heldBy.set(roles, held);
  }
  return held.has(permission);
}

/**
 * A project's data (beyond what the grant list shows everyone: title, funder, recipient,
 * amounts, status) is readable by a user who reads everything, or who leads that project.
 */
export function canReadProject(viewer: { roles: readonly Role[]; projectIds: readonly string[] }, projectId: string | null): boolean {
  if (can(viewer.roles, "read:all")) return true;
  return !!projectId && can(viewer.roles, "read:ownProjects") && viewer.projectIds.includes(projectId);
}

/** May this user change a project's budget and co-financing (`financing`) or statistics? */
export function canWriteProject(
  viewer: { roles: readonly Role[]; projectIds: readonly string[] },
  projectId: string | null,
  area: "financing" | "statistics",
): boolean {
  if (can(viewer.roles, `write:${area}`)) return true;
  return (
    !!projectId &&
    can(viewer.roles, `write:own${area === "financing" ? "Financing" : "Statistics"}`) &&
    viewer.projectIds.includes(projectId)
  );
}
