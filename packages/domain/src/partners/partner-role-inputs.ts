import { z } from "zod";
import { optionalYear } from "../dates/date-schemas";
import { PartnerRoleKind } from "../generated/prisma/enums";
import { because } from "../rules/zod-violations";
import { optionalLong } from "../text/text-schemas";

/** An organisation's role in a project over some years, as the partner form and the API take it. */
export const partnerRoleSchema = z
  .object({
    projectId: z.string().min(1, because("partnerRole.projectRequired")),
    organisationId: z.string().min(1, because("partnerRole.organisationRequired")),
    role: z.enum(PartnerRoleKind, because("partnerRole.roleRequired")),
    fromYear: optionalYear,
    toYear: optionalYear,
    note: optionalLong(1000),
  })
  .superRefine((v, ctx) => {
    if (v.fromYear !== null && v.toYear !== null && v.toYear < v.fromYear)
      ctx.addIssue({ code: "custom", path: ["toYear"], ...because("partnerRole.yearsReversed") });
  });
export type PartnerRoleInput = z.input<typeof partnerRoleSchema>;

export type RoleKey = { projectId: string; organisationId: string; role: string; fromYear: number | null; toYear: number | null };

/**
 * One organisation in one role in one project over the same years is one partner role: a
 * second copy would count the partner twice. (The database holds the same rule as a unique
 * index, so two requests at once cannot both add it.)
 */
export const samePartnerRole = (a: RoleKey, b: RoleKey) =>
  a.projectId === b.projectId &&
  a.organisationId === b.organisationId &&
  a.role === b.role &&
  a.fromYear === b.fromYear &&
  a.toYear === b.toYear;

/**
 * The same organisation in the same role in the same project in overlapping years (an empty
 * year is open-ended): one role over 2020–2022 and another over 2021 would count the partner
 * twice in 2021. Extend the existing role instead.
 */
export const overlappingPartnerRole = (a: RoleKey, b: RoleKey) =>
  a.projectId === b.projectId &&
  a.organisationId === b.organisationId &&
  a.role === b.role &&
  (a.fromYear ?? Number.NEGATIVE_INFINITY) <= (b.toYear ?? Number.POSITIVE_INFINITY) &&
  (b.fromYear ?? Number.NEGATIVE_INFINITY) <= (a.toYear ?? Number.POSITIVE_INFINITY);
