-- CreateIndex
CREATE INDEX "Grant_decisionDate_idx" ON "Grant"("decisionDate");

-- CreateIndex
CREATE INDEX "Grant_submittedDate_idx" ON "Grant"("submittedDate");

-- CreateIndex
CREATE INDEX "Grant_applicationDeadline_idx" ON "Grant"("applicationDeadline");

-- CreateIndex
CREATE INDEX "Grant_amountApplied_idx" ON "Grant"("amountApplied");

-- CreateIndex
CREATE INDEX "Grant_amountGranted_idx" ON "Grant"("amountGranted");

-- CreateIndex
CREATE INDEX "Grant_periodStartYear_periodEndYear_idx" ON "Grant"("periodStartYear", "periodEndYear");

-- CreateIndex
CREATE INDEX "Grant_title_idx" ON "Grant"("title");

-- CreateIndex
CREATE INDEX "Grant_createdAt_idx" ON "Grant"("createdAt");

-- CreateIndex
CREATE INDEX "Grant_funderReference_idx" ON "Grant"("funderReference");

-- CreateIndex
CREATE INDEX "GrantYearAmount_year_grantId_idx" ON "GrantYearAmount"("year", "grantId");

