-- Issue 11: an index for every filter and sort of the lists (apps/api/src/modules/shared/list-indexes.test.ts
-- checks them), and trigram indexes for text search: LIKE/ILIKE '%…%' (Prisma's contains, and its
-- case-insensitive equals) can use a GIN index with gin_trgm_ops, a B-tree cannot. PGlite loads pg_trgm
-- when it opens the database (packages/domain/src/server/pglite-extensions.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- DropIndex
DROP INDEX "Grant_funderId_idx";

-- DropIndex
DROP INDEX "Grant_applicantId_idx";

-- DropIndex
DROP INDEX "Grant_recipientId_idx";

-- DropIndex
DROP INDEX "Grant_projectId_idx";

-- DropIndex
DROP INDEX "Grant_funderReference_idx";

-- CreateIndex
CREATE INDEX "Organisation_searchText_trgm_idx" ON "Organisation" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Project_searchText_trgm_idx" ON "Project" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PartnerRole_role_idx" ON "PartnerRole"("role");

-- CreateIndex
CREATE INDEX "PartnerRole_fromYear_idx" ON "PartnerRole"("fromYear");

-- CreateIndex
CREATE INDEX "Grant_funderId_title_id_idx" ON "Grant"("funderId", "title", "id");

-- CreateIndex
CREATE INDEX "Grant_applicantId_title_id_idx" ON "Grant"("applicantId", "title", "id");

-- CreateIndex
CREATE INDEX "Grant_recipientId_title_id_idx" ON "Grant"("recipientId", "title", "id");

-- CreateIndex
CREATE INDEX "Grant_projectId_title_id_idx" ON "Grant"("projectId", "title", "id");

-- CreateIndex
CREATE INDEX "Grant_funderReference_trgm_idx" ON "Grant" USING GIN ("funderReference" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Grant_applicantReference_trgm_idx" ON "Grant" USING GIN ("applicantReference" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Grant_searchText_trgm_idx" ON "Grant" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Contribution_kind_idx" ON "Contribution"("kind");

-- CreateIndex
CREATE INDEX "Contribution_status_idx" ON "Contribution"("status");

-- CreateIndex
CREATE INDEX "Contribution_year_idx" ON "Contribution"("year");

-- CreateIndex
CREATE INDEX "Contribution_amount_idx" ON "Contribution"("amount");

-- CreateIndex
CREATE INDEX "Contribution_description_trgm_idx" ON "Contribution" USING GIN ("description" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Evaluation_kind_idx" ON "Evaluation"("kind");

-- CreateIndex
CREATE INDEX "Evaluation_date_idx" ON "Evaluation"("date");

-- CreateIndex
CREATE INDEX "Evaluation_dueDate_idx" ON "Evaluation"("dueDate");

-- CreateIndex
CREATE INDEX "Evaluation_replyDueDate_idx" ON "Evaluation"("replyDueDate");

-- CreateIndex
CREATE INDEX "Evaluation_title_idx" ON "Evaluation"("title");

-- CreateIndex
CREATE INDEX "Evaluation_title_trgm_idx" ON "Evaluation" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Evaluation_summary_trgm_idx" ON "Evaluation" USING GIN ("summary" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Evaluation_verdict_trgm_idx" ON "Evaluation" USING GIN ("verdict" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Evaluation_evaluatorName_trgm_idx" ON "Evaluation" USING GIN ("evaluatorName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Observation_periodStart_idx" ON "Observation"("periodStart");

-- CreateIndex
CREATE INDEX "Observation_periodEnd_idx" ON "Observation"("periodEnd");

-- CreateIndex
CREATE INDEX "Observation_breakdown_idx" ON "Observation"("breakdown");

-- CreateIndex
CREATE INDEX "Observation_breakdown_trgm_idx" ON "Observation" USING GIN ("breakdown" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Observation_note_trgm_idx" ON "Observation" USING GIN ("note" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Activity_date_idx" ON "Activity"("date");

-- CreateIndex
CREATE INDEX "Activity_title_idx" ON "Activity"("title");

-- CreateIndex
CREATE INDEX "Activity_title_trgm_idx" ON "Activity" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Activity_description_trgm_idx" ON "Activity" USING GIN ("description" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "AuditEntry_createdAt_idx" ON "AuditEntry"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_actor_trgm_idx" ON "AuditEntry" USING GIN ("actor" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "AuditEntry_action_trgm_idx" ON "AuditEntry" USING GIN ("action" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "AuditEntry_field_trgm_idx" ON "AuditEntry" USING GIN ("field" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "AuditEntry_before_trgm_idx" ON "AuditEntry" USING GIN ("before" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "AuditEntry_after_trgm_idx" ON "AuditEntry" USING GIN ("after" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_trgm_idx" ON "AuditEntry" USING GIN ("entityType" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "AuditEntry_entityId_trgm_idx" ON "AuditEntry" USING GIN ("entityId" gin_trgm_ops);

