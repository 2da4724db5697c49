import { badValue, conflict, overlappingPartnerRole, partnerRoleSchema } from "@bk/domain";
import type { z } from "zod";
import { assertMay, auditedCreate, auditedDelete, inTransaction, missingFor, type UseCaseContext } from "../audit/use-case";
import { parseInput } from "../shared/parse-input";

/** Organisations' roles in projects: validated, one transaction, versioned and audited in the project's trail. */

export async function addPartnerRole(ctx: UseCaseContext, { input }: { input: z.input<typeof partnerRoleSchema> }) {
  assertMay(ctx, "write:partnerRoles");
  const v = parseInput(partnerRoleSchema, input);
  return inTransaction(ctx, async (tx) => {
    if (!(await tx.project.findUnique({ where: { id: v.projectId }, select: { id: true } })))
      throw badValue("projectId", "project.missing");
    if (!(await tx.organisation.findUnique({ where: { id: v.organisationId }, select: { id: true } })))
      throw badValue("organisationId", "organisation.missing");
    const existing = await tx.partnerRole.findMany({
      where: { projectId: v.projectId, organisationId: v.organisationId, role: v.role },
      select: { projectId: true, organisationId: true, role: true, fromYear: true, toYear: true },
    });
    const clash = existing.find((e) => overlappingPartnerRole(e, v));
    if (clash) throw conflict("partnerRole.overlaps", { fromYear: clash.fromYear ?? "…", toYear: clash.toYear ?? "…" }, "input.fromYear");
    return auditedCreate(tx, ctx, { entityType: "PartnerRole", subject: { projectId: v.projectId } }, () =>
      tx.partnerRole.create({ data: v }),
    );
  });
}

export async function deletePartnerRole(ctx: UseCaseContext, { id, expectedVersion }: { id: string; expectedVersion?: number | null }) {
  assertMay(ctx, "write:partnerRoles");
  return inTransaction(ctx, async (tx) => {
    const before = await tx.partnerRole.findUnique({ where: { id } });
    if (!before) throw missingFor(ctx, "write:partnerRoles", "partnerRole.missing");
    const subject = { projectId: before.projectId };
    await auditedDelete(tx, ctx, { entityType: "PartnerRole", subject, model: "partnerRole", id, expectedVersion, before }, () =>
      tx.partnerRole.delete({ where: { id } }),
    );
  });
}
