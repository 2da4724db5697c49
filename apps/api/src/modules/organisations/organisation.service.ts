import { badValue, conflict, organisationSchema } from "@bk/domain";
import type { z } from "zod";
import type { Tx } from "../audit/change-log";
import { assertMay, auditedCreate, auditedUpdate, inTransaction, missingFor, type UseCaseContext } from "../audit/use-case";
import { parseInput } from "../shared/parse-input";

/** Organisations (the parties): validated, one transaction, versioned and audited. */

type OrganisationInput = z.input<typeof organisationSchema>;

/** Checks an organisation: a parent that exists and is not itself or below itself, no second entry of it. */
async function organisationData(tx: Tx, input: OrganisationInput, selfId: string | null) {
  const data = parseInput(organisationSchema, input);
  for (let id = data.parentId ?? null, depth = 0; id; depth++) {
    if (id === selfId || depth > 20) throw badValue("parentId", "organisation.parentIsSelf");
    const parent = await tx.organisation.findUnique({ where: { id }, select: { parentId: true } });
    if (!parent) throw badValue("parentId", "organisation.missing");
    id = parent.parentId;
  }
  // Two organisations of the same name in the same municipality are one organisation entered twice.
  const namesake = await tx.organisation.findFirst({
    where: {
      name: { equals: data.name, mode: "insensitive" },
      municipality: data.municipality,
      ...(selfId ? { id: { not: selfId } } : {}),
    },
    select: { id: true },
  });
  if (namesake) throw conflict("organisation.nameTaken", {}, "input.name");
  if (data.organisationNumber) {
    const same = await tx.organisation.findUnique({
      where: { organisationNumber: data.organisationNumber },
      select: { id: true, name: true },
    });
    if (same && same.id !== selfId) throw conflict("organisation.numberTaken", { name: same.name }, "input.organisationNumber");
  }
  return data;
}

const audit = { entityType: "Organisation" as const, subject: {} };

export async function createOrganisation(ctx: UseCaseContext, { input }: { input: OrganisationInput }) {
  assertMay(ctx, "write:organisations");
  return inTransaction(ctx, async (tx) => {
    const data = await organisationData(tx, input, null);
    return auditedCreate(tx, ctx, audit, () => tx.organisation.create({ data }));
  });
}

export async function updateOrganisation(
  ctx: UseCaseContext,
  { id, input, expectedVersion }: { id: string; input: OrganisationInput; expectedVersion?: number | null },
) {
  assertMay(ctx, "write:organisations");
  return inTransaction(ctx, async (tx) => {
    const before = await tx.organisation.findUnique({ where: { id } });
    if (!before) throw missingFor(ctx, "write:organisations", "organisation.missing");
    const data = await organisationData(tx, input, id);
    return auditedUpdate(tx, ctx, { ...audit, model: "organisation", id, expectedVersion, before }, () =>
      tx.organisation.update({ where: { id }, data }),
    );
  });
}
