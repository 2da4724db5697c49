-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('GOVERNMENT', 'GOVERNMENT_AGENCY', 'COUNTY_BOARD', 'MUNICIPALITY', 'MUNICIPAL_COMMITTEE', 'MUNICIPAL_ADMINISTRATION', 'DISTRICT', 'MUNICIPAL_UNIT', 'POLICE', 'REGION', 'NGO', 'ASSOCIATION_OF_AUTHORITIES', 'NETWORK', 'OTHER');

-- CreateEnum
CREATE TYPE "ProjectPhase" AS ENUM ('PILOT', 'PROJECT', 'IMPLEMENTATION', 'PERMANENT', 'ENDED');

-- CreateEnum
CREATE TYPE "PartnerRoleKind" AS ENUM ('OWNER', 'OPERATOR', 'PARTICIPANT', 'COLLABORATION_PARTNER', 'STEERING_GROUP', 'REFERENCE_GROUP', 'FUNDER', 'EVALUATOR');

-- CreateEnum
CREATE TYPE "GrantStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'GRANTED', 'PARTIALLY_GRANTED', 'REJECTED', 'ACTIVE', 'REPORTED', 'CLOSED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "AllocationLevel" AS ENUM ('NATIONAL', 'COUNTY');

-- CreateEnum
CREATE TYPE "ConditionStatus" AS ENUM ('OPEN', 'FULFILLED', 'WAIVED');

-- CreateEnum
CREATE TYPE "ReportKind" AS ENUM ('INTERIM', 'FINAL', 'FINANCIAL');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DUE', 'RECEIVED', 'APPROVED');

-- CreateEnum
CREATE TYPE "DisbursementStatus" AS ENUM ('PLANNED', 'PAID');

-- CreateEnum
CREATE TYPE "ContributionKind" AS ENUM ('CASH', 'IN_KIND');

-- CreateEnum
CREATE TYPE "ContributionStatus" AS ENUM ('PLEDGED', 'COMMITTED', 'RECEIVED');

-- CreateEnum
CREATE TYPE "EvaluationKind" AS ENUM ('EVALUATION_REPORT', 'FOLLOW_UP', 'ONGOING_EVALUATION', 'PLANNED');

