import { agreementSchema, badValue } from "@bk/domain";
import type { z } from "zod";
import type { Tx } from "../audit/change-log";
import { assertMay, auditedCreate, auditedUpdate, inTransaction, missingFor, type UseCaseContext } from "../audit/use-case";
import { parseInput, storedDate } from "../shared/parse-input";

/** Agreements between a board and an organisation: validated, one transaction, versioned and audited. */

type AgreementInput = z.input<typeof agreementSchema>;

/** Checks an agreement and that both parties exist; returns what to store. */
async function agreementData(tx: Tx, input: AgreementInput) {
  const v = parseInput(agreementSchema, input);
  const found = await tx.organisation.findMany({ where: { id: { in: [v.principalId, v.counterpartyId] } }, select: { id: true } });
  for (const field of ["principalId", "counterpartyId"] as const) {
    if (!found.some((o) => o.id === v[field])) throw badValue(field, "organisation.missing");
  }
  return { ...v, startDate: storedDate(v.startDate), endDate: storedDate(v.endDate) };
}

const audit = { entityType: "Agreement" as const, subject: {} };

export async function createAgreement(ctx: UseCaseContext, { input }: { input: AgreementInput }) {
  assertMay(ctx, "write:agreements");
  return inTransaction(ctx, async (tx) => {
    const data = await agreementData(tx, input);
    return auditedCreate(tx, ctx, audit, () => tx.agreement.create({ data }));
  });
}

export async function updateAgreement(
  ctx: UseCaseContext,
  { id, input, expectedVersion }: { id: string; input: AgreementInput; expectedVersion?: number | null },
) {
  assertMay(ctx, "write:agreements");
  return inTransaction(ctx, async (tx) => {
    const before = await tx.agreement.findUnique({ where: { id } });
    if (!before) throw missingFor(ctx, "write:agreements", "agreement.missing");
    const data = await agreementData(tx, input);
    return auditedUpdate(tx, ctx, { ...audit, model: "agreement", id, expectedVersion, before }, () =>
      tx.agreement.update({ where: { id }, data }),
    );
  });
}
