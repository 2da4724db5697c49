-- Search that ignores case and diacritics ("hasselby" finds Hässelby-Vällingby, "vald" finds våld).
-- bk_fold mirrors foldForSearch() in packages/domain/src/search/fold.ts character for character.
CREATE FUNCTION "bk_fold"(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT lower(translate(coalesce(t, ''), 'ÅÄÖÉÈÊÜÁÀÍÓÚÑÇØÆåäöéèêüáàíóúñçøæ', 'AAOEEEUAAIOUNCOAaaoeeeuaaiouncoa'))
$$;

-- AlterTable (generated, read-only columns; the app never writes them)
ALTER TABLE "Organisation" ADD COLUMN "searchText" TEXT GENERATED ALWAYS AS (
  "bk_fold"("name" || ' ' || coalesce("shortName", '') || ' ' || coalesce("description", '') || ' ' || coalesce("municipality", ''))
) STORED;

-- AlterTable
ALTER TABLE "Project" ADD COLUMN "searchText" TEXT GENERATED ALWAYS AS (
  "bk_fold"("name" || ' ' || coalesce("description", '') || ' ' || coalesce("targetGroup", '') || ' ' || coalesce("municipality", ''))
) STORED;

-- AlterTable
ALTER TABLE "Grant" ADD COLUMN "searchText" TEXT GENERATED ALWAYS AS (
  "bk_fold"("title" || ' ' || coalesce("description", '') || ' ' || coalesce("funderReference", '') || ' ' || coalesce("applicantReference", '') || ' ' || coalesce("note", ''))
) STORED;

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "grantId" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "field" TEXT,
    "before" TEXT,
    "after" TEXT,
    "actor" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditEntry_grantId_createdAt_idx" ON "AuditEntry"("grantId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_idx" ON "AuditEntry"("entityType", "entityId");

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
