/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query MatrixLeadProject { projects(where: { text: \"Relationsvåldscentrum\" }) { edges { node { id } } } }": typeof types.MatrixLeadProjectDocument,
    "query ProjectLeadIds {\n      a: projects(where: { text: \"Relationsvåldscentrum\" }) { edges { node { id grants { edges { node { id } } } } } }\n      b: projects(where: { text: \"Q-jouren\" }) { edges { node { id grants { edges { node { id } } } } } }\n      indicators(first: 1) { edges { node { id } } }\n      organisations(where: { text: \"RFHL\" }) { edges { node { id } } }\n    }": typeof types.ProjectLeadIdsDocument,
    "mutation ProjectLeadBContribution($id: ID!, $org: ID!) { addContribution(projectId: $id, input: { organisationId: $org, year: 2010, kind: CASH, amount: \"75000\", status: COMMITTED }) { contributions { id } } }": typeof types.ProjectLeadBContributionDocument,
    "mutation ProjectLeadBBudget($id: ID!) { setBudgetYear(projectId: $id, input: { year: 2010, amount: \"900000\" }) { id } }": typeof types.ProjectLeadBBudgetDocument,
    "mutation ProjectLeadBObservation($i: ID!, $p: ID!) { addObservation(input: { indicatorId: $i, projectId: $p, periodStart: \"2031-01-01\", periodEnd: \"2031-12-31\", value: 40 }) { id } }": typeof types.ProjectLeadBObservationDocument,
    "query ProjectLeadPortfolio { financingPortfolio(referenceYear: 2010) { projectId } }": typeof types.ProjectLeadPortfolioDocument,
    "query ProjectLeadAttention {\n        attention(today: \"2009-06-01\", horizonDays: 365, first: 500) { totalCount kindCounts { count } edges { node { grantId } } }\n      }": typeof types.ProjectLeadAttentionDocument,
    "query ProjectLeadAuditGrants { auditEntries(first: 100) { edges { node { grant { id } } } } }": typeof types.ProjectLeadAuditGrantsDocument,
    "query ProjectLeadAnyNode($id: ID!) { node(id: $id) { id ... on Project { name } ... on Contribution { amount } ... on Observation { value } } }": typeof types.ProjectLeadAnyNodeDocument,
    "query ProjectLeadOwnProject($id: ID!) { node(id: $id) { ... on Project { name } } }": typeof types.ProjectLeadOwnProjectDocument,
    "query ProjectLeadNodeType($id: ID!) { node(id: $id) { __typename } }": typeof types.ProjectLeadNodeTypeDocument,
    "query ProjectLeadNodeTypes($ids: [ID!]!) { nodes(ids: $ids) { __typename } }": typeof types.ProjectLeadNodeTypesDocument,
    "query ProjectLeadDocumentCount { sourceDocuments { totalCount } }": typeof types.ProjectLeadDocumentCountDocument,
    "query ProjectLeadFirstDocument { sourceDocuments(first: 1) { edges { node { id } } } }": typeof types.ProjectLeadFirstDocumentDocument,
    "query ProjectLeadDocumentTitle($id: ID!) { node(id: $id) { ... on SourceDocument { title reference } } }": typeof types.ProjectLeadDocumentTitleDocument,
    "query ProjectLeadProgrammeDisbursed { programmeOverview { year granted disbursed } }": typeof types.ProjectLeadProgrammeDisbursedDocument,
    "query ProjectLeadNested {\n      organisations(first: 100) { edges { node { partnerRoles { project { id } } contributions { project { id } } } } }\n      indicators(first: 100) { edges { node { observations { project { id } } } } }\n    }": typeof types.ProjectLeadNestedDocument,
    "query ProjectLeadPublicGrant($id: ID!) { node(id: $id) { ... on Grant { title amountGranted status funder { name } recipient { name } } } }": typeof types.ProjectLeadPublicGrantDocument,
    "query ProjectLeadGrantCount($w: GrantWhere) { grants(where: $w) { totalCount } }": typeof types.ProjectLeadGrantCountDocument,
    "query ProjectLeadSearch { search(text: \"q-jouren\") { projects { id } grants { id } } }": typeof types.ProjectLeadSearchDocument,
    "mutation ProjectLeadCalendarToken { createCalendarToken(input: { name: \"Kalender\" }) { token accessToken { id } } }": typeof types.ProjectLeadCalendarTokenDocument,
    "mutation ProjectLeadRevokeToken($id: ID!) { revokeAccessToken(id: $id) { id } }": typeof types.ProjectLeadRevokeTokenDocument,
    "mutation ProjectLeadOwnBudget($id: ID!) { setBudgetYear(projectId: $id, input: { year: 2011, amount: \"950000\" }) { budgetYears { year amount } } }": typeof types.ProjectLeadOwnBudgetDocument,
    "mutation ProjectLeadOwnContribution($id: ID!, $org: ID!) { addContribution(projectId: $id, input: { organisationId: $org, year: 2011, kind: CASH, amount: \"150000\", status: PLEDGED }) { id } }": typeof types.ProjectLeadOwnContributionDocument,
    "mutation ProjectLeadOwnObservation($i: ID!, $p: ID!) { addObservation(input: { indicatorId: $i, projectId: $p, periodStart: \"2033-01-01\", periodEnd: \"2033-12-31\", value: 12 }) { id } }": typeof types.ProjectLeadOwnObservationDocument,
    "query ViewerCacheMe { viewer { id roles } }": typeof types.ViewerCacheMeDocument,
    "mutation ViewerCacheSetRoles($id: ID!, $v: Int!, $input: UserInput!) {\n  updateUser(id: $id, expectedVersion: $v, input: $input) { roles } }": typeof types.ViewerCacheSetRolesDocument,
    "mutation ViewerCacheDeactivate($id: ID!, $v: Int!) { setUserActive(id: $id, expectedVersion: $v, active: false) { active } }": typeof types.ViewerCacheDeactivateDocument,
    "mutation ViewerCacheLogOut { logOut }": typeof types.ViewerCacheLogOutDocument,
    "mutation ViewerCacheLogIn($input: LogInInput!) { logIn(input: $input) { email } }": typeof types.ViewerCacheLogInDocument,
    "mutation ViewerCacheCreateToken($input: AccessTokenInput!) { createAccessToken(input: $input) { token accessToken { id } } }": typeof types.ViewerCacheCreateTokenDocument,
    "mutation ViewerCacheRevokeToken($id: ID!) { revokeAccessToken(id: $id) { id } }": typeof types.ViewerCacheRevokeTokenDocument,
    "query GuardFirstPage { grants(first: 2) { pageInfo { endCursor } } }": typeof types.GuardFirstPageDocument,
    "query GuardNextPage($a: String) { grants(first: 2, after: $a) { totalCount } }": typeof types.GuardNextPageDocument,
    "query GuardIndicator { indicators(first: 1) { edges { node { id } } } }": typeof types.GuardIndicatorDocument,
    "query GuardOrganisationCount($t: String) { organisations(where: { text: $t }) { totalCount } }": typeof types.GuardOrganisationCountDocument,
    "query GuardPercentSearch { search(text: \"%%\") { organisations { id } } }": typeof types.GuardPercentSearchDocument,
    "query LimitsOrdinaryList { grants(first: 100) { totalCount edges { node { title funder { name } conditions { text } } } } grantSummary { count } }": typeof types.LimitsOrdinaryListDocument,
    "query LimitsPageSizeVariable($n: Int) { projects(first: $n) { edges { node { partnerRoles { organisation { partnerRoles { project { partnerRoles { organisation { name } } } } } } } } } }": typeof types.LimitsPageSizeVariableDocument,
    "mutation LimitsAddIndicator { addIndicator(input: { name: \"Samtal till stödlinjen\", unit: \"samtal\", countsPeople: false }) { name } }": typeof types.LimitsAddIndicatorDocument,
    "mutation SessionsLogIn($input: LogInInput!) { logIn(input: $input) { email roles } }": typeof types.SessionsLogInDocument,
    "query SessionsViewer { viewer { email } }": typeof types.SessionsViewerDocument,
    "query SessionsGrantCount { grants { totalCount } }": typeof types.SessionsGrantCountDocument,
    "mutation SessionsLogOut { logOut }": typeof types.SessionsLogOutDocument,
    "mutation SessionsLogOutEverywhere { logOutEverywhere }": typeof types.SessionsLogOutEverywhereDocument,
    "mutation SessionsCreateToken($input: AccessTokenInput!) { createAccessToken(input: $input) { token accessToken { id name prefix } } }": typeof types.SessionsCreateTokenDocument,
    "mutation SessionsRevokeToken($id: ID!) { revokeAccessToken(id: $id) { id revokedAt } }": typeof types.SessionsRevokeTokenDocument,
    "mutation SessionsInvite($input: UserInput!, $password: String) { inviteUser(input: $input, password: $password) { user { id version hasPassword } passwordLink { url } } }": typeof types.SessionsInviteDocument,
    "mutation SessionsUpdateUser($id: ID!, $v: Int!, $input: UserInput!) { updateUser(id: $id, expectedVersion: $v, input: $input) { roles version } }": typeof types.SessionsUpdateUserDocument,
    "query SessionsTokens { viewer { accessTokens { name prefix revokedAt } } }": typeof types.SessionsTokensDocument,
    "mutation SessionsSetPassword($token: String!, $password: String!) { setPasswordWithLink(token: $token, password: $password) { email } }": typeof types.SessionsSetPasswordDocument,
    "mutation SessionsDeactivate($id: ID!, $v: Int!) { setUserActive(id: $id, expectedVersion: $v, active: false) { active } }": typeof types.SessionsDeactivateDocument,
    "mutation SessionsChangePassword($input: PasswordChangeInput!) { changePassword(input: $input) }": typeof types.SessionsChangePasswordDocument,
    "query SessionsAdmins { users(first: 100) { edges { node { id email roles version active } } } }": typeof types.SessionsAdminsDocument,
    "query SessionsUserEmails { users(first: 100) { edges { node { email } } } }": typeof types.SessionsUserEmailsDocument,
    "\n    query AttentionTestPage($kinds: [AttentionKind!], $first: Int, $after: String) {\n      attention(today: \"2012-02-20\", horizonDays: 365, kinds: $kinds, first: $first, after: $after) {\n        totalCount\n        kindCounts { kind count }\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { cursor node { kind grantId itemId dueDate daysLeft } }\n      }\n    }\n  ": typeof types.AttentionTestPageDocument,
    "\n  query AuditChangesList($where: AuditEntryWhere, $first: Int, $after: String) {\n    auditChanges(where: $where, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { entityType entityId subjectName action actor version fields { field before after afterName } } }\n    }\n  }\n": typeof types.AuditChangesListDocument,
    "query AuditChangesRows($where: AuditEntryWhere) { auditEntries(where: $where, first: 100) { totalCount } }": typeof types.AuditChangesRowsDocument,
    "\n  mutation AuditChangesEditOrganisation($id: ID!, $input: OrganisationInput!, $v: Int) {\n    updateOrganisation(id: $id, input: $input, expectedVersion: $v) { version }\n  }\n": typeof types.AuditChangesEditOrganisationDocument,
    "query AuditChangesOrgs { organisations(first: 100) { edges { node { id name } } } }": typeof types.AuditChangesOrgsDocument,
    "mutation AuditChangesCreateOrganisation($input: OrganisationInput!) { createOrganisation(input: $input) { id version } }": typeof types.AuditChangesCreateOrganisationDocument,
    "query AuditChangesGrantCursor { grants(first: 1) { pageInfo { endCursor } } }": typeof types.AuditChangesGrantCursorDocument,
    "fragment ChangeLogEntry on AuditEntry { entityType action field before after actor version }": typeof types.ChangeLogEntryFragmentDoc,
    "query ChangeLogProject($text: String) { projects(where: { text: $text }) { edges { node { id } } } }": typeof types.ChangeLogProjectDocument,
    "query ChangeLogOrganisation($text: String) { organisations(where: { text: $text }) { edges { node { id } } } }": typeof types.ChangeLogOrganisationDocument,
    "query ChangeLogProjectTrail($id: ID!) { node(id: $id) { ... on Project { auditEntries { ...ChangeLogEntry } } } }": typeof types.ChangeLogProjectTrailDocument,
    "mutation ChangeLogSetBudgetYear($p: ID!, $v: Int) { setBudgetYear(projectId: $p, input: { year: 2011, amount: \"800000\" }, expectedVersion: $v) { budgetYears { year amount version } } }": typeof types.ChangeLogSetBudgetYearDocument,
    "mutation ChangeLogChangeBudgetYear($p: ID!, $v: Int, $a: Money!) { setBudgetYear(projectId: $p, input: { year: 2011, amount: $a }, expectedVersion: $v) { budgetYears { year amount version } } }": typeof types.ChangeLogChangeBudgetYearDocument,
    "mutation ChangeLogDeleteBudgetYear($p: ID!) { deleteBudgetYear(projectId: $p, year: 2011, expectedVersion: 2) { id } }": typeof types.ChangeLogDeleteBudgetYearDocument,
    "mutation ChangeLogAddContribution($p: ID!, $o: ID!) { addContribution(projectId: $p, input: { organisationId: $o, year: 2011, kind: CASH, amount: \"40000\", status: PLEDGED }) { contributions { id year amount version } } }": typeof types.ChangeLogAddContributionDocument,
    "mutation ChangeLogUpdateContribution($id: ID!, $o: ID!, $v: Int) { updateContribution(id: $id, input: { organisationId: $o, year: 2011, kind: CASH, amount: \"40000\", status: COMMITTED }, expectedVersion: $v) { id } }": typeof types.ChangeLogUpdateContributionDocument,
    "mutation ChangeLogDeleteContribution($id: ID!, $v: Int) { deleteContribution(id: $id, expectedVersion: $v) { id } }": typeof types.ChangeLogDeleteContributionDocument,
    "mutation ChangeLogAddPartnerRole($p: ID!, $o: ID!) { addPartnerRole(input: { projectId: $p, organisationId: $o, role: FUNDER, fromYear: 2011, toYear: 2012 }) { id version } }": typeof types.ChangeLogAddPartnerRoleDocument,
    "mutation ChangeLogDeletePartnerRole($id: ID!) { deletePartnerRole(id: $id, expectedVersion: 1) }": typeof types.ChangeLogDeletePartnerRoleDocument,
    "mutation ChangeLogCreateOrganisation { createOrganisation(input: { name: \"Kvinnojouren Test\", kind: NGO, municipality: \"Solna\" }) { id version } }": typeof types.ChangeLogCreateOrganisationDocument,
    "mutation ChangeLogUpdateOrganisation($id: ID!, $v: Int) { updateOrganisation(id: $id, input: { name: \"Kvinnojouren Test\", kind: NGO, municipality: \"Sundbyberg\" }, expectedVersion: $v) { version auditEntries { ...ChangeLogEntry } } }": typeof types.ChangeLogUpdateOrganisationDocument,
    "mutation ChangeLogCreateAgreement($a: ID!, $b: ID!) { createAgreement(input: { title: \"Avtal om stöd\", principalId: $a, counterpartyId: $b, followUpIntervalYears: 2 }) { id version } }": typeof types.ChangeLogCreateAgreementDocument,
    "mutation ChangeLogUpdateAgreement($id: ID!, $a: ID!, $b: ID!, $v: Int) { updateAgreement(id: $id, input: { title: \"Avtal om stöd 2\", principalId: $a, counterpartyId: $b }, expectedVersion: $v) { version auditEntries { ...ChangeLogEntry } } }": typeof types.ChangeLogUpdateAgreementDocument,
    "mutation ChangeLogAddIndicator { addIndicator(input: { name: \"Stödsamtal test\", unit: \"personer\", countsPeople: true }) { id } }": typeof types.ChangeLogAddIndicatorDocument,
    "mutation ChangeLogAddObservation($i: ID!, $p: ID!) { addObservation(input: { indicatorId: $i, projectId: $p, periodStart: \"2010-01-01\", periodEnd: \"2010-12-31\", value: 3 }) { id version } }": typeof types.ChangeLogAddObservationDocument,
    "query ChangeLogObservationTrail($p: ID!) { auditEntries(where: { project: { equals: $p }, entityType: \"Observation\" }) { edges { node { field before after } } } }": typeof types.ChangeLogObservationTrailDocument,
    "mutation ChangeLogAddEvaluation($p: ID!) { addEvaluation(input: { kind: FOLLOW_UP, title: \"Uppföljning test\", projectId: $p, replyDueDate: \"2011-03-01\" }) { id version } }": typeof types.ChangeLogAddEvaluationDocument,
    "mutation ChangeLogUpdateEvaluation($id: ID!, $p: ID!, $v: Int) { updateEvaluation(id: $id, input: { kind: FOLLOW_UP, title: \"Uppföljning test 2\", projectId: $p }, expectedVersion: $v) { version } }": typeof types.ChangeLogUpdateEvaluationDocument,
    "mutation ChangeLogAnswerMissingQuestion($id: ID!) { answerQuestion(evaluationId: $id, position: 1, answer: \"Ja\", expectedVersion: 2) { id } }": typeof types.ChangeLogAnswerMissingQuestionDocument,
    "query ChangeLogOwnTrail($id: ID!) { node(id: $id) { ... on Project { auditEntries { action } } } }": typeof types.ChangeLogOwnTrailDocument,
    "query ChangeLogVisibleTrail { auditEntries(first: 100) { edges { node { entityType } } } }": typeof types.ChangeLogVisibleTrailDocument,
    "\n  query ManyGrantsProject($id: ID!, $whatIf: [WhatIfInput!]) {\n    node(id: $id) {\n      ... on Project {\n        grants(first: 100) { totalCount edges { node { id } } }\n        pendingApplications { id title amountApplied }\n        financing(whatIf: $whatIf) { year need secured pending gap sources { kind } totals { kind state amount } }\n        financingWarnings(referenceYear: 2011, whatIf: $whatIf) { kind year gap }\n        coFinancing { years partners { name cells { year contributions { amount status } } } }\n      }\n    }\n  }\n": typeof types.ManyGrantsProjectDocument,
    "query FinancingOfProject($id: ID!, $whatIf: [WhatIfInput!]) { node(id: $id) { ... on Project { name financing(whatIf: $whatIf) { year need needSource secured pending gap incomplete sources { label kind state amount } } financingWarnings(referenceYear: 2010) { kind year gap } } } }": typeof types.FinancingOfProjectDocument,
    "query FinancingRvc { projects(where: { text: \"relationsvald\" }) { edges { node { id } } } }": typeof types.FinancingRvcDocument,
    "query FinancingSolna { organisations(where: { text: \"Solna stad\" }) { edges { node { id } } } }": typeof types.FinancingSolnaDocument,
    "query FinancingPortfolio2010 { financingPortfolio(referenceYear: 2010) { name thisYear { gap } nextYear { gap } warnings { kind } } }": typeof types.FinancingPortfolio2010Document,
    "query FinancingPortfolioYear20 { financingPortfolio(referenceYear: 20) { name } }": typeof types.FinancingPortfolioYear20Document,
    "mutation FinancingSetBudgetYear($id: ID!) { setBudgetYear(projectId: $id, input: { year: 2010, amount: \"1 400 000\", ownFunding: \"100000\" }) { financing { year need needSource gap } } }": typeof types.FinancingSetBudgetYearDocument,
    "mutation FinancingAddContribution($id: ID!, $input: ContributionInput!) { addContribution(projectId: $id, input: $input) { contributions { id year amount status } financing { year secured pending gap } } }": typeof types.FinancingAddContributionDocument,
    "query FinancingContributionCount { contributions { totalCount } }": typeof types.FinancingContributionCountDocument,
    "mutation FinancingUpdateContribution($id: ID!, $input: ContributionInput!) { updateContribution(id: $id, input: $input) { financing { year secured gap } } }": typeof types.FinancingUpdateContributionDocument,
    "mutation FinancingDeleteContribution($id: ID!) { deleteContribution(id: $id) { id } }": typeof types.FinancingDeleteContributionDocument,
    "mutation FinancingDeleteBudgetYear($id: ID!) { deleteBudgetYear(projectId: $id, year: 2010) { id } }": typeof types.FinancingDeleteBudgetYearDocument,
    "query FinancingSamtalsgrupper { projects(where: { text: \"samtalsgrupper\" }) { edges { node { id grants { edges { node { id } } } } } } }": typeof types.FinancingSamtalsgrupperDocument,
    "query FinancingWhatIf($id: ID!, $whatIf: [WhatIfInput!]) { node(id: $id) { ... on Project { financing(whatIf: $whatIf) { year secured pending gap } } } }": typeof types.FinancingWhatIfDocument,
    "query FinancingQJouren { projects(where: { text: \"q-jouren\" }) { edges { node { id } } } }": typeof types.FinancingQJourenDocument,
    "\n  query OpeningYearProjects {\n    projects(first: 50) {\n      edges { node { id name financingOpeningYear financing { year need secured pending gap incomplete } } }\n    }\n  }\n": typeof types.OpeningYearProjectsDocument,
    "\n  query OpeningYearPortfolio {\n    financingPortfolio {\n      name\n      referenceYear\n      thisYear { year gap }\n      nextUnfinancedYear { year need secured gap }\n      nextUnfinancedWarnings { kind year gap possibleSources { kind name lastYear lastAmount } }\n    }\n  }\n": typeof types.OpeningYearPortfolioDocument,
    "query PossibleSourcesRvc { projects(where: { text: \"relationsvald\" }) { edges { node { id } } } }": typeof types.PossibleSourcesRvcDocument,
    "\n    query PossibleSourcesWarnings($id: ID!) {\n      node(id: $id) {\n        ... on Project {\n          financingWarnings(referenceYear: 2010) {\n            kind\n            possibleSources { kind name link lastYear lastAmount lastRecipientName eligibility }\n          }\n        }\n      }\n    }\n  ": typeof types.PossibleSourcesWarningsDocument,
    "\n  query PossibleSourcesPortfolio {\n    financingPortfolio {\n      name\n      nextUnfinancedYear { year gap }\n      nextUnfinancedWarnings { kind possibleSources { kind name link } possibleSourceCount }\n    }\n  }\n": typeof types.PossibleSourcesPortfolioDocument,
    "query AllowedTransitions($id: ID!) { node(id: $id) { ... on Grant { status version allowedTransitions { to allowed reason message } } } }": typeof types.AllowedTransitionsDocument,
    "mutation AllowedTransitionsTransition($id: ID!, $v: Int!, $to: GrantTransition!) { transitionGrant(id: $id, expectedVersion: $v, to: $to) { status } }": typeof types.AllowedTransitionsTransitionDocument,
    "\n  fragment LifecycleGrant on Grant {\n    id version status amountApplied amountGranted conditions { id status blocksPayment } reportRequirements { id status } disbursements { id amount status }\n  }\n": typeof types.LifecycleGrantFragmentDoc,
    "mutation LifecycleCreateGrant($input: GrantApplicationInput!) { createGrant(input: $input) { ...LifecycleGrant } }": typeof types.LifecycleCreateGrantDocument,
    "mutation LifecycleSubmitGrant($id: ID!, $expectedVersion: Int!, $submittedDate: Date) { submitGrant(id: $id, expectedVersion: $expectedVersion, submittedDate: $submittedDate) { ...LifecycleGrant } }": typeof types.LifecycleSubmitGrantDocument,
    "mutation LifecycleUpdateGrant($id: ID!, $expectedVersion: Int!, $input: GrantApplicationInput!) { updateGrant(id: $id, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }": typeof types.LifecycleUpdateGrantDocument,
    "mutation LifecycleDecideGrant($id: ID!, $expectedVersion: Int!, $input: DecisionInput!) { decideGrant(id: $id, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }": typeof types.LifecycleDecideGrantDocument,
    "mutation LifecycleAddCondition($grantId: ID!, $expectedVersion: Int!, $input: ConditionInput!) { addCondition(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }": typeof types.LifecycleAddConditionDocument,
    "mutation LifecycleAddDisbursement($grantId: ID!, $expectedVersion: Int!, $input: DisbursementInput!) { addDisbursement(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }": typeof types.LifecycleAddDisbursementDocument,
    "mutation LifecycleUpdateDisbursement($id: ID!, $expectedVersion: Int!, $input: DisbursementInput!) { updateDisbursement(id: $id, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }": typeof types.LifecycleUpdateDisbursementDocument,
    "mutation LifecycleResolveCondition($id: ID!, $expectedVersion: Int!, $input: ConditionResolutionInput!) { resolveCondition(id: $id, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }": typeof types.LifecycleResolveConditionDocument,
    "mutation LifecycleTransitionGrant($id: ID!, $expectedVersion: Int!, $to: GrantTransition!) { transitionGrant(id: $id, expectedVersion: $expectedVersion, to: $to) { ...LifecycleGrant } }": typeof types.LifecycleTransitionGrantDocument,
    "mutation LifecycleAddReportRequirement($grantId: ID!, $expectedVersion: Int!, $input: ReportRequirementInput!) { addReportRequirement(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }": typeof types.LifecycleAddReportRequirementDocument,
    "query LifecycleOrganisations { organisations(first: 100) { edges { node { id name } } } }": typeof types.LifecycleOrganisationsDocument,
    "query LifecycleGrantById($id: ID!) { node(id: $id) { ... on Grant { ...LifecycleGrant } } }": typeof types.LifecycleGrantByIdDocument,
    "query LifecycleGrantCount { grants { totalCount } }": typeof types.LifecycleGrantCountDocument,
    "query LifecycleHistory($id: ID!) { node(id: $id) { ... on Grant { auditEntries { action field before after actor } timeline { kind date } } } }": typeof types.LifecycleHistoryDocument,
    "query LifecycleAttention { attention(today: \"2009-02-15\", first: 500) { edges { node { kind grantTitle dueDate daysLeft } } } }": typeof types.LifecycleAttentionDocument,
    "query LifecycleAttentionLater { attention(today: \"2010-01-01\", first: 500) { edges { node { kind grantTitle } } } }": typeof types.LifecycleAttentionLaterDocument,
    "query LifecycleAttentionTooFar { attention(horizonDays: 1000) { totalCount } }": typeof types.LifecycleAttentionTooFarDocument,
    "query LifecycleProgrammeOverview { programmeOverview { programmeName year nationalAllocation countyAllocation applied granted } }": typeof types.LifecycleProgrammeOverviewDocument,
    "query LifecycleSearch { search(text: \"hasselby\") { organisations { name } grants { title } projects { name } } }": typeof types.LifecycleSearchDocument,
    "query LifecycleSearchCapitals { search(text: \"VALD\") { projects { name } } }": typeof types.LifecycleSearchCapitalsDocument,
    "query LifecycleGrantText { grants(where: { text: \"vallingby\" }) { totalCount } }": typeof types.LifecycleGrantTextDocument,
    "query LifecycleSearchShort { search(text: \"a\") { grants { id } } }": typeof types.LifecycleSearchShortDocument,
    "\n  query NPlusOneNestedGrants($first: Int!) {\n    grants(first: $first) {\n      totalCount\n      edges {\n        node {\n          title amountGranted\n          funder { name }\n          recipient { name parent { name } }\n          project { name owner { name } partnerRoles { role } }\n          yearAmounts { year amountGranted }\n          conditions { text dueDate sourcePassage { quote } }\n          reportRequirements { dueDate }\n          disbursements { amount }\n          allowedTransitions { to allowed reason }\n        }\n      }\n    }\n  }\n": typeof types.NPlusOneNestedGrantsDocument,
    "\n  query GrantsPage($where: GrantWhere, $orderBy: [GrantOrder!], $first: Int, $after: String) {\n    grants(where: $where, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title status amountApplied amountGranted } }\n    }\n  }\n": typeof types.GrantsPageDocument,
    "query GrantsLansstyrelsen { organisations(where: { text: \"Länsstyrelsen i Stockholms län\" }) { edges { node { id } } } }": typeof types.GrantsLansstyrelsenDocument,
    "query GrantWithConditions($id: ID!) { node(id: $id) { ... on Grant { title funderReference conditions { dueDate sourcePassage { document { reference } } } } } }": typeof types.GrantWithConditionsDocument,
    "query GrantSummaryByYear($where: GrantWhere) { grantSummary(where: $where) { count amountApplied amountGranted groups(by: YEAR) { key amountGranted } } }": typeof types.GrantSummaryByYearDocument,
    "query GrantsAnyProject { projects(first: 1) { edges { node { id } } } }": typeof types.GrantsAnyProjectDocument,
    "query GrantsUnknownNode { node(id: \"R3JhbnQ6bm9wZQ==\") { id } }": typeof types.GrantsUnknownNodeDocument,
    "query YearAttributionFigures($programme: ID!, $project: ID!) {\n        programmeOverview { programmeName year applied granted grantCount }\n        grantSummary(where: { programme: { equals: $programme } }) { groups(by: YEAR) { key count amountApplied amountGranted } }\n        node(id: $project) { ... on Project { financing { year need secured } } }\n      }": typeof types.YearAttributionFiguresDocument,
    "query YearAttributionCount($year: Int!, $programme: ID!) { grants(where: { year: $year, programme: { equals: $programme } }) { totalCount } }": typeof types.YearAttributionCountDocument,
    "query YearAttributionTitles($year: Int!, $programme: ID!) { grants(first: 100, where: { year: $year, programme: { equals: $programme } }) { edges { node { title } } } }": typeof types.YearAttributionTitlesDocument,
    "query YearAttributionTooEarly { grants(where: { year: 1989 }) { totalCount } }": typeof types.YearAttributionTooEarlyDocument,
    "query OpenDataSettings { openDataSettings { giving360Public giving360JsonPath giving360CsvPath version giving360Coverage { included leftOut } } }": typeof types.OpenDataSettingsDocument,
    "\n  mutation OpenDataSet($public: Boolean!, $v: Int) {\n    setOpenDataSettings(input: { giving360Public: $public }, expectedVersion: $v) { giving360Public version }\n  }\n": typeof types.OpenDataSetDocument,
    "\n  fragment SavedQueryFields on SavedQuery { id version name description query variables shared ownerName mine }\n": typeof types.SavedQueryFieldsFragmentDoc,
    "\n  mutation SavedQueriesCreate($input: SavedQueryInput!) { createSavedQuery(input: $input) { ...SavedQueryFields } }\n": typeof types.SavedQueriesCreateDocument,
    "\n  mutation SavedQueriesUpdate($id: ID!, $input: SavedQueryInput!, $expectedVersion: Int) {\n    updateSavedQuery(id: $id, input: $input, expectedVersion: $expectedVersion) { ...SavedQueryFields }\n  }\n": typeof types.SavedQueriesUpdateDocument,
    "\n  mutation SavedQueriesDelete($id: ID!, $expectedVersion: Int) { deleteSavedQuery(id: $id, expectedVersion: $expectedVersion) }\n": typeof types.SavedQueriesDeleteDocument,
    "\n  query SavedQueriesList($where: SavedQueryWhere) {\n    savedQueries(where: $where, first: 100) { totalCount edges { node { ...SavedQueryFields } } }\n  }\n": typeof types.SavedQueriesListDocument,
    "\n    query SavedQueriesOne($id: ID!) { node(id: $id) { __typename ... on SavedQuery { ...SavedQueryFields } } }\n  ": typeof types.SavedQueriesOneDocument,
    "\n  query SavedQueriesTrail($id: String!) {\n    auditEntries(where: { entityType: \"SavedQuery\", entityId: $id }, first: 100) { edges { node { action field before after actor } } }\n  }\n": typeof types.SavedQueriesTrailDocument,
    "\n  query SearchFold($text: String!) {\n    search(text: $text) {\n      grants { title }\n      organisations { name }\n    }\n  }\n": typeof types.SearchFoldDocument,
    "query HygieneIds { organisations(first: 100) { edges { node { id name } } } projects(where: { text: \"relationsvåld\" }) { edges { node { id } } } agreements(first: 1) { edges { node { id } } } }": typeof types.HygieneIdsDocument,
    "mutation HygieneCreateGrant($input: GrantApplicationInput!) { createGrant(input: $input) { id title } }": typeof types.HygieneCreateGrantDocument,
    "mutation HygieneAddContribution($id: ID!, $input: ContributionInput!) { addContribution(projectId: $id, input: $input) { id } }": typeof types.HygieneAddContributionDocument,
    "mutation HygieneAddRole($input: PartnerRoleInput!) { addPartnerRole(input: $input) { id } }": typeof types.HygieneAddRoleDocument,
    "mutation HygieneCreateOrganisation($input: OrganisationInput!) { createOrganisation(input: $input) { id website } }": typeof types.HygieneCreateOrganisationDocument,
    "mutation HygieneAddIndicator { addIndicator(input: { name: \"Samtal till jouren\", unit: \"samtal\", countsPeople: false }) { id } }": typeof types.HygieneAddIndicatorDocument,
    "mutation HygieneAddObservation($input: ObservationInput!) { addObservation(input: $input) { id } }": typeof types.HygieneAddObservationDocument,
    "mutation HygieneAddEvaluation($input: EvaluationInput!) { addEvaluation(input: $input) { id } }": typeof types.HygieneAddEvaluationDocument,
    "query HygieneGrantTrail($id: ID!) { node(id: $id) { ... on Grant { auditEntries { actor } } } }": typeof types.HygieneGrantTrailDocument,
    "mutation HygieneInvite($input: UserInput!) { inviteUser(input: $input) { user { id } } }": typeof types.HygieneInviteDocument,
    "\n  query TextMatchesSearch($where: GrantWhere) {\n    grants(first: 100, where: $where) { totalCount edges { node { id } } }\n    grantSummary(where: $where) { count }\n  }\n": typeof types.TextMatchesSearchDocument,
    "\n  query AggregateGroups(\n    $where: ObservationWhere\n    $groupBy: [ObservationDimension!]!\n    $orderBy: [ObservationAggregateOrder!]\n    $first: Int\n    $after: String\n  ) {\n    observationAggregate(where: $where, groupBy: $groupBy, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      totals { count sum unit protected protection }\n      edges {\n        cursor\n        node {\n          key { indicatorId indicator { id name } projectId project { name } periodStart periodEnd year breakdown }\n          count sum unit protected protection\n        }\n      }\n    }\n  }\n": typeof types.AggregateGroupsDocument,
    "\n  query AggregatePublicValues { observations(first: 100, orderBy: [{ field: PERIOD_START }]) { edges { node { id value displayValue suppressed suppressionReason } } } }\n": typeof types.AggregatePublicValuesDocument,
    "mutation LeaksAddObservation($input: ObservationInput!) { addObservation(input: $input) { id } }": typeof types.LeaksAddObservationDocument,
    "mutation LeaksUpdateObservation($id: ID!, $input: ObservationInput!) { updateObservation(id: $id, input: $input) { id } }": typeof types.LeaksUpdateObservationDocument,
    "mutation LeaksDeleteObservation($id: ID!) { deleteObservation(id: $id) }": typeof types.LeaksDeleteObservationDocument,
    "mutation LeaksUpdateIndicator($id: ID!, $input: IndicatorInput!) { updateIndicator(id: $id, input: $input) { countsPeople } }": typeof types.LeaksUpdateIndicatorDocument,
    "query LeaksStored($id: ID!) { node(id: $id) { ... on Indicator { name countsPeople observations {\n  id breakdown value displayValue suppressed suppressionReason periodStart periodEnd updatedAt project { id } organisation { id } } } } }": typeof types.LeaksStoredDocument,
    "query LeaksIds {\n      haninge: projects(where: { text: \"Haninge Kvinnojours verksamhet\" }) { edges { node { id } } }\n      other: projects(where: { text: \"q-jouren\" }) { edges { node { id } } }\n      jour: organisations(where: { text: \"Haninge Kvinnojour\" }) { edges { node { id } } }\n      roks: organisations(where: { text: \"ROKS\" }) { edges { node { id } } } }": typeof types.LeaksIdsDocument,
    "mutation LeaksAddIndicator($input: IndicatorInput!) { addIndicator(input: $input) { id } }": typeof types.LeaksAddIndicatorDocument,
    "query LeaksPage($id: ID!, $after: String) {\n      observations(where: { indicator: { equals: $id } }, first: 1, after: $after) {\n        edges { node { id value displayValue suppressed suppressionReason } } pageInfo { endCursor hasNextPage } } }": typeof types.LeaksPageDocument,
    "query StatisticsObservations($org: ID!) { observations(first: 100, where: { organisation: { equals: $org } }) { edges { node { breakdown value displayValue suppressed suppressionReason indicator { name } } } } }": typeof types.StatisticsObservationsDocument,
    "mutation StatisticsAddObservation($input: ObservationInput!) { addObservation(input: $input) { id } }": typeof types.StatisticsAddObservationDocument,
    "query StatisticsIndicator { indicators(where: { text: \"Kvinnor som kontaktat\" }) { edges { node { id } } } }": typeof types.StatisticsIndicatorDocument,
    "query StatisticsHaninge { organisations(where: { text: \"Haninge Kvinnojour\" }) { edges { node { id } } } }": typeof types.StatisticsHaningeDocument,
    "query StatisticsHaningeProject { projects(where: { text: \"Haninge Kvinnojours verksamhet\" }) { edges { node { id } } } }": typeof types.StatisticsHaningeProjectDocument,
    "query StatisticsIndicatorCounts { indicators(first: 100) { edges { node { name observationCount observations { id } } } } }": typeof types.StatisticsIndicatorCountsDocument,
    "query StatisticsObservationCount { observations { totalCount } }": typeof types.StatisticsObservationCountDocument,
    "mutation StatisticsCreateOrganisation($input: OrganisationInput!) { createOrganisation(input: $input) { id organisationNumber } }": typeof types.StatisticsCreateOrganisationDocument,
    "mutation StatisticsUpdateOrganisation($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, input: $input) { id } }": typeof types.StatisticsUpdateOrganisationDocument,
    "query StatisticsFollowUp { agreements { edges { node { followUpClause nextFollowUpDue evaluations { answers { position answer question { id } } } } } } }": typeof types.StatisticsFollowUpDocument,
    "query StatisticsDeadlines { projects(where: { text: \"Haninge Kvinnojours verksamhet\" }) { edges { node { deadlines(from: \"2022-01-01\") { date kind title } } } } }": typeof types.StatisticsDeadlinesDocument,
    "query StatisticsQuestions { agreements { edges { node { id evaluations { answers { question { id } } } } } } }": typeof types.StatisticsQuestionsDocument,
    "mutation StatisticsAddFollowUp($input: EvaluationInput!) { addEvaluation(input: $input) { id answers { position } } }": typeof types.StatisticsAddFollowUpDocument,
    "mutation StatisticsAnswer($id: ID!) { answerQuestion(evaluationId: $id, position: 8, answer: \"Vardagar 09.00–16.00\", receivedDate: \"2023-02-20\") { id } }": typeof types.StatisticsAnswerDocument,
    "query StatisticsCompareAnswers($id: ID!) { node(id: $id) { ... on QuestionTemplate { text answers { answer evaluation { title } } } } }": typeof types.StatisticsCompareAnswersDocument,
    "mutation StatisticsAddPlanned($input: EvaluationInput!) { addEvaluation(input: $input) { id } }": typeof types.StatisticsAddPlannedDocument,
    "query StatisticsAgreement { agreements { edges { node { id title principal { id } counterparty { id } } } } }": typeof types.StatisticsAgreementDocument,
    "mutation StatisticsUpdateAgreement($id: ID!, $input: AgreementInput!) { updateAgreement(id: $id, input: $input) { followUpIntervalYears nextFollowUpDue } }": typeof types.StatisticsUpdateAgreementDocument,
    "query StatisticsFollowUps { evaluations(where: { kind: { equals: FOLLOW_UP } }) { edges { node { id title agreement { id } } } } }": typeof types.StatisticsFollowUpsDocument,
    "mutation StatisticsReceived($id: ID!, $input: EvaluationInput!) { updateEvaluation(id: $id, input: $input) { receivedDate replyDueDate } }": typeof types.StatisticsReceivedDocument,
    "mutation StatisticsAddIndicator($input: IndicatorInput!) { addIndicator(input: $input) { id name countsPeople } }": typeof types.StatisticsAddIndicatorDocument,
    "mutation StatisticsUpdateObservation($id: ID!, $input: ObservationInput!) { updateObservation(id: $id, input: $input) { value } }": typeof types.StatisticsUpdateObservationDocument,
    "mutation StatisticsDeleteObservation($id: ID!) { deleteObservation(id: $id) }": typeof types.StatisticsDeleteObservationDocument,
    "query StatisticsRoleIds { projects(where: { text: \"q-jouren\" }) { edges { node { id } } } organisations(where: { text: \"ROKS\" }) { edges { node { id } } } }": typeof types.StatisticsRoleIdsDocument,
    "mutation StatisticsAddRole($input: PartnerRoleInput!) { addPartnerRole(input: $input) { id role fromYear toYear } }": typeof types.StatisticsAddRoleDocument,
    "mutation StatisticsDeleteRole($id: ID!) { deletePartnerRole(id: $id) }": typeof types.StatisticsDeleteRoleDocument,
};
const documents: Documents = {
    "query MatrixLeadProject { projects(where: { text: \"Relationsvåldscentrum\" }) { edges { node { id } } } }": types.MatrixLeadProjectDocument,
    "query ProjectLeadIds {\n      a: projects(where: { text: \"Relationsvåldscentrum\" }) { edges { node { id grants { edges { node { id } } } } } }\n      b: projects(where: { text: \"Q-jouren\" }) { edges { node { id grants { edges { node { id } } } } } }\n      indicators(first: 1) { edges { node { id } } }\n      organisations(where: { text: \"RFHL\" }) { edges { node { id } } }\n    }": types.ProjectLeadIdsDocument,
    "mutation ProjectLeadBContribution($id: ID!, $org: ID!) { addContribution(projectId: $id, input: { organisationId: $org, year: 2010, kind: CASH, amount: \"75000\", status: COMMITTED }) { contributions { id } } }": types.ProjectLeadBContributionDocument,
    "mutation ProjectLeadBBudget($id: ID!) { setBudgetYear(projectId: $id, input: { year: 2010, amount: \"900000\" }) { id } }": types.ProjectLeadBBudgetDocument,
    "mutation ProjectLeadBObservation($i: ID!, $p: ID!) { addObservation(input: { indicatorId: $i, projectId: $p, periodStart: \"2031-01-01\", periodEnd: \"2031-12-31\", value: 40 }) { id } }": types.ProjectLeadBObservationDocument,
    "query ProjectLeadPortfolio { financingPortfolio(referenceYear: 2010) { projectId } }": types.ProjectLeadPortfolioDocument,
    "query ProjectLeadAttention {\n        attention(today: \"2009-06-01\", horizonDays: 365, first: 500) { totalCount kindCounts { count } edges { node { grantId } } }\n      }": types.ProjectLeadAttentionDocument,
    "query ProjectLeadAuditGrants { auditEntries(first: 100) { edges { node { grant { id } } } } }": types.ProjectLeadAuditGrantsDocument,
    "query ProjectLeadAnyNode($id: ID!) { node(id: $id) { id ... on Project { name } ... on Contribution { amount } ... on Observation { value } } }": types.ProjectLeadAnyNodeDocument,
    "query ProjectLeadOwnProject($id: ID!) { node(id: $id) { ... on Project { name } } }": types.ProjectLeadOwnProjectDocument,
    "query ProjectLeadNodeType($id: ID!) { node(id: $id) { __typename } }": types.ProjectLeadNodeTypeDocument,
    "query ProjectLeadNodeTypes($ids: [ID!]!) { nodes(ids: $ids) { __typename } }": types.ProjectLeadNodeTypesDocument,
    "query ProjectLeadDocumentCount { sourceDocuments { totalCount } }": types.ProjectLeadDocumentCountDocument,
    "query ProjectLeadFirstDocument { sourceDocuments(first: 1) { edges { node { id } } } }": types.ProjectLeadFirstDocumentDocument,
    "query ProjectLeadDocumentTitle($id: ID!) { node(id: $id) { ... on SourceDocument { title reference } } }": types.ProjectLeadDocumentTitleDocument,
    "query ProjectLeadProgrammeDisbursed { programmeOverview { year granted disbursed } }": types.ProjectLeadProgrammeDisbursedDocument,
    "query ProjectLeadNested {\n      organisations(first: 100) { edges { node { partnerRoles { project { id } } contributions { project { id } } } } }\n      indicators(first: 100) { edges { node { observations { project { id } } } } }\n    }": types.ProjectLeadNestedDocument,
    "query ProjectLeadPublicGrant($id: ID!) { node(id: $id) { ... on Grant { title amountGranted status funder { name } recipient { name } } } }": types.ProjectLeadPublicGrantDocument,
    "query ProjectLeadGrantCount($w: GrantWhere) { grants(where: $w) { totalCount } }": types.ProjectLeadGrantCountDocument,
    "query ProjectLeadSearch { search(text: \"q-jouren\") { projects { id } grants { id } } }": types.ProjectLeadSearchDocument,
    "mutation ProjectLeadCalendarToken { createCalendarToken(input: { name: \"Kalender\" }) { token accessToken { id } } }": types.ProjectLeadCalendarTokenDocument,
    "mutation ProjectLeadRevokeToken($id: ID!) { revokeAccessToken(id: $id) { id } }": types.ProjectLeadRevokeTokenDocument,
    "mutation ProjectLeadOwnBudget($id: ID!) { setBudgetYear(projectId: $id, input: { year: 2011, amount: \"950000\" }) { budgetYears { year amount } } }": types.ProjectLeadOwnBudgetDocument,
    "mutation ProjectLeadOwnContribution($id: ID!, $org: ID!) { addContribution(projectId: $id, input: { organisationId: $org, year: 2011, kind: CASH, amount: \"150000\", status: PLEDGED }) { id } }": types.ProjectLeadOwnContributionDocument,
    "mutation ProjectLeadOwnObservation($i: ID!, $p: ID!) { addObservation(input: { indicatorId: $i, projectId: $p, periodStart: \"2033-01-01\", periodEnd: \"2033-12-31\", value: 12 }) { id } }": types.ProjectLeadOwnObservationDocument,
    "query ViewerCacheMe { viewer { id roles } }": types.ViewerCacheMeDocument,
    "mutation ViewerCacheSetRoles($id: ID!, $v: Int!, $input: UserInput!) {\n  updateUser(id: $id, expectedVersion: $v, input: $input) { roles } }": types.ViewerCacheSetRolesDocument,
    "mutation ViewerCacheDeactivate($id: ID!, $v: Int!) { setUserActive(id: $id, expectedVersion: $v, active: false) { active } }": types.ViewerCacheDeactivateDocument,
    "mutation ViewerCacheLogOut { logOut }": types.ViewerCacheLogOutDocument,
    "mutation ViewerCacheLogIn($input: LogInInput!) { logIn(input: $input) { email } }": types.ViewerCacheLogInDocument,
    "mutation ViewerCacheCreateToken($input: AccessTokenInput!) { createAccessToken(input: $input) { token accessToken { id } } }": types.ViewerCacheCreateTokenDocument,
    "mutation ViewerCacheRevokeToken($id: ID!) { revokeAccessToken(id: $id) { id } }": types.ViewerCacheRevokeTokenDocument,
    "query GuardFirstPage { grants(first: 2) { pageInfo { endCursor } } }": types.GuardFirstPageDocument,
    "query GuardNextPage($a: String) { grants(first: 2, after: $a) { totalCount } }": types.GuardNextPageDocument,
    "query GuardIndicator { indicators(first: 1) { edges { node { id } } } }": types.GuardIndicatorDocument,
    "query GuardOrganisationCount($t: String) { organisations(where: { text: $t }) { totalCount } }": types.GuardOrganisationCountDocument,
    "query GuardPercentSearch { search(text: \"%%\") { organisations { id } } }": types.GuardPercentSearchDocument,
    "query LimitsOrdinaryList { grants(first: 100) { totalCount edges { node { title funder { name } conditions { text } } } } grantSummary { count } }": types.LimitsOrdinaryListDocument,
    "query LimitsPageSizeVariable($n: Int) { projects(first: $n) { edges { node { partnerRoles { organisation { partnerRoles { project { partnerRoles { organisation { name } } } } } } } } } }": types.LimitsPageSizeVariableDocument,
    "mutation LimitsAddIndicator { addIndicator(input: { name: \"Samtal till stödlinjen\", unit: \"samtal\", countsPeople: false }) { name } }": types.LimitsAddIndicatorDocument,
    "mutation SessionsLogIn($input: LogInInput!) { logIn(input: $input) { email roles } }": types.SessionsLogInDocument,
    "query SessionsViewer { viewer { email } }": types.SessionsViewerDocument,
    "query SessionsGrantCount { grants { totalCount } }": types.SessionsGrantCountDocument,
    "mutation SessionsLogOut { logOut }": types.SessionsLogOutDocument,
    "mutation SessionsLogOutEverywhere { logOutEverywhere }": types.SessionsLogOutEverywhereDocument,
    "mutation SessionsCreateToken($input: AccessTokenInput!) { createAccessToken(input: $input) { token accessToken { id name prefix } } }": types.SessionsCreateTokenDocument,
    "mutation SessionsRevokeToken($id: ID!) { revokeAccessToken(id: $id) { id revokedAt } }": types.SessionsRevokeTokenDocument,
    "mutation SessionsInvite($input: UserInput!, $password: String) { inviteUser(input: $input, password: $password) { user { id version hasPassword } passwordLink { url } } }": types.SessionsInviteDocument,
    "mutation SessionsUpdateUser($id: ID!, $v: Int!, $input: UserInput!) { updateUser(id: $id, expectedVersion: $v, input: $input) { roles version } }": types.SessionsUpdateUserDocument,
    "query SessionsTokens { viewer { accessTokens { name prefix revokedAt } } }": types.SessionsTokensDocument,
    "mutation SessionsSetPassword($token: String!, $password: String!) { setPasswordWithLink(token: $token, password: $password) { email } }": types.SessionsSetPasswordDocument,
    "mutation SessionsDeactivate($id: ID!, $v: Int!) { setUserActive(id: $id, expectedVersion: $v, active: false) { active } }": types.SessionsDeactivateDocument,
    "mutation SessionsChangePassword($input: PasswordChangeInput!) { changePassword(input: $input) }": types.SessionsChangePasswordDocument,
    "query SessionsAdmins { users(first: 100) { edges { node { id email roles version active } } } }": types.SessionsAdminsDocument,
    "query SessionsUserEmails { users(first: 100) { edges { node { email } } } }": types.SessionsUserEmailsDocument,
    "\n    query AttentionTestPage($kinds: [AttentionKind!], $first: Int, $after: String) {\n      attention(today: \"2012-02-20\", horizonDays: 365, kinds: $kinds, first: $first, after: $after) {\n        totalCount\n        kindCounts { kind count }\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { cursor node { kind grantId itemId dueDate daysLeft } }\n      }\n    }\n  ": types.AttentionTestPageDocument,
    "\n  query AuditChangesList($where: AuditEntryWhere, $first: Int, $after: String) {\n    auditChanges(where: $where, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { entityType entityId subjectName action actor version fields { field before after afterName } } }\n    }\n  }\n": types.AuditChangesListDocument,
    "query AuditChangesRows($where: AuditEntryWhere) { auditEntries(where: $where, first: 100) { totalCount } }": types.AuditChangesRowsDocument,
    "\n  mutation AuditChangesEditOrganisation($id: ID!, $input: OrganisationInput!, $v: Int) {\n    updateOrganisation(id: $id, input: $input, expectedVersion: $v) { version }\n  }\n": types.AuditChangesEditOrganisationDocument,
    "query AuditChangesOrgs { organisations(first: 100) { edges { node { id name } } } }": types.AuditChangesOrgsDocument,
    "mutation AuditChangesCreateOrganisation($input: OrganisationInput!) { createOrganisation(input: $input) { id version } }": types.AuditChangesCreateOrganisationDocument,
    "query AuditChangesGrantCursor { grants(first: 1) { pageInfo { endCursor } } }": types.AuditChangesGrantCursorDocument,
    "fragment ChangeLogEntry on AuditEntry { entityType action field before after actor version }": types.ChangeLogEntryFragmentDoc,
    "query ChangeLogProject($text: String) { projects(where: { text: $text }) { edges { node { id } } } }": types.ChangeLogProjectDocument,
    "query ChangeLogOrganisation($text: String) { organisations(where: { text: $text }) { edges { node { id } } } }": types.ChangeLogOrganisationDocument,
    "query ChangeLogProjectTrail($id: ID!) { node(id: $id) { ... on Project { auditEntries { ...ChangeLogEntry } } } }": types.ChangeLogProjectTrailDocument,
    "mutation ChangeLogSetBudgetYear($p: ID!, $v: Int) { setBudgetYear(projectId: $p, input: { year: 2011, amount: \"800000\" }, expectedVersion: $v) { budgetYears { year amount version } } }": types.ChangeLogSetBudgetYearDocument,
    "mutation ChangeLogChangeBudgetYear($p: ID!, $v: Int, $a: Money!) { setBudgetYear(projectId: $p, input: { year: 2011, amount: $a }, expectedVersion: $v) { budgetYears { year amount version } } }": types.ChangeLogChangeBudgetYearDocument,
    "mutation ChangeLogDeleteBudgetYear($p: ID!) { deleteBudgetYear(projectId: $p, year: 2011, expectedVersion: 2) { id } }": types.ChangeLogDeleteBudgetYearDocument,
    "mutation ChangeLogAddContribution($p: ID!, $o: ID!) { addContribution(projectId: $p, input: { organisationId: $o, year: 2011, kind: CASH, amount: \"40000\", status: PLEDGED }) { contributions { id year amount version } } }": types.ChangeLogAddContributionDocument,
    "mutation ChangeLogUpdateContribution($id: ID!, $o: ID!, $v: Int) { updateContribution(id: $id, input: { organisationId: $o, year: 2011, kind: CASH, amount: \"40000\", status: COMMITTED }, expectedVersion: $v) { id } }": types.ChangeLogUpdateContributionDocument,
    "mutation ChangeLogDeleteContribution($id: ID!, $v: Int) { deleteContribution(id: $id, expectedVersion: $v) { id } }": types.ChangeLogDeleteContributionDocument,
    "mutation ChangeLogAddPartnerRole($p: ID!, $o: ID!) { addPartnerRole(input: { projectId: $p, organisationId: $o, role: FUNDER, fromYear: 2011, toYear: 2012 }) { id version } }": types.ChangeLogAddPartnerRoleDocument,
    "mutation ChangeLogDeletePartnerRole($id: ID!) { deletePartnerRole(id: $id, expectedVersion: 1) }": types.ChangeLogDeletePartnerRoleDocument,
    "mutation ChangeLogCreateOrganisation { createOrganisation(input: { name: \"Kvinnojouren Test\", kind: NGO, municipality: \"Solna\" }) { id version } }": types.ChangeLogCreateOrganisationDocument,
    "mutation ChangeLogUpdateOrganisation($id: ID!, $v: Int) { updateOrganisation(id: $id, input: { name: \"Kvinnojouren Test\", kind: NGO, municipality: \"Sundbyberg\" }, expectedVersion: $v) { version auditEntries { ...ChangeLogEntry } } }": types.ChangeLogUpdateOrganisationDocument,
    "mutation ChangeLogCreateAgreement($a: ID!, $b: ID!) { createAgreement(input: { title: \"Avtal om stöd\", principalId: $a, counterpartyId: $b, followUpIntervalYears: 2 }) { id version } }": types.ChangeLogCreateAgreementDocument,
    "mutation ChangeLogUpdateAgreement($id: ID!, $a: ID!, $b: ID!, $v: Int) { updateAgreement(id: $id, input: { title: \"Avtal om stöd 2\", principalId: $a, counterpartyId: $b }, expectedVersion: $v) { version auditEntries { ...ChangeLogEntry } } }": types.ChangeLogUpdateAgreementDocument,
    "mutation ChangeLogAddIndicator { addIndicator(input: { name: \"Stödsamtal test\", unit: \"personer\", countsPeople: true }) { id } }": types.ChangeLogAddIndicatorDocument,
    "mutation ChangeLogAddObservation($i: ID!, $p: ID!) { addObservation(input: { indicatorId: $i, projectId: $p, periodStart: \"2010-01-01\", periodEnd: \"2010-12-31\", value: 3 }) { id version } }": types.ChangeLogAddObservationDocument,
    "query ChangeLogObservationTrail($p: ID!) { auditEntries(where: { project: { equals: $p }, entityType: \"Observation\" }) { edges { node { field before after } } } }": types.ChangeLogObservationTrailDocument,
    "mutation ChangeLogAddEvaluation($p: ID!) { addEvaluation(input: { kind: FOLLOW_UP, title: \"Uppföljning test\", projectId: $p, replyDueDate: \"2011-03-01\" }) { id version } }": types.ChangeLogAddEvaluationDocument,
    "mutation ChangeLogUpdateEvaluation($id: ID!, $p: ID!, $v: Int) { updateEvaluation(id: $id, input: { kind: FOLLOW_UP, title: \"Uppföljning test 2\", projectId: $p }, expectedVersion: $v) { version } }": types.ChangeLogUpdateEvaluationDocument,
    "mutation ChangeLogAnswerMissingQuestion($id: ID!) { answerQuestion(evaluationId: $id, position: 1, answer: \"Ja\", expectedVersion: 2) { id } }": types.ChangeLogAnswerMissingQuestionDocument,
    "query ChangeLogOwnTrail($id: ID!) { node(id: $id) { ... on Project { auditEntries { action } } } }": types.ChangeLogOwnTrailDocument,
    "query ChangeLogVisibleTrail { auditEntries(first: 100) { edges { node { entityType } } } }": types.ChangeLogVisibleTrailDocument,
    "\n  query ManyGrantsProject($id: ID!, $whatIf: [WhatIfInput!]) {\n    node(id: $id) {\n      ... on Project {\n        grants(first: 100) { totalCount edges { node { id } } }\n        pendingApplications { id title amountApplied }\n        financing(whatIf: $whatIf) { year need secured pending gap sources { kind } totals { kind state amount } }\n        financingWarnings(referenceYear: 2011, whatIf: $whatIf) { kind year gap }\n        coFinancing { years partners { name cells { year contributions { amount status } } } }\n      }\n    }\n  }\n": types.ManyGrantsProjectDocument,
    "query FinancingOfProject($id: ID!, $whatIf: [WhatIfInput!]) { node(id: $id) { ... on Project { name financing(whatIf: $whatIf) { year need needSource secured pending gap incomplete sources { label kind state amount } } financingWarnings(referenceYear: 2010) { kind year gap } } } }": types.FinancingOfProjectDocument,
    "query FinancingRvc { projects(where: { text: \"relationsvald\" }) { edges { node { id } } } }": types.FinancingRvcDocument,
    "query FinancingSolna { organisations(where: { text: \"Solna stad\" }) { edges { node { id } } } }": types.FinancingSolnaDocument,
    "query FinancingPortfolio2010 { financingPortfolio(referenceYear: 2010) { name thisYear { gap } nextYear { gap } warnings { kind } } }": types.FinancingPortfolio2010Document,
    "query FinancingPortfolioYear20 { financingPortfolio(referenceYear: 20) { name } }": types.FinancingPortfolioYear20Document,
    "mutation FinancingSetBudgetYear($id: ID!) { setBudgetYear(projectId: $id, input: { year: 2010, amount: \"1 400 000\", ownFunding: \"100000\" }) { financing { year need needSource gap } } }": types.FinancingSetBudgetYearDocument,
    "mutation FinancingAddContribution($id: ID!, $input: ContributionInput!) { addContribution(projectId: $id, input: $input) { contributions { id year amount status } financing { year secured pending gap } } }": types.FinancingAddContributionDocument,
    "query FinancingContributionCount { contributions { totalCount } }": types.FinancingContributionCountDocument,
    "mutation FinancingUpdateContribution($id: ID!, $input: ContributionInput!) { updateContribution(id: $id, input: $input) { financing { year secured gap } } }": types.FinancingUpdateContributionDocument,
    "mutation FinancingDeleteContribution($id: ID!) { deleteContribution(id: $id) { id } }": types.FinancingDeleteContributionDocument,
    "mutation FinancingDeleteBudgetYear($id: ID!) { deleteBudgetYear(projectId: $id, year: 2010) { id } }": types.FinancingDeleteBudgetYearDocument,
    "query FinancingSamtalsgrupper { projects(where: { text: \"samtalsgrupper\" }) { edges { node { id grants { edges { node { id } } } } } } }": types.FinancingSamtalsgrupperDocument,
    "query FinancingWhatIf($id: ID!, $whatIf: [WhatIfInput!]) { node(id: $id) { ... on Project { financing(whatIf: $whatIf) { year secured pending gap } } } }": types.FinancingWhatIfDocument,
    "query FinancingQJouren { projects(where: { text: \"q-jouren\" }) { edges { node { id } } } }": types.FinancingQJourenDocument,
    "\n  query OpeningYearProjects {\n    projects(first: 50) {\n      edges { node { id name financingOpeningYear financing { year need secured pending gap incomplete } } }\n    }\n  }\n": types.OpeningYearProjectsDocument,
    "\n  query OpeningYearPortfolio {\n    financingPortfolio {\n      name\n      referenceYear\n      thisYear { year gap }\n      nextUnfinancedYear { year need secured gap }\n      nextUnfinancedWarnings { kind year gap possibleSources { kind name lastYear lastAmount } }\n    }\n  }\n": types.OpeningYearPortfolioDocument,
    "query PossibleSourcesRvc { projects(where: { text: \"relationsvald\" }) { edges { node { id } } } }": types.PossibleSourcesRvcDocument,
    "\n    query PossibleSourcesWarnings($id: ID!) {\n      node(id: $id) {\n        ... on Project {\n          financingWarnings(referenceYear: 2010) {\n            kind\n            possibleSources { kind name link lastYear lastAmount lastRecipientName eligibility }\n          }\n        }\n      }\n    }\n  ": types.PossibleSourcesWarningsDocument,
    "\n  query PossibleSourcesPortfolio {\n    financingPortfolio {\n      name\n      nextUnfinancedYear { year gap }\n      nextUnfinancedWarnings { kind possibleSources { kind name link } possibleSourceCount }\n    }\n  }\n": types.PossibleSourcesPortfolioDocument,
    "query AllowedTransitions($id: ID!) { node(id: $id) { ... on Grant { status version allowedTransitions { to allowed reason message } } } }": types.AllowedTransitionsDocument,
    "mutation AllowedTransitionsTransition($id: ID!, $v: Int!, $to: GrantTransition!) { transitionGrant(id: $id, expectedVersion: $v, to: $to) { status } }": types.AllowedTransitionsTransitionDocument,
    "\n  fragment LifecycleGrant on Grant {\n    id version status amountApplied amountGranted conditions { id status blocksPayment } reportRequirements { id status } disbursements { id amount status }\n  }\n": types.LifecycleGrantFragmentDoc,
    "mutation LifecycleCreateGrant($input: GrantApplicationInput!) { createGrant(input: $input) { ...LifecycleGrant } }": types.LifecycleCreateGrantDocument,
    "mutation LifecycleSubmitGrant($id: ID!, $expectedVersion: Int!, $submittedDate: Date) { submitGrant(id: $id, expectedVersion: $expectedVersion, submittedDate: $submittedDate) { ...LifecycleGrant } }": types.LifecycleSubmitGrantDocument,
    "mutation LifecycleUpdateGrant($id: ID!, $expectedVersion: Int!, $input: GrantApplicationInput!) { updateGrant(id: $id, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }": types.LifecycleUpdateGrantDocument,
    "mutation LifecycleDecideGrant($id: ID!, $expectedVersion: Int!, $input: DecisionInput!) { decideGrant(id: $id, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }": types.LifecycleDecideGrantDocument,
    "mutation LifecycleAddCondition($grantId: ID!, $expectedVersion: Int!, $input: ConditionInput!) { addCondition(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }": types.LifecycleAddConditionDocument,
    "mutation LifecycleAddDisbursement($grantId: ID!, $expectedVersion: Int!, $input: DisbursementInput!) { addDisbursement(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }": types.LifecycleAddDisbursementDocument,
    "mutation LifecycleUpdateDisbursement($id: ID!, $expectedVersion: Int!, $input: DisbursementInput!) { updateDisbursement(id: $id, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }": types.LifecycleUpdateDisbursementDocument,
    "mutation LifecycleResolveCondition($id: ID!, $expectedVersion: Int!, $input: ConditionResolutionInput!) { resolveCondition(id: $id, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }": types.LifecycleResolveConditionDocument,
    "mutation LifecycleTransitionGrant($id: ID!, $expectedVersion: Int!, $to: GrantTransition!) { transitionGrant(id: $id, expectedVersion: $expectedVersion, to: $to) { ...LifecycleGrant } }": types.LifecycleTransitionGrantDocument,
    "mutation LifecycleAddReportRequirement($grantId: ID!, $expectedVersion: Int!, $input: ReportRequirementInput!) { addReportRequirement(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }": types.LifecycleAddReportRequirementDocument,
    "query LifecycleOrganisations { organisations(first: 100) { edges { node { id name } } } }": types.LifecycleOrganisationsDocument,
    "query LifecycleGrantById($id: ID!) { node(id: $id) { ... on Grant { ...LifecycleGrant } } }": types.LifecycleGrantByIdDocument,
    "query LifecycleGrantCount { grants { totalCount } }": types.LifecycleGrantCountDocument,
    "query LifecycleHistory($id: ID!) { node(id: $id) { ... on Grant { auditEntries { action field before after actor } timeline { kind date } } } }": types.LifecycleHistoryDocument,
    "query LifecycleAttention { attention(today: \"2009-02-15\", first: 500) { edges { node { kind grantTitle dueDate daysLeft } } } }": types.LifecycleAttentionDocument,
    "query LifecycleAttentionLater { attention(today: \"2010-01-01\", first: 500) { edges { node { kind grantTitle } } } }": types.LifecycleAttentionLaterDocument,
    "query LifecycleAttentionTooFar { attention(horizonDays: 1000) { totalCount } }": types.LifecycleAttentionTooFarDocument,
    "query LifecycleProgrammeOverview { programmeOverview { programmeName year nationalAllocation countyAllocation applied granted } }": types.LifecycleProgrammeOverviewDocument,
    "query LifecycleSearch { search(text: \"hasselby\") { organisations { name } grants { title } projects { name } } }": types.LifecycleSearchDocument,
    "query LifecycleSearchCapitals { search(text: \"VALD\") { projects { name } } }": types.LifecycleSearchCapitalsDocument,
    "query LifecycleGrantText { grants(where: { text: \"vallingby\" }) { totalCount } }": types.LifecycleGrantTextDocument,
    "query LifecycleSearchShort { search(text: \"a\") { grants { id } } }": types.LifecycleSearchShortDocument,
    "\n  query NPlusOneNestedGrants($first: Int!) {\n    grants(first: $first) {\n      totalCount\n      edges {\n        node {\n          title amountGranted\n          funder { name }\n          recipient { name parent { name } }\n          project { name owner { name } partnerRoles { role } }\n          yearAmounts { year amountGranted }\n          conditions { text dueDate sourcePassage { quote } }\n          reportRequirements { dueDate }\n          disbursements { amount }\n          allowedTransitions { to allowed reason }\n        }\n      }\n    }\n  }\n": types.NPlusOneNestedGrantsDocument,
    "\n  query GrantsPage($where: GrantWhere, $orderBy: [GrantOrder!], $first: Int, $after: String) {\n    grants(where: $where, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title status amountApplied amountGranted } }\n    }\n  }\n": types.GrantsPageDocument,
    "query GrantsLansstyrelsen { organisations(where: { text: \"Länsstyrelsen i Stockholms län\" }) { edges { node { id } } } }": types.GrantsLansstyrelsenDocument,
    "query GrantWithConditions($id: ID!) { node(id: $id) { ... on Grant { title funderReference conditions { dueDate sourcePassage { document { reference } } } } } }": types.GrantWithConditionsDocument,
    "query GrantSummaryByYear($where: GrantWhere) { grantSummary(where: $where) { count amountApplied amountGranted groups(by: YEAR) { key amountGranted } } }": types.GrantSummaryByYearDocument,
    "query GrantsAnyProject { projects(first: 1) { edges { node { id } } } }": types.GrantsAnyProjectDocument,
    "query GrantsUnknownNode { node(id: \"R3JhbnQ6bm9wZQ==\") { id } }": types.GrantsUnknownNodeDocument,
    "query YearAttributionFigures($programme: ID!, $project: ID!) {\n        programmeOverview { programmeName year applied granted grantCount }\n        grantSummary(where: { programme: { equals: $programme } }) { groups(by: YEAR) { key count amountApplied amountGranted } }\n        node(id: $project) { ... on Project { financing { year need secured } } }\n      }": types.YearAttributionFiguresDocument,
    "query YearAttributionCount($year: Int!, $programme: ID!) { grants(where: { year: $year, programme: { equals: $programme } }) { totalCount } }": types.YearAttributionCountDocument,
    "query YearAttributionTitles($year: Int!, $programme: ID!) { grants(first: 100, where: { year: $year, programme: { equals: $programme } }) { edges { node { title } } } }": types.YearAttributionTitlesDocument,
    "query YearAttributionTooEarly { grants(where: { year: 1989 }) { totalCount } }": types.YearAttributionTooEarlyDocument,
    "query OpenDataSettings { openDataSettings { giving360Public giving360JsonPath giving360CsvPath version giving360Coverage { included leftOut } } }": types.OpenDataSettingsDocument,
    "\n  mutation OpenDataSet($public: Boolean!, $v: Int) {\n    setOpenDataSettings(input: { giving360Public: $public }, expectedVersion: $v) { giving360Public version }\n  }\n": types.OpenDataSetDocument,
    "\n  fragment SavedQueryFields on SavedQuery { id version name description query variables shared ownerName mine }\n": types.SavedQueryFieldsFragmentDoc,
    "\n  mutation SavedQueriesCreate($input: SavedQueryInput!) { createSavedQuery(input: $input) { ...SavedQueryFields } }\n": types.SavedQueriesCreateDocument,
    "\n  mutation SavedQueriesUpdate($id: ID!, $input: SavedQueryInput!, $expectedVersion: Int) {\n    updateSavedQuery(id: $id, input: $input, expectedVersion: $expectedVersion) { ...SavedQueryFields }\n  }\n": types.SavedQueriesUpdateDocument,
    "\n  mutation SavedQueriesDelete($id: ID!, $expectedVersion: Int) { deleteSavedQuery(id: $id, expectedVersion: $expectedVersion) }\n": types.SavedQueriesDeleteDocument,
    "\n  query SavedQueriesList($where: SavedQueryWhere) {\n    savedQueries(where: $where, first: 100) { totalCount edges { node { ...SavedQueryFields } } }\n  }\n": types.SavedQueriesListDocument,
    "\n    query SavedQueriesOne($id: ID!) { node(id: $id) { __typename ... on SavedQuery { ...SavedQueryFields } } }\n  ": types.SavedQueriesOneDocument,
    "\n  query SavedQueriesTrail($id: String!) {\n    auditEntries(where: { entityType: \"SavedQuery\", entityId: $id }, first: 100) { edges { node { action field before after actor } } }\n  }\n": types.SavedQueriesTrailDocument,
    "\n  query SearchFold($text: String!) {\n    search(text: $text) {\n      grants { title }\n      organisations { name }\n    }\n  }\n": types.SearchFoldDocument,
    "query HygieneIds { organisations(first: 100) { edges { node { id name } } } projects(where: { text: \"relationsvåld\" }) { edges { node { id } } } agreements(first: 1) { edges { node { id } } } }": types.HygieneIdsDocument,
    "mutation HygieneCreateGrant($input: GrantApplicationInput!) { createGrant(input: $input) { id title } }": types.HygieneCreateGrantDocument,
    "mutation HygieneAddContribution($id: ID!, $input: ContributionInput!) { addContribution(projectId: $id, input: $input) { id } }": types.HygieneAddContributionDocument,
    "mutation HygieneAddRole($input: PartnerRoleInput!) { addPartnerRole(input: $input) { id } }": types.HygieneAddRoleDocument,
    "mutation HygieneCreateOrganisation($input: OrganisationInput!) { createOrganisation(input: $input) { id website } }": types.HygieneCreateOrganisationDocument,
    "mutation HygieneAddIndicator { addIndicator(input: { name: \"Samtal till jouren\", unit: \"samtal\", countsPeople: false }) { id } }": types.HygieneAddIndicatorDocument,
    "mutation HygieneAddObservation($input: ObservationInput!) { addObservation(input: $input) { id } }": types.HygieneAddObservationDocument,
    "mutation HygieneAddEvaluation($input: EvaluationInput!) { addEvaluation(input: $input) { id } }": types.HygieneAddEvaluationDocument,
    "query HygieneGrantTrail($id: ID!) { node(id: $id) { ... on Grant { auditEntries { actor } } } }": types.HygieneGrantTrailDocument,
    "mutation HygieneInvite($input: UserInput!) { inviteUser(input: $input) { user { id } } }": types.HygieneInviteDocument,
    "\n  query TextMatchesSearch($where: GrantWhere) {\n    grants(first: 100, where: $where) { totalCount edges { node { id } } }\n    grantSummary(where: $where) { count }\n  }\n": types.TextMatchesSearchDocument,
    "\n  query AggregateGroups(\n    $where: ObservationWhere\n    $groupBy: [ObservationDimension!]!\n    $orderBy: [ObservationAggregateOrder!]\n    $first: Int\n    $after: String\n  ) {\n    observationAggregate(where: $where, groupBy: $groupBy, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      totals { count sum unit protected protection }\n      edges {\n        cursor\n        node {\n          key { indicatorId indicator { id name } projectId project { name } periodStart periodEnd year breakdown }\n          count sum unit protected protection\n        }\n      }\n    }\n  }\n": types.AggregateGroupsDocument,
    "\n  query AggregatePublicValues { observations(first: 100, orderBy: [{ field: PERIOD_START }]) { edges { node { id value displayValue suppressed suppressionReason } } } }\n": types.AggregatePublicValuesDocument,
    "mutation LeaksAddObservation($input: ObservationInput!) { addObservation(input: $input) { id } }": types.LeaksAddObservationDocument,
    "mutation LeaksUpdateObservation($id: ID!, $input: ObservationInput!) { updateObservation(id: $id, input: $input) { id } }": types.LeaksUpdateObservationDocument,
    "mutation LeaksDeleteObservation($id: ID!) { deleteObservation(id: $id) }": types.LeaksDeleteObservationDocument,
    "mutation LeaksUpdateIndicator($id: ID!, $input: IndicatorInput!) { updateIndicator(id: $id, input: $input) { countsPeople } }": types.LeaksUpdateIndicatorDocument,
    "query LeaksStored($id: ID!) { node(id: $id) { ... on Indicator { name countsPeople observations {\n  id breakdown value displayValue suppressed suppressionReason periodStart periodEnd updatedAt project { id } organisation { id } } } } }": types.LeaksStoredDocument,
    "query LeaksIds {\n      haninge: projects(where: { text: \"Haninge Kvinnojours verksamhet\" }) { edges { node { id } } }\n      other: projects(where: { text: \"q-jouren\" }) { edges { node { id } } }\n      jour: organisations(where: { text: \"Haninge Kvinnojour\" }) { edges { node { id } } }\n      roks: organisations(where: { text: \"ROKS\" }) { edges { node { id } } } }": types.LeaksIdsDocument,
    "mutation LeaksAddIndicator($input: IndicatorInput!) { addIndicator(input: $input) { id } }": types.LeaksAddIndicatorDocument,
    "query LeaksPage($id: ID!, $after: String) {\n      observations(where: { indicator: { equals: $id } }, first: 1, after: $after) {\n        edges { node { id value displayValue suppressed suppressionReason } } pageInfo { endCursor hasNextPage } } }": types.LeaksPageDocument,
    "query StatisticsObservations($org: ID!) { observations(first: 100, where: { organisation: { equals: $org } }) { edges { node { breakdown value displayValue suppressed suppressionReason indicator { name } } } } }": types.StatisticsObservationsDocument,
    "mutation StatisticsAddObservation($input: ObservationInput!) { addObservation(input: $input) { id } }": types.StatisticsAddObservationDocument,
    "query StatisticsIndicator { indicators(where: { text: \"Kvinnor som kontaktat\" }) { edges { node { id } } } }": types.StatisticsIndicatorDocument,
    "query StatisticsHaninge { organisations(where: { text: \"Haninge Kvinnojour\" }) { edges { node { id } } } }": types.StatisticsHaningeDocument,
    "query StatisticsHaningeProject { projects(where: { text: \"Haninge Kvinnojours verksamhet\" }) { edges { node { id } } } }": types.StatisticsHaningeProjectDocument,
    "query StatisticsIndicatorCounts { indicators(first: 100) { edges { node { name observationCount observations { id } } } } }": types.StatisticsIndicatorCountsDocument,
    "query StatisticsObservationCount { observations { totalCount } }": types.StatisticsObservationCountDocument,
    "mutation StatisticsCreateOrganisation($input: OrganisationInput!) { createOrganisation(input: $input) { id organisationNumber } }": types.StatisticsCreateOrganisationDocument,
    "mutation StatisticsUpdateOrganisation($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, input: $input) { id } }": types.StatisticsUpdateOrganisationDocument,
    "query StatisticsFollowUp { agreements { edges { node { followUpClause nextFollowUpDue evaluations { answers { position answer question { id } } } } } } }": types.StatisticsFollowUpDocument,
    "query StatisticsDeadlines { projects(where: { text: \"Haninge Kvinnojours verksamhet\" }) { edges { node { deadlines(from: \"2022-01-01\") { date kind title } } } } }": types.StatisticsDeadlinesDocument,
    "query StatisticsQuestions { agreements { edges { node { id evaluations { answers { question { id } } } } } } }": types.StatisticsQuestionsDocument,
    "mutation StatisticsAddFollowUp($input: EvaluationInput!) { addEvaluation(input: $input) { id answers { position } } }": types.StatisticsAddFollowUpDocument,
    "mutation StatisticsAnswer($id: ID!) { answerQuestion(evaluationId: $id, position: 8, answer: \"Vardagar 09.00–16.00\", receivedDate: \"2023-02-20\") { id } }": types.StatisticsAnswerDocument,
    "query StatisticsCompareAnswers($id: ID!) { node(id: $id) { ... on QuestionTemplate { text answers { answer evaluation { title } } } } }": types.StatisticsCompareAnswersDocument,
    "mutation StatisticsAddPlanned($input: EvaluationInput!) { addEvaluation(input: $input) { id } }": types.StatisticsAddPlannedDocument,
    "query StatisticsAgreement { agreements { edges { node { id title principal { id } counterparty { id } } } } }": types.StatisticsAgreementDocument,
    "mutation StatisticsUpdateAgreement($id: ID!, $input: AgreementInput!) { updateAgreement(id: $id, input: $input) { followUpIntervalYears nextFollowUpDue } }": types.StatisticsUpdateAgreementDocument,
    "query StatisticsFollowUps { evaluations(where: { kind: { equals: FOLLOW_UP } }) { edges { node { id title agreement { id } } } } }": types.StatisticsFollowUpsDocument,
    "mutation StatisticsReceived($id: ID!, $input: EvaluationInput!) { updateEvaluation(id: $id, input: $input) { receivedDate replyDueDate } }": types.StatisticsReceivedDocument,
    "mutation StatisticsAddIndicator($input: IndicatorInput!) { addIndicator(input: $input) { id name countsPeople } }": types.StatisticsAddIndicatorDocument,
    "mutation StatisticsUpdateObservation($id: ID!, $input: ObservationInput!) { updateObservation(id: $id, input: $input) { value } }": types.StatisticsUpdateObservationDocument,
    "mutation StatisticsDeleteObservation($id: ID!) { deleteObservation(id: $id) }": types.StatisticsDeleteObservationDocument,
    "query StatisticsRoleIds { projects(where: { text: \"q-jouren\" }) { edges { node { id } } } organisations(where: { text: \"ROKS\" }) { edges { node { id } } } }": types.StatisticsRoleIdsDocument,
    "mutation StatisticsAddRole($input: PartnerRoleInput!) { addPartnerRole(input: $input) { id role fromYear toYear } }": types.StatisticsAddRoleDocument,
    "mutation StatisticsDeleteRole($id: ID!) { deletePartnerRole(id: $id) }": types.StatisticsDeleteRoleDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixLeadProject { projects(where: { text: \"Relationsvåldscentrum\" }) { edges { node { id } } } }"): (typeof documents)["query MatrixLeadProject { projects(where: { text: \"Relationsvåldscentrum\" }) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectLeadIds {\n      a: projects(where: { text: \"Relationsvåldscentrum\" }) { edges { node { id grants { edges { node { id } } } } } }\n      b: projects(where: { text: \"Q-jouren\" }) { edges { node { id grants { edges { node { id } } } } } }\n      indicators(first: 1) { edges { node { id } } }\n      organisations(where: { text: \"RFHL\" }) { edges { node { id } } }\n    }"): (typeof documents)["query ProjectLeadIds {\n      a: projects(where: { text: \"Relationsvåldscentrum\" }) { edges { node { id grants { edges { node { id } } } } } }\n      b: projects(where: { text: \"Q-jouren\" }) { edges { node { id grants { edges { node { id } } } } } }\n      indicators(first: 1) { edges { node { id } } }\n      organisations(where: { text: \"RFHL\" }) { edges { node { id } } }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectLeadBContribution($id: ID!, $org: ID!) { addContribution(projectId: $id, input: { organisationId: $org, year: 2010, kind: CASH, amount: \"75000\", status: COMMITTED }) { contributions { id } } }"): (typeof documents)["mutation ProjectLeadBContribution($id: ID!, $org: ID!) { addContribution(projectId: $id, input: { organisationId: $org, year: 2010, kind: CASH, amount: \"75000\", status: COMMITTED }) { contributions { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectLeadBBudget($id: ID!) { setBudgetYear(projectId: $id, input: { year: 2010, amount: \"900000\" }) { id } }"): (typeof documents)["mutation ProjectLeadBBudget($id: ID!) { setBudgetYear(projectId: $id, input: { year: 2010, amount: \"900000\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectLeadBObservation($i: ID!, $p: ID!) { addObservation(input: { indicatorId: $i, projectId: $p, periodStart: \"2031-01-01\", periodEnd: \"2031-12-31\", value: 40 }) { id } }"): (typeof documents)["mutation ProjectLeadBObservation($i: ID!, $p: ID!) { addObservation(input: { indicatorId: $i, projectId: $p, periodStart: \"2031-01-01\", periodEnd: \"2031-12-31\", value: 40 }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectLeadPortfolio { financingPortfolio(referenceYear: 2010) { projectId } }"): (typeof documents)["query ProjectLeadPortfolio { financingPortfolio(referenceYear: 2010) { projectId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectLeadAttention {\n        attention(today: \"2009-06-01\", horizonDays: 365, first: 500) { totalCount kindCounts { count } edges { node { grantId } } }\n      }"): (typeof documents)["query ProjectLeadAttention {\n        attention(today: \"2009-06-01\", horizonDays: 365, first: 500) { totalCount kindCounts { count } edges { node { grantId } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectLeadAuditGrants { auditEntries(first: 100) { edges { node { grant { id } } } } }"): (typeof documents)["query ProjectLeadAuditGrants { auditEntries(first: 100) { edges { node { grant { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectLeadAnyNode($id: ID!) { node(id: $id) { id ... on Project { name } ... on Contribution { amount } ... on Observation { value } } }"): (typeof documents)["query ProjectLeadAnyNode($id: ID!) { node(id: $id) { id ... on Project { name } ... on Contribution { amount } ... on Observation { value } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectLeadOwnProject($id: ID!) { node(id: $id) { ... on Project { name } } }"): (typeof documents)["query ProjectLeadOwnProject($id: ID!) { node(id: $id) { ... on Project { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectLeadNodeType($id: ID!) { node(id: $id) { __typename } }"): (typeof documents)["query ProjectLeadNodeType($id: ID!) { node(id: $id) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectLeadNodeTypes($ids: [ID!]!) { nodes(ids: $ids) { __typename } }"): (typeof documents)["query ProjectLeadNodeTypes($ids: [ID!]!) { nodes(ids: $ids) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectLeadDocumentCount { sourceDocuments { totalCount } }"): (typeof documents)["query ProjectLeadDocumentCount { sourceDocuments { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectLeadFirstDocument { sourceDocuments(first: 1) { edges { node { id } } } }"): (typeof documents)["query ProjectLeadFirstDocument { sourceDocuments(first: 1) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectLeadDocumentTitle($id: ID!) { node(id: $id) { ... on SourceDocument { title reference } } }"): (typeof documents)["query ProjectLeadDocumentTitle($id: ID!) { node(id: $id) { ... on SourceDocument { title reference } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectLeadProgrammeDisbursed { programmeOverview { year granted disbursed } }"): (typeof documents)["query ProjectLeadProgrammeDisbursed { programmeOverview { year granted disbursed } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectLeadNested {\n      organisations(first: 100) { edges { node { partnerRoles { project { id } } contributions { project { id } } } } }\n      indicators(first: 100) { edges { node { observations { project { id } } } } }\n    }"): (typeof documents)["query ProjectLeadNested {\n      organisations(first: 100) { edges { node { partnerRoles { project { id } } contributions { project { id } } } } }\n      indicators(first: 100) { edges { node { observations { project { id } } } } }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectLeadPublicGrant($id: ID!) { node(id: $id) { ... on Grant { title amountGranted status funder { name } recipient { name } } } }"): (typeof documents)["query ProjectLeadPublicGrant($id: ID!) { node(id: $id) { ... on Grant { title amountGranted status funder { name } recipient { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectLeadGrantCount($w: GrantWhere) { grants(where: $w) { totalCount } }"): (typeof documents)["query ProjectLeadGrantCount($w: GrantWhere) { grants(where: $w) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectLeadSearch { search(text: \"q-jouren\") { projects { id } grants { id } } }"): (typeof documents)["query ProjectLeadSearch { search(text: \"q-jouren\") { projects { id } grants { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectLeadCalendarToken { createCalendarToken(input: { name: \"Kalender\" }) { token accessToken { id } } }"): (typeof documents)["mutation ProjectLeadCalendarToken { createCalendarToken(input: { name: \"Kalender\" }) { token accessToken { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectLeadRevokeToken($id: ID!) { revokeAccessToken(id: $id) { id } }"): (typeof documents)["mutation ProjectLeadRevokeToken($id: ID!) { revokeAccessToken(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectLeadOwnBudget($id: ID!) { setBudgetYear(projectId: $id, input: { year: 2011, amount: \"950000\" }) { budgetYears { year amount } } }"): (typeof documents)["mutation ProjectLeadOwnBudget($id: ID!) { setBudgetYear(projectId: $id, input: { year: 2011, amount: \"950000\" }) { budgetYears { year amount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectLeadOwnContribution($id: ID!, $org: ID!) { addContribution(projectId: $id, input: { organisationId: $org, year: 2011, kind: CASH, amount: \"150000\", status: PLEDGED }) { id } }"): (typeof documents)["mutation ProjectLeadOwnContribution($id: ID!, $org: ID!) { addContribution(projectId: $id, input: { organisationId: $org, year: 2011, kind: CASH, amount: \"150000\", status: PLEDGED }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectLeadOwnObservation($i: ID!, $p: ID!) { addObservation(input: { indicatorId: $i, projectId: $p, periodStart: \"2033-01-01\", periodEnd: \"2033-12-31\", value: 12 }) { id } }"): (typeof documents)["mutation ProjectLeadOwnObservation($i: ID!, $p: ID!) { addObservation(input: { indicatorId: $i, projectId: $p, periodStart: \"2033-01-01\", periodEnd: \"2033-12-31\", value: 12 }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ViewerCacheMe { viewer { id roles } }"): (typeof documents)["query ViewerCacheMe { viewer { id roles } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ViewerCacheSetRoles($id: ID!, $v: Int!, $input: UserInput!) {\n  updateUser(id: $id, expectedVersion: $v, input: $input) { roles } }"): (typeof documents)["mutation ViewerCacheSetRoles($id: ID!, $v: Int!, $input: UserInput!) {\n  updateUser(id: $id, expectedVersion: $v, input: $input) { roles } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ViewerCacheDeactivate($id: ID!, $v: Int!) { setUserActive(id: $id, expectedVersion: $v, active: false) { active } }"): (typeof documents)["mutation ViewerCacheDeactivate($id: ID!, $v: Int!) { setUserActive(id: $id, expectedVersion: $v, active: false) { active } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ViewerCacheLogOut { logOut }"): (typeof documents)["mutation ViewerCacheLogOut { logOut }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ViewerCacheLogIn($input: LogInInput!) { logIn(input: $input) { email } }"): (typeof documents)["mutation ViewerCacheLogIn($input: LogInInput!) { logIn(input: $input) { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ViewerCacheCreateToken($input: AccessTokenInput!) { createAccessToken(input: $input) { token accessToken { id } } }"): (typeof documents)["mutation ViewerCacheCreateToken($input: AccessTokenInput!) { createAccessToken(input: $input) { token accessToken { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ViewerCacheRevokeToken($id: ID!) { revokeAccessToken(id: $id) { id } }"): (typeof documents)["mutation ViewerCacheRevokeToken($id: ID!) { revokeAccessToken(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GuardFirstPage { grants(first: 2) { pageInfo { endCursor } } }"): (typeof documents)["query GuardFirstPage { grants(first: 2) { pageInfo { endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GuardNextPage($a: String) { grants(first: 2, after: $a) { totalCount } }"): (typeof documents)["query GuardNextPage($a: String) { grants(first: 2, after: $a) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GuardIndicator { indicators(first: 1) { edges { node { id } } } }"): (typeof documents)["query GuardIndicator { indicators(first: 1) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GuardOrganisationCount($t: String) { organisations(where: { text: $t }) { totalCount } }"): (typeof documents)["query GuardOrganisationCount($t: String) { organisations(where: { text: $t }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GuardPercentSearch { search(text: \"%%\") { organisations { id } } }"): (typeof documents)["query GuardPercentSearch { search(text: \"%%\") { organisations { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsOrdinaryList { grants(first: 100) { totalCount edges { node { title funder { name } conditions { text } } } } grantSummary { count } }"): (typeof documents)["query LimitsOrdinaryList { grants(first: 100) { totalCount edges { node { title funder { name } conditions { text } } } } grantSummary { count } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsPageSizeVariable($n: Int) { projects(first: $n) { edges { node { partnerRoles { organisation { partnerRoles { project { partnerRoles { organisation { name } } } } } } } } } }"): (typeof documents)["query LimitsPageSizeVariable($n: Int) { projects(first: $n) { edges { node { partnerRoles { organisation { partnerRoles { project { partnerRoles { organisation { name } } } } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LimitsAddIndicator { addIndicator(input: { name: \"Samtal till stödlinjen\", unit: \"samtal\", countsPeople: false }) { name } }"): (typeof documents)["mutation LimitsAddIndicator { addIndicator(input: { name: \"Samtal till stödlinjen\", unit: \"samtal\", countsPeople: false }) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionsLogIn($input: LogInInput!) { logIn(input: $input) { email roles } }"): (typeof documents)["mutation SessionsLogIn($input: LogInInput!) { logIn(input: $input) { email roles } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionsViewer { viewer { email } }"): (typeof documents)["query SessionsViewer { viewer { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionsGrantCount { grants { totalCount } }"): (typeof documents)["query SessionsGrantCount { grants { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionsLogOut { logOut }"): (typeof documents)["mutation SessionsLogOut { logOut }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionsLogOutEverywhere { logOutEverywhere }"): (typeof documents)["mutation SessionsLogOutEverywhere { logOutEverywhere }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionsCreateToken($input: AccessTokenInput!) { createAccessToken(input: $input) { token accessToken { id name prefix } } }"): (typeof documents)["mutation SessionsCreateToken($input: AccessTokenInput!) { createAccessToken(input: $input) { token accessToken { id name prefix } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionsRevokeToken($id: ID!) { revokeAccessToken(id: $id) { id revokedAt } }"): (typeof documents)["mutation SessionsRevokeToken($id: ID!) { revokeAccessToken(id: $id) { id revokedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionsInvite($input: UserInput!, $password: String) { inviteUser(input: $input, password: $password) { user { id version hasPassword } passwordLink { url } } }"): (typeof documents)["mutation SessionsInvite($input: UserInput!, $password: String) { inviteUser(input: $input, password: $password) { user { id version hasPassword } passwordLink { url } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionsUpdateUser($id: ID!, $v: Int!, $input: UserInput!) { updateUser(id: $id, expectedVersion: $v, input: $input) { roles version } }"): (typeof documents)["mutation SessionsUpdateUser($id: ID!, $v: Int!, $input: UserInput!) { updateUser(id: $id, expectedVersion: $v, input: $input) { roles version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionsTokens { viewer { accessTokens { name prefix revokedAt } } }"): (typeof documents)["query SessionsTokens { viewer { accessTokens { name prefix revokedAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionsSetPassword($token: String!, $password: String!) { setPasswordWithLink(token: $token, password: $password) { email } }"): (typeof documents)["mutation SessionsSetPassword($token: String!, $password: String!) { setPasswordWithLink(token: $token, password: $password) { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionsDeactivate($id: ID!, $v: Int!) { setUserActive(id: $id, expectedVersion: $v, active: false) { active } }"): (typeof documents)["mutation SessionsDeactivate($id: ID!, $v: Int!) { setUserActive(id: $id, expectedVersion: $v, active: false) { active } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionsChangePassword($input: PasswordChangeInput!) { changePassword(input: $input) }"): (typeof documents)["mutation SessionsChangePassword($input: PasswordChangeInput!) { changePassword(input: $input) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionsAdmins { users(first: 100) { edges { node { id email roles version active } } } }"): (typeof documents)["query SessionsAdmins { users(first: 100) { edges { node { id email roles version active } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionsUserEmails { users(first: 100) { edges { node { email } } } }"): (typeof documents)["query SessionsUserEmails { users(first: 100) { edges { node { email } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AttentionTestPage($kinds: [AttentionKind!], $first: Int, $after: String) {\n      attention(today: \"2012-02-20\", horizonDays: 365, kinds: $kinds, first: $first, after: $after) {\n        totalCount\n        kindCounts { kind count }\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { cursor node { kind grantId itemId dueDate daysLeft } }\n      }\n    }\n  "): (typeof documents)["\n    query AttentionTestPage($kinds: [AttentionKind!], $first: Int, $after: String) {\n      attention(today: \"2012-02-20\", horizonDays: 365, kinds: $kinds, first: $first, after: $after) {\n        totalCount\n        kindCounts { kind count }\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { cursor node { kind grantId itemId dueDate daysLeft } }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditChangesList($where: AuditEntryWhere, $first: Int, $after: String) {\n    auditChanges(where: $where, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { entityType entityId subjectName action actor version fields { field before after afterName } } }\n    }\n  }\n"): (typeof documents)["\n  query AuditChangesList($where: AuditEntryWhere, $first: Int, $after: String) {\n    auditChanges(where: $where, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { entityType entityId subjectName action actor version fields { field before after afterName } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditChangesRows($where: AuditEntryWhere) { auditEntries(where: $where, first: 100) { totalCount } }"): (typeof documents)["query AuditChangesRows($where: AuditEntryWhere) { auditEntries(where: $where, first: 100) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditChangesEditOrganisation($id: ID!, $input: OrganisationInput!, $v: Int) {\n    updateOrganisation(id: $id, input: $input, expectedVersion: $v) { version }\n  }\n"): (typeof documents)["\n  mutation AuditChangesEditOrganisation($id: ID!, $input: OrganisationInput!, $v: Int) {\n    updateOrganisation(id: $id, input: $input, expectedVersion: $v) { version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditChangesOrgs { organisations(first: 100) { edges { node { id name } } } }"): (typeof documents)["query AuditChangesOrgs { organisations(first: 100) { edges { node { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditChangesCreateOrganisation($input: OrganisationInput!) { createOrganisation(input: $input) { id version } }"): (typeof documents)["mutation AuditChangesCreateOrganisation($input: OrganisationInput!) { createOrganisation(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditChangesGrantCursor { grants(first: 1) { pageInfo { endCursor } } }"): (typeof documents)["query AuditChangesGrantCursor { grants(first: 1) { pageInfo { endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ChangeLogEntry on AuditEntry { entityType action field before after actor version }"): (typeof documents)["fragment ChangeLogEntry on AuditEntry { entityType action field before after actor version }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChangeLogProject($text: String) { projects(where: { text: $text }) { edges { node { id } } } }"): (typeof documents)["query ChangeLogProject($text: String) { projects(where: { text: $text }) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChangeLogOrganisation($text: String) { organisations(where: { text: $text }) { edges { node { id } } } }"): (typeof documents)["query ChangeLogOrganisation($text: String) { organisations(where: { text: $text }) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChangeLogProjectTrail($id: ID!) { node(id: $id) { ... on Project { auditEntries { ...ChangeLogEntry } } } }"): (typeof documents)["query ChangeLogProjectTrail($id: ID!) { node(id: $id) { ... on Project { auditEntries { ...ChangeLogEntry } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeLogSetBudgetYear($p: ID!, $v: Int) { setBudgetYear(projectId: $p, input: { year: 2011, amount: \"800000\" }, expectedVersion: $v) { budgetYears { year amount version } } }"): (typeof documents)["mutation ChangeLogSetBudgetYear($p: ID!, $v: Int) { setBudgetYear(projectId: $p, input: { year: 2011, amount: \"800000\" }, expectedVersion: $v) { budgetYears { year amount version } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeLogChangeBudgetYear($p: ID!, $v: Int, $a: Money!) { setBudgetYear(projectId: $p, input: { year: 2011, amount: $a }, expectedVersion: $v) { budgetYears { year amount version } } }"): (typeof documents)["mutation ChangeLogChangeBudgetYear($p: ID!, $v: Int, $a: Money!) { setBudgetYear(projectId: $p, input: { year: 2011, amount: $a }, expectedVersion: $v) { budgetYears { year amount version } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeLogDeleteBudgetYear($p: ID!) { deleteBudgetYear(projectId: $p, year: 2011, expectedVersion: 2) { id } }"): (typeof documents)["mutation ChangeLogDeleteBudgetYear($p: ID!) { deleteBudgetYear(projectId: $p, year: 2011, expectedVersion: 2) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeLogAddContribution($p: ID!, $o: ID!) { addContribution(projectId: $p, input: { organisationId: $o, year: 2011, kind: CASH, amount: \"40000\", status: PLEDGED }) { contributions { id year amount version } } }"): (typeof documents)["mutation ChangeLogAddContribution($p: ID!, $o: ID!) { addContribution(projectId: $p, input: { organisationId: $o, year: 2011, kind: CASH, amount: \"40000\", status: PLEDGED }) { contributions { id year amount version } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeLogUpdateContribution($id: ID!, $o: ID!, $v: Int) { updateContribution(id: $id, input: { organisationId: $o, year: 2011, kind: CASH, amount: \"40000\", status: COMMITTED }, expectedVersion: $v) { id } }"): (typeof documents)["mutation ChangeLogUpdateContribution($id: ID!, $o: ID!, $v: Int) { updateContribution(id: $id, input: { organisationId: $o, year: 2011, kind: CASH, amount: \"40000\", status: COMMITTED }, expectedVersion: $v) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeLogDeleteContribution($id: ID!, $v: Int) { deleteContribution(id: $id, expectedVersion: $v) { id } }"): (typeof documents)["mutation ChangeLogDeleteContribution($id: ID!, $v: Int) { deleteContribution(id: $id, expectedVersion: $v) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeLogAddPartnerRole($p: ID!, $o: ID!) { addPartnerRole(input: { projectId: $p, organisationId: $o, role: FUNDER, fromYear: 2011, toYear: 2012 }) { id version } }"): (typeof documents)["mutation ChangeLogAddPartnerRole($p: ID!, $o: ID!) { addPartnerRole(input: { projectId: $p, organisationId: $o, role: FUNDER, fromYear: 2011, toYear: 2012 }) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeLogDeletePartnerRole($id: ID!) { deletePartnerRole(id: $id, expectedVersion: 1) }"): (typeof documents)["mutation ChangeLogDeletePartnerRole($id: ID!) { deletePartnerRole(id: $id, expectedVersion: 1) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeLogCreateOrganisation { createOrganisation(input: { name: \"Kvinnojouren Test\", kind: NGO, municipality: \"Solna\" }) { id version } }"): (typeof documents)["mutation ChangeLogCreateOrganisation { createOrganisation(input: { name: \"Kvinnojouren Test\", kind: NGO, municipality: \"Solna\" }) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeLogUpdateOrganisation($id: ID!, $v: Int) { updateOrganisation(id: $id, input: { name: \"Kvinnojouren Test\", kind: NGO, municipality: \"Sundbyberg\" }, expectedVersion: $v) { version auditEntries { ...ChangeLogEntry } } }"): (typeof documents)["mutation ChangeLogUpdateOrganisation($id: ID!, $v: Int) { updateOrganisation(id: $id, input: { name: \"Kvinnojouren Test\", kind: NGO, municipality: \"Sundbyberg\" }, expectedVersion: $v) { version auditEntries { ...ChangeLogEntry } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeLogCreateAgreement($a: ID!, $b: ID!) { createAgreement(input: { title: \"Avtal om stöd\", principalId: $a, counterpartyId: $b, followUpIntervalYears: 2 }) { id version } }"): (typeof documents)["mutation ChangeLogCreateAgreement($a: ID!, $b: ID!) { createAgreement(input: { title: \"Avtal om stöd\", principalId: $a, counterpartyId: $b, followUpIntervalYears: 2 }) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeLogUpdateAgreement($id: ID!, $a: ID!, $b: ID!, $v: Int) { updateAgreement(id: $id, input: { title: \"Avtal om stöd 2\", principalId: $a, counterpartyId: $b }, expectedVersion: $v) { version auditEntries { ...ChangeLogEntry } } }"): (typeof documents)["mutation ChangeLogUpdateAgreement($id: ID!, $a: ID!, $b: ID!, $v: Int) { updateAgreement(id: $id, input: { title: \"Avtal om stöd 2\", principalId: $a, counterpartyId: $b }, expectedVersion: $v) { version auditEntries { ...ChangeLogEntry } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeLogAddIndicator { addIndicator(input: { name: \"Stödsamtal test\", unit: \"personer\", countsPeople: true }) { id } }"): (typeof documents)["mutation ChangeLogAddIndicator { addIndicator(input: { name: \"Stödsamtal test\", unit: \"personer\", countsPeople: true }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeLogAddObservation($i: ID!, $p: ID!) { addObservation(input: { indicatorId: $i, projectId: $p, periodStart: \"2010-01-01\", periodEnd: \"2010-12-31\", value: 3 }) { id version } }"): (typeof documents)["mutation ChangeLogAddObservation($i: ID!, $p: ID!) { addObservation(input: { indicatorId: $i, projectId: $p, periodStart: \"2010-01-01\", periodEnd: \"2010-12-31\", value: 3 }) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChangeLogObservationTrail($p: ID!) { auditEntries(where: { project: { equals: $p }, entityType: \"Observation\" }) { edges { node { field before after } } } }"): (typeof documents)["query ChangeLogObservationTrail($p: ID!) { auditEntries(where: { project: { equals: $p }, entityType: \"Observation\" }) { edges { node { field before after } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeLogAddEvaluation($p: ID!) { addEvaluation(input: { kind: FOLLOW_UP, title: \"Uppföljning test\", projectId: $p, replyDueDate: \"2011-03-01\" }) { id version } }"): (typeof documents)["mutation ChangeLogAddEvaluation($p: ID!) { addEvaluation(input: { kind: FOLLOW_UP, title: \"Uppföljning test\", projectId: $p, replyDueDate: \"2011-03-01\" }) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeLogUpdateEvaluation($id: ID!, $p: ID!, $v: Int) { updateEvaluation(id: $id, input: { kind: FOLLOW_UP, title: \"Uppföljning test 2\", projectId: $p }, expectedVersion: $v) { version } }"): (typeof documents)["mutation ChangeLogUpdateEvaluation($id: ID!, $p: ID!, $v: Int) { updateEvaluation(id: $id, input: { kind: FOLLOW_UP, title: \"Uppföljning test 2\", projectId: $p }, expectedVersion: $v) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeLogAnswerMissingQuestion($id: ID!) { answerQuestion(evaluationId: $id, position: 1, answer: \"Ja\", expectedVersion: 2) { id } }"): (typeof documents)["mutation ChangeLogAnswerMissingQuestion($id: ID!) { answerQuestion(evaluationId: $id, position: 1, answer: \"Ja\", expectedVersion: 2) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChangeLogOwnTrail($id: ID!) { node(id: $id) { ... on Project { auditEntries { action } } } }"): (typeof documents)["query ChangeLogOwnTrail($id: ID!) { node(id: $id) { ... on Project { auditEntries { action } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChangeLogVisibleTrail { auditEntries(first: 100) { edges { node { entityType } } } }"): (typeof documents)["query ChangeLogVisibleTrail { auditEntries(first: 100) { edges { node { entityType } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManyGrantsProject($id: ID!, $whatIf: [WhatIfInput!]) {\n    node(id: $id) {\n      ... on Project {\n        grants(first: 100) { totalCount edges { node { id } } }\n        pendingApplications { id title amountApplied }\n        financing(whatIf: $whatIf) { year need secured pending gap sources { kind } totals { kind state amount } }\n        financingWarnings(referenceYear: 2011, whatIf: $whatIf) { kind year gap }\n        coFinancing { years partners { name cells { year contributions { amount status } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManyGrantsProject($id: ID!, $whatIf: [WhatIfInput!]) {\n    node(id: $id) {\n      ... on Project {\n        grants(first: 100) { totalCount edges { node { id } } }\n        pendingApplications { id title amountApplied }\n        financing(whatIf: $whatIf) { year need secured pending gap sources { kind } totals { kind state amount } }\n        financingWarnings(referenceYear: 2011, whatIf: $whatIf) { kind year gap }\n        coFinancing { years partners { name cells { year contributions { amount status } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinancingOfProject($id: ID!, $whatIf: [WhatIfInput!]) { node(id: $id) { ... on Project { name financing(whatIf: $whatIf) { year need needSource secured pending gap incomplete sources { label kind state amount } } financingWarnings(referenceYear: 2010) { kind year gap } } } }"): (typeof documents)["query FinancingOfProject($id: ID!, $whatIf: [WhatIfInput!]) { node(id: $id) { ... on Project { name financing(whatIf: $whatIf) { year need needSource secured pending gap incomplete sources { label kind state amount } } financingWarnings(referenceYear: 2010) { kind year gap } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinancingRvc { projects(where: { text: \"relationsvald\" }) { edges { node { id } } } }"): (typeof documents)["query FinancingRvc { projects(where: { text: \"relationsvald\" }) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinancingSolna { organisations(where: { text: \"Solna stad\" }) { edges { node { id } } } }"): (typeof documents)["query FinancingSolna { organisations(where: { text: \"Solna stad\" }) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinancingPortfolio2010 { financingPortfolio(referenceYear: 2010) { name thisYear { gap } nextYear { gap } warnings { kind } } }"): (typeof documents)["query FinancingPortfolio2010 { financingPortfolio(referenceYear: 2010) { name thisYear { gap } nextYear { gap } warnings { kind } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinancingPortfolioYear20 { financingPortfolio(referenceYear: 20) { name } }"): (typeof documents)["query FinancingPortfolioYear20 { financingPortfolio(referenceYear: 20) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinancingSetBudgetYear($id: ID!) { setBudgetYear(projectId: $id, input: { year: 2010, amount: \"1 400 000\", ownFunding: \"100000\" }) { financing { year need needSource gap } } }"): (typeof documents)["mutation FinancingSetBudgetYear($id: ID!) { setBudgetYear(projectId: $id, input: { year: 2010, amount: \"1 400 000\", ownFunding: \"100000\" }) { financing { year need needSource gap } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinancingAddContribution($id: ID!, $input: ContributionInput!) { addContribution(projectId: $id, input: $input) { contributions { id year amount status } financing { year secured pending gap } } }"): (typeof documents)["mutation FinancingAddContribution($id: ID!, $input: ContributionInput!) { addContribution(projectId: $id, input: $input) { contributions { id year amount status } financing { year secured pending gap } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinancingContributionCount { contributions { totalCount } }"): (typeof documents)["query FinancingContributionCount { contributions { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinancingUpdateContribution($id: ID!, $input: ContributionInput!) { updateContribution(id: $id, input: $input) { financing { year secured gap } } }"): (typeof documents)["mutation FinancingUpdateContribution($id: ID!, $input: ContributionInput!) { updateContribution(id: $id, input: $input) { financing { year secured gap } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinancingDeleteContribution($id: ID!) { deleteContribution(id: $id) { id } }"): (typeof documents)["mutation FinancingDeleteContribution($id: ID!) { deleteContribution(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinancingDeleteBudgetYear($id: ID!) { deleteBudgetYear(projectId: $id, year: 2010) { id } }"): (typeof documents)["mutation FinancingDeleteBudgetYear($id: ID!) { deleteBudgetYear(projectId: $id, year: 2010) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinancingSamtalsgrupper { projects(where: { text: \"samtalsgrupper\" }) { edges { node { id grants { edges { node { id } } } } } } }"): (typeof documents)["query FinancingSamtalsgrupper { projects(where: { text: \"samtalsgrupper\" }) { edges { node { id grants { edges { node { id } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinancingWhatIf($id: ID!, $whatIf: [WhatIfInput!]) { node(id: $id) { ... on Project { financing(whatIf: $whatIf) { year secured pending gap } } } }"): (typeof documents)["query FinancingWhatIf($id: ID!, $whatIf: [WhatIfInput!]) { node(id: $id) { ... on Project { financing(whatIf: $whatIf) { year secured pending gap } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinancingQJouren { projects(where: { text: \"q-jouren\" }) { edges { node { id } } } }"): (typeof documents)["query FinancingQJouren { projects(where: { text: \"q-jouren\" }) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpeningYearProjects {\n    projects(first: 50) {\n      edges { node { id name financingOpeningYear financing { year need secured pending gap incomplete } } }\n    }\n  }\n"): (typeof documents)["\n  query OpeningYearProjects {\n    projects(first: 50) {\n      edges { node { id name financingOpeningYear financing { year need secured pending gap incomplete } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpeningYearPortfolio {\n    financingPortfolio {\n      name\n      referenceYear\n      thisYear { year gap }\n      nextUnfinancedYear { year need secured gap }\n      nextUnfinancedWarnings { kind year gap possibleSources { kind name lastYear lastAmount } }\n    }\n  }\n"): (typeof documents)["\n  query OpeningYearPortfolio {\n    financingPortfolio {\n      name\n      referenceYear\n      thisYear { year gap }\n      nextUnfinancedYear { year need secured gap }\n      nextUnfinancedWarnings { kind year gap possibleSources { kind name lastYear lastAmount } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PossibleSourcesRvc { projects(where: { text: \"relationsvald\" }) { edges { node { id } } } }"): (typeof documents)["query PossibleSourcesRvc { projects(where: { text: \"relationsvald\" }) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PossibleSourcesWarnings($id: ID!) {\n      node(id: $id) {\n        ... on Project {\n          financingWarnings(referenceYear: 2010) {\n            kind\n            possibleSources { kind name link lastYear lastAmount lastRecipientName eligibility }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query PossibleSourcesWarnings($id: ID!) {\n      node(id: $id) {\n        ... on Project {\n          financingWarnings(referenceYear: 2010) {\n            kind\n            possibleSources { kind name link lastYear lastAmount lastRecipientName eligibility }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PossibleSourcesPortfolio {\n    financingPortfolio {\n      name\n      nextUnfinancedYear { year gap }\n      nextUnfinancedWarnings { kind possibleSources { kind name link } possibleSourceCount }\n    }\n  }\n"): (typeof documents)["\n  query PossibleSourcesPortfolio {\n    financingPortfolio {\n      name\n      nextUnfinancedYear { year gap }\n      nextUnfinancedWarnings { kind possibleSources { kind name link } possibleSourceCount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AllowedTransitions($id: ID!) { node(id: $id) { ... on Grant { status version allowedTransitions { to allowed reason message } } } }"): (typeof documents)["query AllowedTransitions($id: ID!) { node(id: $id) { ... on Grant { status version allowedTransitions { to allowed reason message } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AllowedTransitionsTransition($id: ID!, $v: Int!, $to: GrantTransition!) { transitionGrant(id: $id, expectedVersion: $v, to: $to) { status } }"): (typeof documents)["mutation AllowedTransitionsTransition($id: ID!, $v: Int!, $to: GrantTransition!) { transitionGrant(id: $id, expectedVersion: $v, to: $to) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LifecycleGrant on Grant {\n    id version status amountApplied amountGranted conditions { id status blocksPayment } reportRequirements { id status } disbursements { id amount status }\n  }\n"): (typeof documents)["\n  fragment LifecycleGrant on Grant {\n    id version status amountApplied amountGranted conditions { id status blocksPayment } reportRequirements { id status } disbursements { id amount status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleCreateGrant($input: GrantApplicationInput!) { createGrant(input: $input) { ...LifecycleGrant } }"): (typeof documents)["mutation LifecycleCreateGrant($input: GrantApplicationInput!) { createGrant(input: $input) { ...LifecycleGrant } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleSubmitGrant($id: ID!, $expectedVersion: Int!, $submittedDate: Date) { submitGrant(id: $id, expectedVersion: $expectedVersion, submittedDate: $submittedDate) { ...LifecycleGrant } }"): (typeof documents)["mutation LifecycleSubmitGrant($id: ID!, $expectedVersion: Int!, $submittedDate: Date) { submitGrant(id: $id, expectedVersion: $expectedVersion, submittedDate: $submittedDate) { ...LifecycleGrant } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleUpdateGrant($id: ID!, $expectedVersion: Int!, $input: GrantApplicationInput!) { updateGrant(id: $id, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }"): (typeof documents)["mutation LifecycleUpdateGrant($id: ID!, $expectedVersion: Int!, $input: GrantApplicationInput!) { updateGrant(id: $id, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleDecideGrant($id: ID!, $expectedVersion: Int!, $input: DecisionInput!) { decideGrant(id: $id, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }"): (typeof documents)["mutation LifecycleDecideGrant($id: ID!, $expectedVersion: Int!, $input: DecisionInput!) { decideGrant(id: $id, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleAddCondition($grantId: ID!, $expectedVersion: Int!, $input: ConditionInput!) { addCondition(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }"): (typeof documents)["mutation LifecycleAddCondition($grantId: ID!, $expectedVersion: Int!, $input: ConditionInput!) { addCondition(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleAddDisbursement($grantId: ID!, $expectedVersion: Int!, $input: DisbursementInput!) { addDisbursement(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }"): (typeof documents)["mutation LifecycleAddDisbursement($grantId: ID!, $expectedVersion: Int!, $input: DisbursementInput!) { addDisbursement(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleUpdateDisbursement($id: ID!, $expectedVersion: Int!, $input: DisbursementInput!) { updateDisbursement(id: $id, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }"): (typeof documents)["mutation LifecycleUpdateDisbursement($id: ID!, $expectedVersion: Int!, $input: DisbursementInput!) { updateDisbursement(id: $id, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleResolveCondition($id: ID!, $expectedVersion: Int!, $input: ConditionResolutionInput!) { resolveCondition(id: $id, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }"): (typeof documents)["mutation LifecycleResolveCondition($id: ID!, $expectedVersion: Int!, $input: ConditionResolutionInput!) { resolveCondition(id: $id, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleTransitionGrant($id: ID!, $expectedVersion: Int!, $to: GrantTransition!) { transitionGrant(id: $id, expectedVersion: $expectedVersion, to: $to) { ...LifecycleGrant } }"): (typeof documents)["mutation LifecycleTransitionGrant($id: ID!, $expectedVersion: Int!, $to: GrantTransition!) { transitionGrant(id: $id, expectedVersion: $expectedVersion, to: $to) { ...LifecycleGrant } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleAddReportRequirement($grantId: ID!, $expectedVersion: Int!, $input: ReportRequirementInput!) { addReportRequirement(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }"): (typeof documents)["mutation LifecycleAddReportRequirement($grantId: ID!, $expectedVersion: Int!, $input: ReportRequirementInput!) { addReportRequirement(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleOrganisations { organisations(first: 100) { edges { node { id name } } } }"): (typeof documents)["query LifecycleOrganisations { organisations(first: 100) { edges { node { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleGrantById($id: ID!) { node(id: $id) { ... on Grant { ...LifecycleGrant } } }"): (typeof documents)["query LifecycleGrantById($id: ID!) { node(id: $id) { ... on Grant { ...LifecycleGrant } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleGrantCount { grants { totalCount } }"): (typeof documents)["query LifecycleGrantCount { grants { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleHistory($id: ID!) { node(id: $id) { ... on Grant { auditEntries { action field before after actor } timeline { kind date } } } }"): (typeof documents)["query LifecycleHistory($id: ID!) { node(id: $id) { ... on Grant { auditEntries { action field before after actor } timeline { kind date } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleAttention { attention(today: \"2009-02-15\", first: 500) { edges { node { kind grantTitle dueDate daysLeft } } } }"): (typeof documents)["query LifecycleAttention { attention(today: \"2009-02-15\", first: 500) { edges { node { kind grantTitle dueDate daysLeft } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleAttentionLater { attention(today: \"2010-01-01\", first: 500) { edges { node { kind grantTitle } } } }"): (typeof documents)["query LifecycleAttentionLater { attention(today: \"2010-01-01\", first: 500) { edges { node { kind grantTitle } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleAttentionTooFar { attention(horizonDays: 1000) { totalCount } }"): (typeof documents)["query LifecycleAttentionTooFar { attention(horizonDays: 1000) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleProgrammeOverview { programmeOverview { programmeName year nationalAllocation countyAllocation applied granted } }"): (typeof documents)["query LifecycleProgrammeOverview { programmeOverview { programmeName year nationalAllocation countyAllocation applied granted } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleSearch { search(text: \"hasselby\") { organisations { name } grants { title } projects { name } } }"): (typeof documents)["query LifecycleSearch { search(text: \"hasselby\") { organisations { name } grants { title } projects { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleSearchCapitals { search(text: \"VALD\") { projects { name } } }"): (typeof documents)["query LifecycleSearchCapitals { search(text: \"VALD\") { projects { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleGrantText { grants(where: { text: \"vallingby\" }) { totalCount } }"): (typeof documents)["query LifecycleGrantText { grants(where: { text: \"vallingby\" }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleSearchShort { search(text: \"a\") { grants { id } } }"): (typeof documents)["query LifecycleSearchShort { search(text: \"a\") { grants { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NPlusOneNestedGrants($first: Int!) {\n    grants(first: $first) {\n      totalCount\n      edges {\n        node {\n          title amountGranted\n          funder { name }\n          recipient { name parent { name } }\n          project { name owner { name } partnerRoles { role } }\n          yearAmounts { year amountGranted }\n          conditions { text dueDate sourcePassage { quote } }\n          reportRequirements { dueDate }\n          disbursements { amount }\n          allowedTransitions { to allowed reason }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NPlusOneNestedGrants($first: Int!) {\n    grants(first: $first) {\n      totalCount\n      edges {\n        node {\n          title amountGranted\n          funder { name }\n          recipient { name parent { name } }\n          project { name owner { name } partnerRoles { role } }\n          yearAmounts { year amountGranted }\n          conditions { text dueDate sourcePassage { quote } }\n          reportRequirements { dueDate }\n          disbursements { amount }\n          allowedTransitions { to allowed reason }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantsPage($where: GrantWhere, $orderBy: [GrantOrder!], $first: Int, $after: String) {\n    grants(where: $where, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title status amountApplied amountGranted } }\n    }\n  }\n"): (typeof documents)["\n  query GrantsPage($where: GrantWhere, $orderBy: [GrantOrder!], $first: Int, $after: String) {\n    grants(where: $where, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title status amountApplied amountGranted } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantsLansstyrelsen { organisations(where: { text: \"Länsstyrelsen i Stockholms län\" }) { edges { node { id } } } }"): (typeof documents)["query GrantsLansstyrelsen { organisations(where: { text: \"Länsstyrelsen i Stockholms län\" }) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantWithConditions($id: ID!) { node(id: $id) { ... on Grant { title funderReference conditions { dueDate sourcePassage { document { reference } } } } } }"): (typeof documents)["query GrantWithConditions($id: ID!) { node(id: $id) { ... on Grant { title funderReference conditions { dueDate sourcePassage { document { reference } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantSummaryByYear($where: GrantWhere) { grantSummary(where: $where) { count amountApplied amountGranted groups(by: YEAR) { key amountGranted } } }"): (typeof documents)["query GrantSummaryByYear($where: GrantWhere) { grantSummary(where: $where) { count amountApplied amountGranted groups(by: YEAR) { key amountGranted } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantsAnyProject { projects(first: 1) { edges { node { id } } } }"): (typeof documents)["query GrantsAnyProject { projects(first: 1) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantsUnknownNode { node(id: \"R3JhbnQ6bm9wZQ==\") { id } }"): (typeof documents)["query GrantsUnknownNode { node(id: \"R3JhbnQ6bm9wZQ==\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query YearAttributionFigures($programme: ID!, $project: ID!) {\n        programmeOverview { programmeName year applied granted grantCount }\n        grantSummary(where: { programme: { equals: $programme } }) { groups(by: YEAR) { key count amountApplied amountGranted } }\n        node(id: $project) { ... on Project { financing { year need secured } } }\n      }"): (typeof documents)["query YearAttributionFigures($programme: ID!, $project: ID!) {\n        programmeOverview { programmeName year applied granted grantCount }\n        grantSummary(where: { programme: { equals: $programme } }) { groups(by: YEAR) { key count amountApplied amountGranted } }\n        node(id: $project) { ... on Project { financing { year need secured } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query YearAttributionCount($year: Int!, $programme: ID!) { grants(where: { year: $year, programme: { equals: $programme } }) { totalCount } }"): (typeof documents)["query YearAttributionCount($year: Int!, $programme: ID!) { grants(where: { year: $year, programme: { equals: $programme } }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query YearAttributionTitles($year: Int!, $programme: ID!) { grants(first: 100, where: { year: $year, programme: { equals: $programme } }) { edges { node { title } } } }"): (typeof documents)["query YearAttributionTitles($year: Int!, $programme: ID!) { grants(first: 100, where: { year: $year, programme: { equals: $programme } }) { edges { node { title } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query YearAttributionTooEarly { grants(where: { year: 1989 }) { totalCount } }"): (typeof documents)["query YearAttributionTooEarly { grants(where: { year: 1989 }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpenDataSettings { openDataSettings { giving360Public giving360JsonPath giving360CsvPath version giving360Coverage { included leftOut } } }"): (typeof documents)["query OpenDataSettings { openDataSettings { giving360Public giving360JsonPath giving360CsvPath version giving360Coverage { included leftOut } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenDataSet($public: Boolean!, $v: Int) {\n    setOpenDataSettings(input: { giving360Public: $public }, expectedVersion: $v) { giving360Public version }\n  }\n"): (typeof documents)["\n  mutation OpenDataSet($public: Boolean!, $v: Int) {\n    setOpenDataSettings(input: { giving360Public: $public }, expectedVersion: $v) { giving360Public version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SavedQueryFields on SavedQuery { id version name description query variables shared ownerName mine }\n"): (typeof documents)["\n  fragment SavedQueryFields on SavedQuery { id version name description query variables shared ownerName mine }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavedQueriesCreate($input: SavedQueryInput!) { createSavedQuery(input: $input) { ...SavedQueryFields } }\n"): (typeof documents)["\n  mutation SavedQueriesCreate($input: SavedQueryInput!) { createSavedQuery(input: $input) { ...SavedQueryFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavedQueriesUpdate($id: ID!, $input: SavedQueryInput!, $expectedVersion: Int) {\n    updateSavedQuery(id: $id, input: $input, expectedVersion: $expectedVersion) { ...SavedQueryFields }\n  }\n"): (typeof documents)["\n  mutation SavedQueriesUpdate($id: ID!, $input: SavedQueryInput!, $expectedVersion: Int) {\n    updateSavedQuery(id: $id, input: $input, expectedVersion: $expectedVersion) { ...SavedQueryFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavedQueriesDelete($id: ID!, $expectedVersion: Int) { deleteSavedQuery(id: $id, expectedVersion: $expectedVersion) }\n"): (typeof documents)["\n  mutation SavedQueriesDelete($id: ID!, $expectedVersion: Int) { deleteSavedQuery(id: $id, expectedVersion: $expectedVersion) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedQueriesList($where: SavedQueryWhere) {\n    savedQueries(where: $where, first: 100) { totalCount edges { node { ...SavedQueryFields } } }\n  }\n"): (typeof documents)["\n  query SavedQueriesList($where: SavedQueryWhere) {\n    savedQueries(where: $where, first: 100) { totalCount edges { node { ...SavedQueryFields } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SavedQueriesOne($id: ID!) { node(id: $id) { __typename ... on SavedQuery { ...SavedQueryFields } } }\n  "): (typeof documents)["\n    query SavedQueriesOne($id: ID!) { node(id: $id) { __typename ... on SavedQuery { ...SavedQueryFields } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedQueriesTrail($id: String!) {\n    auditEntries(where: { entityType: \"SavedQuery\", entityId: $id }, first: 100) { edges { node { action field before after actor } } }\n  }\n"): (typeof documents)["\n  query SavedQueriesTrail($id: String!) {\n    auditEntries(where: { entityType: \"SavedQuery\", entityId: $id }, first: 100) { edges { node { action field before after actor } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchFold($text: String!) {\n    search(text: $text) {\n      grants { title }\n      organisations { name }\n    }\n  }\n"): (typeof documents)["\n  query SearchFold($text: String!) {\n    search(text: $text) {\n      grants { title }\n      organisations { name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HygieneIds { organisations(first: 100) { edges { node { id name } } } projects(where: { text: \"relationsvåld\" }) { edges { node { id } } } agreements(first: 1) { edges { node { id } } } }"): (typeof documents)["query HygieneIds { organisations(first: 100) { edges { node { id name } } } projects(where: { text: \"relationsvåld\" }) { edges { node { id } } } agreements(first: 1) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HygieneCreateGrant($input: GrantApplicationInput!) { createGrant(input: $input) { id title } }"): (typeof documents)["mutation HygieneCreateGrant($input: GrantApplicationInput!) { createGrant(input: $input) { id title } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HygieneAddContribution($id: ID!, $input: ContributionInput!) { addContribution(projectId: $id, input: $input) { id } }"): (typeof documents)["mutation HygieneAddContribution($id: ID!, $input: ContributionInput!) { addContribution(projectId: $id, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HygieneAddRole($input: PartnerRoleInput!) { addPartnerRole(input: $input) { id } }"): (typeof documents)["mutation HygieneAddRole($input: PartnerRoleInput!) { addPartnerRole(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HygieneCreateOrganisation($input: OrganisationInput!) { createOrganisation(input: $input) { id website } }"): (typeof documents)["mutation HygieneCreateOrganisation($input: OrganisationInput!) { createOrganisation(input: $input) { id website } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HygieneAddIndicator { addIndicator(input: { name: \"Samtal till jouren\", unit: \"samtal\", countsPeople: false }) { id } }"): (typeof documents)["mutation HygieneAddIndicator { addIndicator(input: { name: \"Samtal till jouren\", unit: \"samtal\", countsPeople: false }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HygieneAddObservation($input: ObservationInput!) { addObservation(input: $input) { id } }"): (typeof documents)["mutation HygieneAddObservation($input: ObservationInput!) { addObservation(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HygieneAddEvaluation($input: EvaluationInput!) { addEvaluation(input: $input) { id } }"): (typeof documents)["mutation HygieneAddEvaluation($input: EvaluationInput!) { addEvaluation(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HygieneGrantTrail($id: ID!) { node(id: $id) { ... on Grant { auditEntries { actor } } } }"): (typeof documents)["query HygieneGrantTrail($id: ID!) { node(id: $id) { ... on Grant { auditEntries { actor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HygieneInvite($input: UserInput!) { inviteUser(input: $input) { user { id } } }"): (typeof documents)["mutation HygieneInvite($input: UserInput!) { inviteUser(input: $input) { user { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TextMatchesSearch($where: GrantWhere) {\n    grants(first: 100, where: $where) { totalCount edges { node { id } } }\n    grantSummary(where: $where) { count }\n  }\n"): (typeof documents)["\n  query TextMatchesSearch($where: GrantWhere) {\n    grants(first: 100, where: $where) { totalCount edges { node { id } } }\n    grantSummary(where: $where) { count }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AggregateGroups(\n    $where: ObservationWhere\n    $groupBy: [ObservationDimension!]!\n    $orderBy: [ObservationAggregateOrder!]\n    $first: Int\n    $after: String\n  ) {\n    observationAggregate(where: $where, groupBy: $groupBy, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      totals { count sum unit protected protection }\n      edges {\n        cursor\n        node {\n          key { indicatorId indicator { id name } projectId project { name } periodStart periodEnd year breakdown }\n          count sum unit protected protection\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AggregateGroups(\n    $where: ObservationWhere\n    $groupBy: [ObservationDimension!]!\n    $orderBy: [ObservationAggregateOrder!]\n    $first: Int\n    $after: String\n  ) {\n    observationAggregate(where: $where, groupBy: $groupBy, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      totals { count sum unit protected protection }\n      edges {\n        cursor\n        node {\n          key { indicatorId indicator { id name } projectId project { name } periodStart periodEnd year breakdown }\n          count sum unit protected protection\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AggregatePublicValues { observations(first: 100, orderBy: [{ field: PERIOD_START }]) { edges { node { id value displayValue suppressed suppressionReason } } } }\n"): (typeof documents)["\n  query AggregatePublicValues { observations(first: 100, orderBy: [{ field: PERIOD_START }]) { edges { node { id value displayValue suppressed suppressionReason } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeaksAddObservation($input: ObservationInput!) { addObservation(input: $input) { id } }"): (typeof documents)["mutation LeaksAddObservation($input: ObservationInput!) { addObservation(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeaksUpdateObservation($id: ID!, $input: ObservationInput!) { updateObservation(id: $id, input: $input) { id } }"): (typeof documents)["mutation LeaksUpdateObservation($id: ID!, $input: ObservationInput!) { updateObservation(id: $id, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeaksDeleteObservation($id: ID!) { deleteObservation(id: $id) }"): (typeof documents)["mutation LeaksDeleteObservation($id: ID!) { deleteObservation(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeaksUpdateIndicator($id: ID!, $input: IndicatorInput!) { updateIndicator(id: $id, input: $input) { countsPeople } }"): (typeof documents)["mutation LeaksUpdateIndicator($id: ID!, $input: IndicatorInput!) { updateIndicator(id: $id, input: $input) { countsPeople } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeaksStored($id: ID!) { node(id: $id) { ... on Indicator { name countsPeople observations {\n  id breakdown value displayValue suppressed suppressionReason periodStart periodEnd updatedAt project { id } organisation { id } } } } }"): (typeof documents)["query LeaksStored($id: ID!) { node(id: $id) { ... on Indicator { name countsPeople observations {\n  id breakdown value displayValue suppressed suppressionReason periodStart periodEnd updatedAt project { id } organisation { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeaksIds {\n      haninge: projects(where: { text: \"Haninge Kvinnojours verksamhet\" }) { edges { node { id } } }\n      other: projects(where: { text: \"q-jouren\" }) { edges { node { id } } }\n      jour: organisations(where: { text: \"Haninge Kvinnojour\" }) { edges { node { id } } }\n      roks: organisations(where: { text: \"ROKS\" }) { edges { node { id } } } }"): (typeof documents)["query LeaksIds {\n      haninge: projects(where: { text: \"Haninge Kvinnojours verksamhet\" }) { edges { node { id } } }\n      other: projects(where: { text: \"q-jouren\" }) { edges { node { id } } }\n      jour: organisations(where: { text: \"Haninge Kvinnojour\" }) { edges { node { id } } }\n      roks: organisations(where: { text: \"ROKS\" }) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeaksAddIndicator($input: IndicatorInput!) { addIndicator(input: $input) { id } }"): (typeof documents)["mutation LeaksAddIndicator($input: IndicatorInput!) { addIndicator(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeaksPage($id: ID!, $after: String) {\n      observations(where: { indicator: { equals: $id } }, first: 1, after: $after) {\n        edges { node { id value displayValue suppressed suppressionReason } } pageInfo { endCursor hasNextPage } } }"): (typeof documents)["query LeaksPage($id: ID!, $after: String) {\n      observations(where: { indicator: { equals: $id } }, first: 1, after: $after) {\n        edges { node { id value displayValue suppressed suppressionReason } } pageInfo { endCursor hasNextPage } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatisticsObservations($org: ID!) { observations(first: 100, where: { organisation: { equals: $org } }) { edges { node { breakdown value displayValue suppressed suppressionReason indicator { name } } } } }"): (typeof documents)["query StatisticsObservations($org: ID!) { observations(first: 100, where: { organisation: { equals: $org } }) { edges { node { breakdown value displayValue suppressed suppressionReason indicator { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatisticsAddObservation($input: ObservationInput!) { addObservation(input: $input) { id } }"): (typeof documents)["mutation StatisticsAddObservation($input: ObservationInput!) { addObservation(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatisticsIndicator { indicators(where: { text: \"Kvinnor som kontaktat\" }) { edges { node { id } } } }"): (typeof documents)["query StatisticsIndicator { indicators(where: { text: \"Kvinnor som kontaktat\" }) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatisticsHaninge { organisations(where: { text: \"Haninge Kvinnojour\" }) { edges { node { id } } } }"): (typeof documents)["query StatisticsHaninge { organisations(where: { text: \"Haninge Kvinnojour\" }) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatisticsHaningeProject { projects(where: { text: \"Haninge Kvinnojours verksamhet\" }) { edges { node { id } } } }"): (typeof documents)["query StatisticsHaningeProject { projects(where: { text: \"Haninge Kvinnojours verksamhet\" }) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatisticsIndicatorCounts { indicators(first: 100) { edges { node { name observationCount observations { id } } } } }"): (typeof documents)["query StatisticsIndicatorCounts { indicators(first: 100) { edges { node { name observationCount observations { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatisticsObservationCount { observations { totalCount } }"): (typeof documents)["query StatisticsObservationCount { observations { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatisticsCreateOrganisation($input: OrganisationInput!) { createOrganisation(input: $input) { id organisationNumber } }"): (typeof documents)["mutation StatisticsCreateOrganisation($input: OrganisationInput!) { createOrganisation(input: $input) { id organisationNumber } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatisticsUpdateOrganisation($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, input: $input) { id } }"): (typeof documents)["mutation StatisticsUpdateOrganisation($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatisticsFollowUp { agreements { edges { node { followUpClause nextFollowUpDue evaluations { answers { position answer question { id } } } } } } }"): (typeof documents)["query StatisticsFollowUp { agreements { edges { node { followUpClause nextFollowUpDue evaluations { answers { position answer question { id } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatisticsDeadlines { projects(where: { text: \"Haninge Kvinnojours verksamhet\" }) { edges { node { deadlines(from: \"2022-01-01\") { date kind title } } } } }"): (typeof documents)["query StatisticsDeadlines { projects(where: { text: \"Haninge Kvinnojours verksamhet\" }) { edges { node { deadlines(from: \"2022-01-01\") { date kind title } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatisticsQuestions { agreements { edges { node { id evaluations { answers { question { id } } } } } } }"): (typeof documents)["query StatisticsQuestions { agreements { edges { node { id evaluations { answers { question { id } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatisticsAddFollowUp($input: EvaluationInput!) { addEvaluation(input: $input) { id answers { position } } }"): (typeof documents)["mutation StatisticsAddFollowUp($input: EvaluationInput!) { addEvaluation(input: $input) { id answers { position } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatisticsAnswer($id: ID!) { answerQuestion(evaluationId: $id, position: 8, answer: \"Vardagar 09.00–16.00\", receivedDate: \"2023-02-20\") { id } }"): (typeof documents)["mutation StatisticsAnswer($id: ID!) { answerQuestion(evaluationId: $id, position: 8, answer: \"Vardagar 09.00–16.00\", receivedDate: \"2023-02-20\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatisticsCompareAnswers($id: ID!) { node(id: $id) { ... on QuestionTemplate { text answers { answer evaluation { title } } } } }"): (typeof documents)["query StatisticsCompareAnswers($id: ID!) { node(id: $id) { ... on QuestionTemplate { text answers { answer evaluation { title } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatisticsAddPlanned($input: EvaluationInput!) { addEvaluation(input: $input) { id } }"): (typeof documents)["mutation StatisticsAddPlanned($input: EvaluationInput!) { addEvaluation(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatisticsAgreement { agreements { edges { node { id title principal { id } counterparty { id } } } } }"): (typeof documents)["query StatisticsAgreement { agreements { edges { node { id title principal { id } counterparty { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatisticsUpdateAgreement($id: ID!, $input: AgreementInput!) { updateAgreement(id: $id, input: $input) { followUpIntervalYears nextFollowUpDue } }"): (typeof documents)["mutation StatisticsUpdateAgreement($id: ID!, $input: AgreementInput!) { updateAgreement(id: $id, input: $input) { followUpIntervalYears nextFollowUpDue } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatisticsFollowUps { evaluations(where: { kind: { equals: FOLLOW_UP } }) { edges { node { id title agreement { id } } } } }"): (typeof documents)["query StatisticsFollowUps { evaluations(where: { kind: { equals: FOLLOW_UP } }) { edges { node { id title agreement { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatisticsReceived($id: ID!, $input: EvaluationInput!) { updateEvaluation(id: $id, input: $input) { receivedDate replyDueDate } }"): (typeof documents)["mutation StatisticsReceived($id: ID!, $input: EvaluationInput!) { updateEvaluation(id: $id, input: $input) { receivedDate replyDueDate } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatisticsAddIndicator($input: IndicatorInput!) { addIndicator(input: $input) { id name countsPeople } }"): (typeof documents)["mutation StatisticsAddIndicator($input: IndicatorInput!) { addIndicator(input: $input) { id name countsPeople } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatisticsUpdateObservation($id: ID!, $input: ObservationInput!) { updateObservation(id: $id, input: $input) { value } }"): (typeof documents)["mutation StatisticsUpdateObservation($id: ID!, $input: ObservationInput!) { updateObservation(id: $id, input: $input) { value } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatisticsDeleteObservation($id: ID!) { deleteObservation(id: $id) }"): (typeof documents)["mutation StatisticsDeleteObservation($id: ID!) { deleteObservation(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatisticsRoleIds { projects(where: { text: \"q-jouren\" }) { edges { node { id } } } organisations(where: { text: \"ROKS\" }) { edges { node { id } } } }"): (typeof documents)["query StatisticsRoleIds { projects(where: { text: \"q-jouren\" }) { edges { node { id } } } organisations(where: { text: \"ROKS\" }) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatisticsAddRole($input: PartnerRoleInput!) { addPartnerRole(input: $input) { id role fromYear toYear } }"): (typeof documents)["mutation StatisticsAddRole($input: PartnerRoleInput!) { addPartnerRole(input: $input) { id role fromYear toYear } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatisticsDeleteRole($id: ID!) { deletePartnerRole(id: $id) }"): (typeof documents)["mutation StatisticsDeleteRole($id: ID!) { deletePartnerRole(id: $id) }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;