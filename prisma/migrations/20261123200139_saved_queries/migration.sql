-- Saved queries of the explorer (issue 13): private to their owner or shared with everyone who may use the explorer.
-- CreateTable
CREATE TABLE "SavedQuery" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "query" TEXT NOT NULL,
    "variables" JSONB,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "ownerId" TEXT NOT NULL,
    -- Generated, read-only (the app never writes it): bk_fold as for Organisation, Project and Grant.
    "searchText" TEXT GENERATED ALWAYS AS ("bk_fold"("name" || ' ' || coalesce("description", '') || ' ' || "query")) STORED,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SavedQuery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SavedQuery_ownerId_updatedAt_idx" ON "SavedQuery"("ownerId", "updatedAt");

-- CreateIndex
CREATE INDEX "SavedQuery_shared_updatedAt_idx" ON "SavedQuery"("shared", "updatedAt");

-- AddForeignKey
ALTER TABLE "SavedQuery" ADD CONSTRAINT "SavedQuery_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

