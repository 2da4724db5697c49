import type { PrismaClient } from "@bk/domain/server";
import { assertMay, auditedUpdate, inTransaction, type UseCaseContext } from "../audit/use-case";

/** The one row of OpenDataSettings. */
export const OPEN_DATA_SETTINGS_ID = "open-data";

export type OpenDataSettings = { giving360Public: boolean; version: number; updatedAt: Date | null };

/** The settings as stored, or the defaults (the export for logged-in users only) before anyone changed them. */
export async function openDataSettings(prisma: Pick<PrismaClient, "openDataSettings">): Promise<OpenDataSettings> {
  const row = await prisma.openDataSettings.findUnique({ where: { id: OPEN_DATA_SETTINGS_ID } });
  return row ?? { giving360Public: false, version: 1, updatedAt: null };
}

export type OpenDataSettingsChange = { input: { giving360Public: boolean }; expectedVersion?: number | null };

/** An administrator makes the 360Giving export public (no login) or for logged-in users only. */
export async function setOpenDataSettings(ctx: UseCaseContext, { input, expectedVersion }: OpenDataSettingsChange) {
  assertMay(ctx, "manage:settings");
  return inTransaction(ctx, async (tx) => {
    const id = OPEN_DATA_SETTINGS_ID;
    // The row is made with the defaults at the first change (version 1, what the defaults show).
    const before = await tx.openDataSettings.upsert({ where: { id }, create: { id }, update: {} });
    return auditedUpdate(
      tx,
      ctx,
      { entityType: "OpenDataSettings", subject: {}, model: "openDataSettings", id, expectedVersion, before },
      () => tx.openDataSettings.update({ where: { id }, data: { giving360Public: input.giving360Public } }),
    );
  });
}
