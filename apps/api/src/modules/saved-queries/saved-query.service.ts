import { type SavedQueryInput, savedQuerySchema } from "@bk/domain";
import { Prisma } from "@bk/domain/server";
import { GraphQLError, parse } from "graphql";
import { forbidden } from "../../auth/auth-errors";
import { badInput } from "../../errors";
import type { Tx } from "../audit/change-log";
import { auditedCreate, auditedDelete, auditedUpdate, inTransaction, missingFor, type UseCaseContext } from "../audit/use-case";
import { parseInput } from "../shared/parse-input";

/**
 * Saved queries of the explorer. Who may do what:
 * - everyone logged in may use the explorer, and so save queries of their own;
 * - a query is private (its owner alone sees it) or shared (everyone logged in sees and runs it);
 * - only its owner changes it; its owner deletes it, and an administrator may delete a shared one
 *   (to tidy the list everyone sees), never another's private one;
 * - another's private query answers FORBIDDEN, like one that does not exist.
 */

/** The saved query as stored: the domain's checks, and the text parses as GraphQL. */
function savedQueryData(input: SavedQueryInput) {
  const v = parseInput(savedQuerySchema, input);
  try {
    parse(v.query, { maxTokens: 10_000 });
  } catch (e) {
    const at = e instanceof GraphQLError ? e.locations?.[0] : undefined;
    throw badInput("input.query", "savedQuery.notGraphQL", { line: at?.line ?? 1, column: at?.column ?? 1 });
  }
  // No variables: SQL NULL (Prisma needs to be told which null a JSON column gets).
  return { ...v, variables: (v.variables ?? Prisma.DbNull) as Prisma.InputJsonValue | typeof Prisma.DbNull };
}

const audit = { entityType: "SavedQuery" as const, subject: {} };

function viewerId(ctx: UseCaseContext): string {
  if (!ctx.viewer) throw forbidden();
  return ctx.viewer.id;
}

/** The stored query if the viewer may change it (its owner; for `delete`, an administrator a shared one too). */
async function ownQuery(ctx: UseCaseContext, tx: Tx, id: string, action: "update" | "delete") {
  const me = viewerId(ctx);
  const row = await tx.savedQuery.findUnique({ where: { id } });
  // Nobody learns whether another's private query exists; an administrator, who may delete shared ones, hears NOT_FOUND.
  if (!row) throw action === "delete" ? missingFor(ctx, "manage:users", "savedQuery.missing") : forbidden();
  const adminTidies = action === "delete" && row.shared && !!ctx.viewer?.permissions.has("manage:users");
  if (row.ownerId !== me && !adminTidies) throw forbidden();
  return row;
}

export async function createSavedQuery(ctx: UseCaseContext, { input }: { input: SavedQueryInput }) {
  const ownerId = viewerId(ctx);
  return inTransaction(ctx, async (tx) => {
    const data = savedQueryData(input);
    return auditedCreate(tx, ctx, audit, () => tx.savedQuery.create({ data: { ...data, ownerId } }));
  });
}

export async function updateSavedQuery(
  ctx: UseCaseContext,
  { id, input, expectedVersion }: { id: string; input: SavedQueryInput; expectedVersion?: number | null },
) {
  return inTransaction(ctx, async (tx) => {
    const before = await ownQuery(ctx, tx, id, "update");
    const data = savedQueryData(input);
    return auditedUpdate(tx, ctx, { ...audit, model: "savedQuery", id, expectedVersion, before }, () =>
      tx.savedQuery.update({ where: { id }, data }),
    );
  });
}

export async function deleteSavedQuery(ctx: UseCaseContext, { id, expectedVersion }: { id: string; expectedVersion?: number | null }) {
  return inTransaction(ctx, async (tx) => {
    const before = await ownQuery(ctx, tx, id, "delete");
    await auditedDelete(tx, ctx, { ...audit, model: "savedQuery", id, expectedVersion, before }, () =>
      tx.savedQuery.delete({ where: { id } }),
    );
    return id;
  });
}
