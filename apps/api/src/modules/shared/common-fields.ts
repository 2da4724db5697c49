// biome-ignore lint/suspicious/noExplicitAny: shared by every Prisma object type.
type T = { expose: (...args: any[]) => any; relation: (...args: any[]) => any };

/** createdAt/updatedAt, which every model has. */
export const timestamps = (t: T) => ({
  createdAt: t.expose("createdAt", { type: "DateTime", description: "Skapad: when the record was created." }),
  updatedAt: t.expose("updatedAt", { type: "DateTime", description: "Ändrad: when the record was last changed." }),
});

/** The passage of a source document this record comes from ("where does this number come from?"). */
export const sourcePassage = (t: T) => ({
  sourcePassage: t.relation("sourcePassage", {
    nullable: true,
    description: "Källa: the passage of the source document this record comes from (Swedish repaired).",
  }),
});
