import type { GrantStatus } from "@bk/domain";
import { Prisma } from "@bk/domain/server";

/**
 * A named group of the lifecycle's statuses (AWAITING_DECISION, PAYABLE …) written into a statement as
 * literals for `IN (…)`: constants of the domain, not input, so the planner sees the values; anything
 * but capitals and underscores is dropped all the same.
 */
export const statusListSql = (list: readonly GrantStatus[]) => Prisma.raw(list.map((s) => `'${s.replace(/[^A-Z_]/g, "")}'`).join(", "));
