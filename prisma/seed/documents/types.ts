import type { Prisma } from "@bk/domain/server";
import type { SeedContext } from "../context";
import type { OrganisationKey } from "../organisations";

export type SourceDocumentSeed = {
  key: string;
  fileName: string;
  author?: OrganisationKey;
  document: Omit<Prisma.SourceDocumentUncheckedCreateInput, "originalText" | "authorOrganisationId" | "seedKey" | "fileName">;
  load(ctx: SeedContext): Promise<void>;
};
