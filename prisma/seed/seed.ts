import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { PrismaClient } from "@bk/domain/server";
import { createContext, ensureOrganisation } from "./context";
import { sourceDocuments } from "./documents";
import { type OrganisationKey, organisations } from "./organisations";

const SOURCES_DIR = fileURLToPath(new URL("./sources/", import.meta.url));

export type SeedResult = { seeded: string[]; skipped: string[] };

/**
 * Loads the five source documents and every fact in them. Idempotent: a document already
 * present (by its seed key) is skipped, so running it again changes nothing and a user's
 * own edits are never overwritten. Each document is loaded in one transaction.
 */
export async function seedSourceDocuments(prisma: PrismaClient): Promise<SeedResult> {
  const result: SeedResult = { seeded: [], skipped: [] };
  await prisma.$transaction(
    async (tx) => {
      for (const key of Object.keys(organisations) as OrganisationKey[]) await ensureOrganisation(tx, key);
    },
    { timeout: 60_000 },
  );
  for (const doc of sourceDocuments) {
    const exists = await prisma.sourceDocument.findUnique({ where: { seedKey: doc.key }, select: { id: true } });
    if (exists) {
      result.skipped.push(doc.key);
      continue;
    }
    const originalText = await readFile(`${SOURCES_DIR}${doc.fileName}`, "utf8");
    await prisma.$transaction(
      async (tx) => {
        const author = doc.author ? await ensureOrganisation(tx, doc.author) : undefined;
        const created = await tx.sourceDocument.create({
          data: { ...doc.document, authorOrganisationId: author, originalText, fileName: doc.fileName, seedKey: doc.key },
          select: { id: true },
        });
        await doc.load(createContext(tx, created.id));
      },
      { timeout: 60_000 },
    );
    result.seeded.push(doc.key);
  }
  return result;
}