-- CreateEnum
CREATE TYPE "SourceDocumentKind" AS ENUM ('OFFICIAL_REPORT', 'APPLICATION', 'FOLLOW_UP', 'LETTER', 'DECISION');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "kind" "OrganisationKind" NOT NULL,
    "parentId" TEXT,
    "organisationNumber" TEXT,
    "municipality" TEXT,
    "description" TEXT,
    "website" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "address" TEXT,
    "seedKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceDocument" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "SourceDocumentKind" NOT NULL,
    "reference" TEXT,
    "documentDate" DATE,
    "year" INTEGER,
    "authorOrganisationId" TEXT,
    "officer" TEXT,
    "officerPhone" TEXT,
    "addressee" TEXT,
    "meetingDate" DATE,
    "signatories" TEXT[],
    "summary" TEXT,
    "originalText" TEXT NOT NULL,
    "fileName" TEXT,
    "seedKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SourceDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourcePassage" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "section" TEXT,
    "quote" TEXT NOT NULL,
    "seedKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SourcePassage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Programme" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "funderId" TEXT,
    "administratorId" TEXT,
    "startYear" INTEGER,
    "endYear" INTEGER,
    "sourcePassageId" TEXT,
    "seedKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeAllocation" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "level" "AllocationLevel" NOT NULL,
    "organisationId" TEXT,
    "amount" DECIMAL(14,2) NOT NULL,
    "approximate" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "sourcePassageId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgrammeAllocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "targetGroup" TEXT,
    "ownerId" TEXT,
    "operatorId" TEXT,
    "lead" TEXT,
    "phase" "ProjectPhase" NOT NULL,
    "startDate" DATE,
    "startPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "endDate" DATE,
    "endPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "municipality" TEXT,
    "sourcePassageId" TEXT,
    "seedKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectGoal" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "longTerm" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProjectGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectPhasePeriod" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "phase" "ProjectPhase" NOT NULL,
    "fromYear" INTEGER NOT NULL,
    "toYear" INTEGER,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProjectPhasePeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectBudgetYear" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "ownFunding" DECIMAL(14,2),
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProjectBudgetYear_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerRole" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "role" "PartnerRoleKind" NOT NULL,
    "fromYear" INTEGER,
    "toYear" INTEGER,
    "note" TEXT,
    "sourcePassageId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PartnerRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Grant" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "funderId" TEXT NOT NULL,
    "applicantId" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "programmeId" TEXT,
    "projectId" TEXT,
    "funderReference" TEXT,
    "applicantReference" TEXT,
    "amountApplied" DECIMAL(14,2),
    "amountGranted" DECIMAL(14,2),
    "currency" TEXT NOT NULL DEFAULT 'SEK',
    "applicationDeadline" DATE,
    "submittedDate" DATE,
    "submittedPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "decisionDate" DATE,
    "decisionPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "decisionText" TEXT,
    "status" "GrantStatus" NOT NULL,
    "periodStartYear" INTEGER,
    "periodEndYear" INTEGER,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "sourcePassageId" TEXT,
    "seedKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Grant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GrantYearAmount" (
    "id" TEXT NOT NULL,
    "grantId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "amountApplied" DECIMAL(14,2),
    "amountGranted" DECIMAL(14,2),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GrantYearAmount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Condition" (
    "id" TEXT NOT NULL,
    "grantId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "dueDate" DATE,
    "blocksPayment" BOOLEAN NOT NULL DEFAULT false,
    "evidence" TEXT,
    "status" "ConditionStatus" NOT NULL DEFAULT 'OPEN',
    "resolvedDate" DATE,
    "resolvedBy" TEXT,
    "sourcePassageId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Condition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportRequirement" (
    "id" TEXT NOT NULL,
    "grantId" TEXT NOT NULL,
    "kind" "ReportKind" NOT NULL,
    "title" TEXT NOT NULL,
    "dueDate" DATE,
    "status" "ReportStatus" NOT NULL DEFAULT 'DUE',
    "receivedDate" DATE,
    "approvedDate" DATE,
    "sourcePassageId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Disbursement" (
    "id" TEXT NOT NULL,
    "grantId" TEXT NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "plannedDate" DATE,
    "paidDate" DATE,
    "status" "DisbursementStatus" NOT NULL DEFAULT 'PLANNED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Disbursement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contribution" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "ContributionKind" NOT NULL,
    "amount" DECIMAL(14,2),
    "description" TEXT,
    "status" "ContributionStatus" NOT NULL,
    "sourcePassageId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "principalId" TEXT NOT NULL,
    "counterpartyId" TEXT NOT NULL,
    "purpose" TEXT,
    "startDate" DATE,
    "endDate" DATE,
    "followUpClause" TEXT,
    "followUpIntervalYears" INTEGER,
    "sourcePassageId" TEXT,
    "seedKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" TEXT NOT NULL,
    "kind" "EvaluationKind" NOT NULL,
    "title" TEXT NOT NULL,
    "projectId" TEXT,
    "agreementId" TEXT,
    "evaluatorOrganisationId" TEXT,
    "evaluatorName" TEXT,
    "date" DATE,
    "periodStart" DATE,
    "periodEnd" DATE,
    "verdict" TEXT,
    "summary" TEXT,
    "replyDueDate" DATE,
    "receivedDate" DATE,
    "dueDate" DATE,
    "contacts" TEXT,
    "documentUrl" TEXT,
    "sourcePassageId" TEXT,
    "seedKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionTemplate" (
    "id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "seedKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QuestionTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationAnswer" (
    "id" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "answer" TEXT,
    "sourcePassageId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvaluationAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "definition" TEXT,
    "countsPeople" BOOLEAN NOT NULL DEFAULT false,
    "seedKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Observation" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "projectId" TEXT,
    "organisationId" TEXT,
    "periodStart" DATE,
    "periodEnd" DATE,
    "breakdown" TEXT,
    "value" DECIMAL(14,2) NOT NULL,
    "approximate" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "sourcePassageId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Observation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL,
    "projectId" TEXT,
    "organisationId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "date" DATE,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "sourcePassageId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_organisationNumber_key" ON "Organisation"("organisationNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_seedKey_key" ON "Organisation"("seedKey");

-- CreateIndex
CREATE INDEX "Organisation_parentId_idx" ON "Organisation"("parentId");

-- CreateIndex
CREATE INDEX "Organisation_kind_idx" ON "Organisation"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "SourceDocument_seedKey_key" ON "SourceDocument"("seedKey");

-- CreateIndex
CREATE INDEX "SourceDocument_authorOrganisationId_idx" ON "SourceDocument"("authorOrganisationId");

-- CreateIndex
CREATE UNIQUE INDEX "SourcePassage_seedKey_key" ON "SourcePassage"("seedKey");

-- CreateIndex
CREATE INDEX "SourcePassage_documentId_idx" ON "SourcePassage"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "Programme_seedKey_key" ON "Programme"("seedKey");

-- CreateIndex
CREATE INDEX "Programme_funderId_idx" ON "Programme"("funderId");

-- CreateIndex
CREATE INDEX "Programme_administratorId_idx" ON "Programme"("administratorId");

-- CreateIndex
CREATE INDEX "Programme_sourcePassageId_idx" ON "Programme"("sourcePassageId");

-- CreateIndex
CREATE INDEX "ProgrammeAllocation_organisationId_idx" ON "ProgrammeAllocation"("organisationId");

-- CreateIndex
CREATE INDEX "ProgrammeAllocation_sourcePassageId_idx" ON "ProgrammeAllocation"("sourcePassageId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeAllocation_programmeId_year_level_organisationId_key" ON "ProgrammeAllocation"("programmeId", "year", "level", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Project_seedKey_key" ON "Project"("seedKey");

-- CreateIndex
CREATE INDEX "Project_ownerId_idx" ON "Project"("ownerId");

-- CreateIndex
CREATE INDEX "Project_operatorId_idx" ON "Project"("operatorId");

-- CreateIndex
CREATE INDEX "Project_sourcePassageId_idx" ON "Project"("sourcePassageId");

-- CreateIndex
CREATE INDEX "ProjectGoal_projectId_idx" ON "ProjectGoal"("projectId");

-- CreateIndex
CREATE INDEX "ProjectPhasePeriod_projectId_idx" ON "ProjectPhasePeriod"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectBudgetYear_projectId_year_key" ON "ProjectBudgetYear"("projectId", "year");

-- CreateIndex
CREATE INDEX "PartnerRole_projectId_idx" ON "PartnerRole"("projectId");

-- CreateIndex
CREATE INDEX "PartnerRole_organisationId_idx" ON "PartnerRole"("organisationId");

-- CreateIndex
CREATE INDEX "PartnerRole_sourcePassageId_idx" ON "PartnerRole"("sourcePassageId");

-- CreateIndex
CREATE UNIQUE INDEX "Grant_seedKey_key" ON "Grant"("seedKey");

-- CreateIndex
CREATE INDEX "Grant_funderId_idx" ON "Grant"("funderId");

-- CreateIndex
CREATE INDEX "Grant_applicantId_idx" ON "Grant"("applicantId");

-- CreateIndex
CREATE INDEX "Grant_recipientId_idx" ON "Grant"("recipientId");

-- CreateIndex
CREATE INDEX "Grant_programmeId_idx" ON "Grant"("programmeId");

-- CreateIndex
CREATE INDEX "Grant_projectId_idx" ON "Grant"("projectId");

-- CreateIndex
CREATE INDEX "Grant_status_idx" ON "Grant"("status");

-- CreateIndex
CREATE INDEX "Grant_sourcePassageId_idx" ON "Grant"("sourcePassageId");

-- CreateIndex
CREATE UNIQUE INDEX "GrantYearAmount_grantId_year_key" ON "GrantYearAmount"("grantId", "year");

-- CreateIndex
CREATE INDEX "Condition_grantId_idx" ON "Condition"("grantId");

-- CreateIndex
CREATE INDEX "Condition_sourcePassageId_idx" ON "Condition"("sourcePassageId");

-- CreateIndex
CREATE INDEX "ReportRequirement_grantId_idx" ON "ReportRequirement"("grantId");

-- CreateIndex
CREATE INDEX "ReportRequirement_sourcePassageId_idx" ON "ReportRequirement"("sourcePassageId");

-- CreateIndex
CREATE INDEX "Disbursement_grantId_idx" ON "Disbursement"("grantId");

-- CreateIndex
CREATE INDEX "Contribution_projectId_idx" ON "Contribution"("projectId");

-- CreateIndex
CREATE INDEX "Contribution_organisationId_idx" ON "Contribution"("organisationId");

-- CreateIndex
CREATE INDEX "Contribution_sourcePassageId_idx" ON "Contribution"("sourcePassageId");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_seedKey_key" ON "Agreement"("seedKey");

-- CreateIndex
CREATE INDEX "Agreement_principalId_idx" ON "Agreement"("principalId");

-- CreateIndex
CREATE INDEX "Agreement_counterpartyId_idx" ON "Agreement"("counterpartyId");

-- CreateIndex
CREATE INDEX "Agreement_sourcePassageId_idx" ON "Agreement"("sourcePassageId");

-- CreateIndex
CREATE UNIQUE INDEX "Evaluation_seedKey_key" ON "Evaluation"("seedKey");

-- CreateIndex
CREATE INDEX "Evaluation_projectId_idx" ON "Evaluation"("projectId");

-- CreateIndex
CREATE INDEX "Evaluation_agreementId_idx" ON "Evaluation"("agreementId");

-- CreateIndex
CREATE INDEX "Evaluation_evaluatorOrganisationId_idx" ON "Evaluation"("evaluatorOrganisationId");

-- CreateIndex
CREATE INDEX "Evaluation_sourcePassageId_idx" ON "Evaluation"("sourcePassageId");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionTemplate_seedKey_key" ON "QuestionTemplate"("seedKey");

-- CreateIndex
CREATE INDEX "EvaluationAnswer_questionId_idx" ON "EvaluationAnswer"("questionId");

-- CreateIndex
CREATE INDEX "EvaluationAnswer_sourcePassageId_idx" ON "EvaluationAnswer"("sourcePassageId");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationAnswer_evaluationId_position_key" ON "EvaluationAnswer"("evaluationId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_seedKey_key" ON "Indicator"("seedKey");

-- CreateIndex
CREATE INDEX "Observation_indicatorId_idx" ON "Observation"("indicatorId");

-- CreateIndex
CREATE INDEX "Observation_projectId_idx" ON "Observation"("projectId");

-- CreateIndex
CREATE INDEX "Observation_organisationId_idx" ON "Observation"("organisationId");

-- CreateIndex
CREATE INDEX "Observation_sourcePassageId_idx" ON "Observation"("sourcePassageId");

-- CreateIndex
CREATE INDEX "Activity_projectId_idx" ON "Activity"("projectId");

-- CreateIndex
CREATE INDEX "Activity_organisationId_idx" ON "Activity"("organisationId");

-- CreateIndex
CREATE INDEX "Activity_sourcePassageId_idx" ON "Activity"("sourcePassageId");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceDocument" ADD CONSTRAINT "SourceDocument_authorOrganisationId_fkey" FOREIGN KEY ("authorOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourcePassage" ADD CONSTRAINT "SourcePassage_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_funderId_fkey" FOREIGN KEY ("funderId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_administratorId_fkey" FOREIGN KEY ("administratorId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_sourcePassageId_fkey" FOREIGN KEY ("sourcePassageId") REFERENCES "SourcePassage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeAllocation" ADD CONSTRAINT "ProgrammeAllocation_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeAllocation" ADD CONSTRAINT "ProgrammeAllocation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeAllocation" ADD CONSTRAINT "ProgrammeAllocation_sourcePassageId_fkey" FOREIGN KEY ("sourcePassageId") REFERENCES "SourcePassage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_operatorId_fkey" FOREIGN KEY ("operatorId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_sourcePassageId_fkey" FOREIGN KEY ("sourcePassageId") REFERENCES "SourcePassage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectGoal" ADD CONSTRAINT "ProjectGoal_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectPhasePeriod" ADD CONSTRAINT "ProjectPhasePeriod_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectBudgetYear" ADD CONSTRAINT "ProjectBudgetYear_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerRole" ADD CONSTRAINT "PartnerRole_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerRole" ADD CONSTRAINT "PartnerRole_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerRole" ADD CONSTRAINT "PartnerRole_sourcePassageId_fkey" FOREIGN KEY ("sourcePassageId") REFERENCES "SourcePassage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_funderId_fkey" FOREIGN KEY ("funderId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_sourcePassageId_fkey" FOREIGN KEY ("sourcePassageId") REFERENCES "SourcePassage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantYearAmount" ADD CONSTRAINT "GrantYearAmount_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Condition" ADD CONSTRAINT "Condition_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Condition" ADD CONSTRAINT "Condition_sourcePassageId_fkey" FOREIGN KEY ("sourcePassageId") REFERENCES "SourcePassage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportRequirement" ADD CONSTRAINT "ReportRequirement_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportRequirement" ADD CONSTRAINT "ReportRequirement_sourcePassageId_fkey" FOREIGN KEY ("sourcePassageId") REFERENCES "SourcePassage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Disbursement" ADD CONSTRAINT "Disbursement_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_sourcePassageId_fkey" FOREIGN KEY ("sourcePassageId") REFERENCES "SourcePassage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_principalId_fkey" FOREIGN KEY ("principalId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_counterpartyId_fkey" FOREIGN KEY ("counterpartyId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_sourcePassageId_fkey" FOREIGN KEY ("sourcePassageId") REFERENCES "SourcePassage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_evaluatorOrganisationId_fkey" FOREIGN KEY ("evaluatorOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_sourcePassageId_fkey" FOREIGN KEY ("sourcePassageId") REFERENCES "SourcePassage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationAnswer" ADD CONSTRAINT "EvaluationAnswer_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationAnswer" ADD CONSTRAINT "EvaluationAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "QuestionTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationAnswer" ADD CONSTRAINT "EvaluationAnswer_sourcePassageId_fkey" FOREIGN KEY ("sourcePassageId") REFERENCES "SourcePassage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_sourcePassageId_fkey" FOREIGN KEY ("sourcePassageId") REFERENCES "SourcePassage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_sourcePassageId_fkey" FOREIGN KEY ("sourcePassageId") REFERENCES "SourcePassage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

