import type { Prisma } from "@bk/domain/server";
import { type OrganisationKey, organisations } from "./organisations";

export type Tx = Prisma.TransactionClient;

/** What a document's seed function gets: the transaction, its document and lookups. */
export type SeedContext = {
  tx: Tx;
  documentId: string;
  org(key: OrganisationKey): Promise<string>;
  /** Records a passage of this document (Swedish repaired) and returns its id. */
  passage(section: string | null, quote: string): Promise<string>;
};

/** A date in a source ("1 mars 2009") as the UTC midnight Prisma stores in a date column. */
export const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export async function ensureOrganisation(tx: Tx, key: OrganisationKey): Promise<string> {
  const existing = await tx.organisation.findUnique({ where: { seedKey: key }, select: { id: true } });
  if (existing) return existing.id;
  const { parent, ...data } = organisations[key] as (typeof organisations)[OrganisationKey] & { parent?: string };
  const parentId = parent ? await ensureOrganisation(tx, parent as OrganisationKey) : undefined;
  const created = await tx.organisation.create({ data: { ...data, parentId, seedKey: key }, select: { id: true } });
  return created.id;
}

export function createContext(tx: Tx, documentId: string): SeedContext {
  return {
    tx,
    documentId,
    org: (key) => ensureOrganisation(tx, key),
    async passage(section, quote) {
      const p = await tx.sourcePassage.create({ data: { documentId, section, quote }, select: { id: true } });
      return p.id;
    },
  };
}
