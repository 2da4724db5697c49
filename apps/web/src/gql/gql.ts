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
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) { ...ViewerFields }\n  }\n": typeof types.LogInDocument,
    "\n  mutation LogOut { logOut }\n": typeof types.LogOutDocument,
    "\n  mutation LogOutEverywhere { logOutEverywhere }\n": typeof types.LogOutEverywhereDocument,
    "\n  mutation SetPasswordWithLink($token: String!, $password: String!) {\n    setPasswordWithLink(token: $token, password: $password) { ...ViewerFields }\n  }\n": typeof types.SetPasswordWithLinkDocument,
    "\n  mutation ChangePassword($input: PasswordChangeInput!) { changePassword(input: $input) }\n": typeof types.ChangePasswordDocument,
    "\n  fragment AccessTokenFields on AccessToken { id kind name prefix createdAt expiresAt lastUsedAt revokedAt }\n": typeof types.AccessTokenFieldsFragmentDoc,
    "\n  query MyTokens {\n    viewer { id accessTokens { ...AccessTokenFields } }\n  }\n": typeof types.MyTokensDocument,
    "\n  mutation CreateAccessToken($input: AccessTokenInput!) {\n    createAccessToken(input: $input) { token accessToken { ...AccessTokenFields } }\n  }\n": typeof types.CreateAccessTokenDocument,
    "\n  mutation CreateCalendarToken($input: AccessTokenInput!) {\n    createCalendarToken(input: $input) { token accessToken { ...AccessTokenFields } }\n  }\n": typeof types.CreateCalendarTokenDocument,
    "\n  mutation RevokeAccessToken($id: ID!) {\n    revokeAccessToken(id: $id) { ...AccessTokenFields }\n  }\n": typeof types.RevokeAccessTokenDocument,
    "\n  fragment UserFields on User {\n    id email name roles active hasPassword lastLoginAt version\n    projects { id name }\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query Users($where: UserWhere) {\n    users(first: 100, where: $where, orderBy: [{ field: NAME }]) {\n      totalCount\n      edges { node { ...UserFields } }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query UserHistory($id: ID!) {\n    node(id: $id) {\n      ... on User { id events { id action detail createdAt actor { name } } }\n    }\n  }\n": typeof types.UserHistoryDocument,
    "\n  query ProjectOptions {\n    projects(first: 100, orderBy: [{ field: NAME }]) { edges { node { id name } } }\n  }\n": typeof types.ProjectOptionsDocument,
    "\n  mutation InviteUser($input: UserInput!, $password: String) {\n    inviteUser(input: $input, password: $password) {\n      user { ...UserFields }\n      passwordLink { url expiresAt }\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation UpdateUser($id: ID!, $expectedVersion: Int!, $input: UserInput!) {\n    updateUser(id: $id, expectedVersion: $expectedVersion, input: $input) { ...UserFields }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation SetUserActive($id: ID!, $expectedVersion: Int!, $active: Boolean!) {\n    setUserActive(id: $id, expectedVersion: $expectedVersion, active: $active) { ...UserFields }\n  }\n": typeof types.SetUserActiveDocument,
    "\n  mutation CreatePasswordLink($id: ID!) {\n    createPasswordLink(id: $id) { url expiresAt }\n  }\n": typeof types.CreatePasswordLinkDocument,
    "\n  fragment ViewerFields on User {\n    id\n    email\n    name\n    roles\n    permissions\n    version\n    projects { id name }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer { ...ViewerFields }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment AttentionItemFields on AttentionItem {\n    kind\n    grantId\n    grantTitle\n    itemId\n    text\n    dueDate\n    daysLeft\n    amountGranted\n    amountPaid\n  }\n": typeof types.AttentionItemFieldsFragmentDoc,
    "\n  query Attention($today: Date, $horizonDays: Int, $where: GrantWhere, $kinds: [AttentionKind!], $first: Int, $after: String) {\n    attention(today: $today, horizonDays: $horizonDays, where: $where, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      kindCounts { kind count }\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...AttentionItemFields } }\n    }\n  }\n": typeof types.AttentionDocument,
    "\n  query AttentionExport($today: Date, $horizonDays: Int, $where: GrantWhere, $kinds: [AttentionKind!], $after: String) {\n    attention(today: $today, horizonDays: $horizonDays, where: $where, kinds: $kinds, first: 500, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...AttentionItemFields } }\n    }\n  }\n": typeof types.AttentionExportDocument,
    "\n  query AuditChanges($where: AuditEntryWhere, $first: Int, $after: String) {\n    auditChanges(where: $where, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...AuditChangeFields subjectName } }\n    }\n  }\n": typeof types.AuditChangesDocument,
    "\n  query EvaluationsOverview {\n    agreements(first: 100) {\n      edges {\n        node {\n          id\n          version\n          title\n          purpose\n          followUpClause\n          followUpIntervalYears\n          nextFollowUpDue\n          startDate\n          endDate\n          principal { id name }\n          counterparty { id name }\n          evaluations { id title replyDueDate receivedDate answers { id question { id } } }\n        }\n      }\n    }\n    evaluations(first: 100, orderBy: [{ field: TITLE }]) {\n      edges {\n        node {\n          id\n          version\n          kind\n          title\n          evaluatorName\n          evaluatorOrganisation { id name }\n          date\n          dueDate\n          replyDueDate\n          receivedDate\n          verdict\n          summary\n          project { id name }\n          agreement { id title }\n        }\n      }\n    }\n  }\n": typeof types.EvaluationsOverviewDocument,
    "\n  query EvaluationDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Evaluation {\n        id\n        version\n        kind\n        title\n        summary\n        verdict\n        evaluatorName\n        replyDueDate\n        receivedDate\n        date\n        dueDate\n        periodStart\n        periodEnd\n        documentUrl\n        contacts\n        project { id name }\n        agreement { id title followUpClause }\n        answers {\n          id\n          position\n          answer\n          question { id text answers { id answer evaluation { id title replyDueDate } } }\n        }\n      }\n    }\n  }\n": typeof types.EvaluationDetailDocument,
    "\n  mutation AnswerQuestion($evaluationId: ID!, $position: Int!, $answer: String!, $expectedVersion: Int) {\n    answerQuestion(evaluationId: $evaluationId, position: $position, answer: $answer, expectedVersion: $expectedVersion) {\n      id\n      version\n      answers { id position answer }\n    }\n  }\n": typeof types.AnswerQuestionDocument,
    "\n  mutation UpdateEvaluation($id: ID!, $input: EvaluationInput!, $expectedVersion: Int) {\n    updateEvaluation(id: $id, input: $input, expectedVersion: $expectedVersion) { id version }\n  }\n": typeof types.UpdateEvaluationDocument,
    "\n  mutation CreateAgreement($input: AgreementInput!) { createAgreement(input: $input) { id } }\n": typeof types.CreateAgreementDocument,
    "\n  mutation UpdateAgreement($id: ID!, $input: AgreementInput!, $expectedVersion: Int) {\n    updateAgreement(id: $id, input: $input, expectedVersion: $expectedVersion) { id version nextFollowUpDue followUpIntervalYears followUpClause }\n  }\n": typeof types.UpdateAgreementDocument,
    "\n  mutation AddEvaluation($input: EvaluationInput!) { addEvaluation(input: $input) { id } }\n": typeof types.AddEvaluationDocument,
    "\n  query AgreementTrail($id: ID!) { node(id: $id) { ... on Agreement { id changes { ...AuditChangeFields } } } }\n": typeof types.AgreementTrailDocument,
    "\n  fragment SavedQueryFields on SavedQuery { id version name description query variables shared ownerName mine updatedAt }\n": typeof types.SavedQueryFieldsFragmentDoc,
    "\n  query SavedQueries($where: SavedQueryWhere, $first: Int) {\n    savedQueries(where: $where, first: $first) { totalCount edges { node { ...SavedQueryFields } } }\n  }\n": typeof types.SavedQueriesDocument,
    "\n  query SavedQuery($id: ID!) {\n    node(id: $id) { __typename ... on SavedQuery { ...SavedQueryFields } }\n  }\n": typeof types.SavedQueryDocument,
    "\n  mutation CreateSavedQuery($input: SavedQueryInput!) { createSavedQuery(input: $input) { ...SavedQueryFields } }\n": typeof types.CreateSavedQueryDocument,
    "\n  mutation UpdateSavedQuery($id: ID!, $input: SavedQueryInput!, $expectedVersion: Int) {\n    updateSavedQuery(id: $id, input: $input, expectedVersion: $expectedVersion) { ...SavedQueryFields }\n  }\n": typeof types.UpdateSavedQueryDocument,
    "\n  mutation DeleteSavedQuery($id: ID!, $expectedVersion: Int) { deleteSavedQuery(id: $id, expectedVersion: $expectedVersion) }\n": typeof types.DeleteSavedQueryDocument,
    "\n  fragment PossibleSourceFields on PossibleSource { kind name link lastYear lastAmount lastRecipientName eligibility }\n": typeof types.PossibleSourceFieldsFragmentDoc,
    "\n  query FinancingPortfolio($referenceYear: Int) {\n    financingPortfolio(referenceYear: $referenceYear) {\n      projectId\n      referenceYear\n      name\n      phase\n      thisYear { year need secured gap }\n      nextYear { year need secured gap }\n      latestYear { year need secured gap }\n      warnings { kind year gap }\n      nextUnfinancedYear { year need secured gap }\n      nextUnfinancedWarnings { kind year gap possibleSourceCount }\n    }\n  }\n": typeof types.FinancingPortfolioDocument,
    "\n  query FinancingPortfolioExport($referenceYear: Int) {\n    financingPortfolio(referenceYear: $referenceYear) {\n      projectId\n      name\n      phase\n      thisYear { year need secured gap }\n      nextYear { year gap }\n      warnings { kind year gap }\n      nextUnfinancedYear { year gap }\n      nextUnfinancedWarnings { kind year gap possibleSources { kind name } }\n    }\n  }\n": typeof types.FinancingPortfolioExportDocument,
    "\n  fragment ProjectFinancingFields on Project {\n    id\n    name\n    phase\n    owner { id name }\n    budgetYears { id version year amount ownFunding note }\n    contributions { id version year kind amount status description organisation { id name } }\n    coFinancing {\n      years\n      partners { organisationId name total cells { year contributions { contributionId kind status amount description } } }\n      yearTotals { year amount }\n      total\n    }\n    pendingApplications { id title amountApplied funder { id name } }\n    changes { ...AuditChangeFields }\n  }\n": typeof types.ProjectFinancingFieldsFragmentDoc,
    "\n  query ProjectFinancing($id: ID!, $from: Date) {\n    node(id: $id) {\n      __typename\n      ... on Project {\n        ...ProjectFinancingFields\n        financingOpeningYear\n        deadlines(from: $from) { date kind title grantId passed }\n      }\n    }\n  }\n": typeof types.ProjectFinancingDocument,
    "\n  fragment FinancingYearFields on FinancingYear {\n    year\n    need\n    needSource\n    secured\n    pending\n    gap\n    incomplete\n    sources { key label kind state amount detail }\n    totals { kind state amount }\n  }\n": typeof types.FinancingYearFieldsFragmentDoc,
    "\n  query ProjectFinancingFigures($id: ID!, $referenceYear: Int!, $whatIf: [WhatIfInput!]) {\n    node(id: $id) {\n      __typename\n      ... on Project {\n        id\n        financing(whatIf: $whatIf) { ...FinancingYearFields }\n        financingWarnings(referenceYear: $referenceYear, whatIf: $whatIf) {\n          kind\n          year\n          gap\n          possibleSources { ...PossibleSourceFields }\n        }\n      }\n    }\n  }\n": typeof types.ProjectFinancingFiguresDocument,
    "\n  mutation SetBudgetYear($projectId: ID!, $input: BudgetYearInput!, $expectedVersion: Int) {\n    setBudgetYear(projectId: $projectId, input: $input, expectedVersion: $expectedVersion) { ...ProjectFinancingFields }\n  }\n": typeof types.SetBudgetYearDocument,
    "\n  mutation DeleteBudgetYear($projectId: ID!, $year: Int!, $expectedVersion: Int) {\n    deleteBudgetYear(projectId: $projectId, year: $year, expectedVersion: $expectedVersion) { ...ProjectFinancingFields }\n  }\n": typeof types.DeleteBudgetYearDocument,
    "\n  mutation AddContribution($projectId: ID!, $input: ContributionInput!) { addContribution(projectId: $projectId, input: $input) { ...ProjectFinancingFields } }\n": typeof types.AddContributionDocument,
    "\n  mutation UpdateContribution($id: ID!, $input: ContributionInput!, $expectedVersion: Int) {\n    updateContribution(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ProjectFinancingFields }\n  }\n": typeof types.UpdateContributionDocument,
    "\n  mutation DeleteContribution($id: ID!, $expectedVersion: Int) {\n    deleteContribution(id: $id, expectedVersion: $expectedVersion) { ...ProjectFinancingFields }\n  }\n": typeof types.DeleteContributionDocument,
    "\n  query GrantsExport($where: GrantWhere, $orderBy: [GrantOrder!], $after: String) {\n    grants(where: $where, orderBy: $orderBy, first: 100, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          title\n          status\n          amountApplied\n          amountGranted\n          decisionDate\n          periodStartYear\n          periodEndYear\n          funderReference\n          funder { id name }\n          applicant { id name }\n          recipient { id name }\n          programme { id name }\n          project { id name }\n          disbursements { id amount status }\n        }\n      }\n    }\n  }\n": typeof types.GrantsExportDocument,
    "\n  mutation CreateGrant($input: GrantApplicationInput!) { createGrant(input: $input) { ...GrantDetailFields } }\n": typeof types.CreateGrantDocument,
    "\n  mutation UpdateGrant($id: ID!, $expectedVersion: Int!, $input: GrantApplicationInput!) {\n    updateGrant(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n": typeof types.UpdateGrantDocument,
    "\n  mutation SubmitGrant($id: ID!, $expectedVersion: Int!, $submittedDate: Date) {\n    submitGrant(id: $id, expectedVersion: $expectedVersion, submittedDate: $submittedDate) { ...GrantDetailFields }\n  }\n": typeof types.SubmitGrantDocument,
    "\n  mutation DecideGrant($id: ID!, $expectedVersion: Int!, $input: DecisionInput!) {\n    decideGrant(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n": typeof types.DecideGrantDocument,
    "\n  mutation TransitionGrant($id: ID!, $expectedVersion: Int!, $to: GrantTransition!) {\n    transitionGrant(id: $id, expectedVersion: $expectedVersion, to: $to) { ...GrantDetailFields }\n  }\n": typeof types.TransitionGrantDocument,
    "\n  mutation AddCondition($grantId: ID!, $expectedVersion: Int!, $input: ConditionInput!) {\n    addCondition(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n": typeof types.AddConditionDocument,
    "\n  mutation UpdateCondition($id: ID!, $expectedVersion: Int!, $input: ConditionInput!) {\n    updateCondition(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n": typeof types.UpdateConditionDocument,
    "\n  mutation ResolveCondition($id: ID!, $expectedVersion: Int!, $input: ConditionResolutionInput!) {\n    resolveCondition(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n": typeof types.ResolveConditionDocument,
    "\n  mutation AddReportRequirement($grantId: ID!, $expectedVersion: Int!, $input: ReportRequirementInput!) {\n    addReportRequirement(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n": typeof types.AddReportRequirementDocument,
    "\n  mutation UpdateReportRequirement($id: ID!, $expectedVersion: Int!, $input: ReportRequirementInput!) {\n    updateReportRequirement(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n": typeof types.UpdateReportRequirementDocument,
    "\n  mutation AddDisbursement($grantId: ID!, $expectedVersion: Int!, $input: DisbursementInput!) {\n    addDisbursement(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n": typeof types.AddDisbursementDocument,
    "\n  mutation UpdateDisbursement($id: ID!, $expectedVersion: Int!, $input: DisbursementInput!) {\n    updateDisbursement(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n": typeof types.UpdateDisbursementDocument,
    "\n  fragment GrantRow on Grant {\n    id\n    title\n    status\n    amountApplied\n    amountGranted\n    decisionDate\n    decisionPrecision\n    periodStartYear\n    periodEndYear\n    funder { id name shortName }\n    recipient { id name }\n  }\n": typeof types.GrantRowFragmentDoc,
    "\n  query GrantsList($where: GrantWhere, $orderBy: [GrantOrder!], $first: Int!, $after: String) {\n    grants(where: $where, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...GrantRow } }\n    }\n    grantSummary(where: $where) { count amountApplied amountGranted }\n  }\n": typeof types.GrantsListDocument,
    "\n  query GrantFilterOptions {\n    organisations(first: 100, orderBy: [{ field: NAME }]) {\n      edges {\n        node {\n          id\n          name\n          grantsAsFunder(first: 1) { totalCount }\n          grantsAsRecipient(first: 1) { totalCount }\n        }\n      }\n    }\n  }\n": typeof types.GrantFilterOptionsDocument,
    "\n  fragment Passage on SourcePassage {\n    id\n    section\n    quote\n    document { id title reference }\n  }\n": typeof types.PassageFragmentDoc,
    "\n  fragment GrantDetailFields on Grant {\n    id\n    version\n    title\n    description\n    status\n    amountApplied\n    amountGranted\n    funderReference\n    applicantReference\n    applicationDeadline\n    submittedDate\n    submittedPrecision\n    decisionDate\n    decisionPrecision\n    decisionText\n    periodStartYear\n    periodEndYear\n    note\n    funder { id name }\n    applicant { id name }\n    recipient { id name }\n    programme { id name }\n    project {\n      id\n      name\n      description\n      targetGroup\n      phase\n      owner { id name }\n      partnerRoles { id role fromYear toYear note organisation { id name } }\n    }\n    yearAmounts { id year amountApplied amountGranted }\n    conditions { id text dueDate blocksPayment evidence status resolvedDate resolvedBy sourcePassage { ...Passage } }\n    reportRequirements { id kind title dueDate status receivedDate approvedDate }\n    disbursements { id amount plannedDate paidDate status }\n    allowedTransitions { to allowed reason }\n    sourcePassage { ...Passage }\n    timeline { date precision kind title detail state actor change { ...AuditChangeFields } }\n    changes { ...AuditChangeFields }\n  }\n": typeof types.GrantDetailFieldsFragmentDoc,
    "\n  query GrantDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Grant { ...GrantDetailFields }\n    }\n  }\n": typeof types.GrantDetailDocument,
    "\n  query ApplicationOptions {\n    organisations(first: 100, orderBy: [{ field: NAME }]) { edges { node { id name } } }\n    programmes(first: 100) { edges { node { id name } } }\n    projects(first: 100, orderBy: [{ field: NAME }]) { edges { node { id name } } }\n  }\n": typeof types.ApplicationOptionsDocument,
    "\n  fragment OpenDataFields on OpenDataSettings {\n    giving360Public giving360JsonPath giving360CsvPath version updatedAt\n    giving360Coverage { included leftOut }\n  }\n": typeof types.OpenDataFieldsFragmentDoc,
    "\n  query OpenDataSettings { openDataSettings { ...OpenDataFields } }\n": typeof types.OpenDataSettingsDocument,
    "\n  mutation SetOpenDataSettings($input: OpenDataSettingsInput!, $expectedVersion: Int) {\n    setOpenDataSettings(input: $input, expectedVersion: $expectedVersion) { ...OpenDataFields }\n  }\n": typeof types.SetOpenDataSettingsDocument,
    "\n  query Organisations($where: OrganisationWhere) {\n    organisations(first: 100, where: $where, orderBy: [{ field: NAME }]) {\n      totalCount\n      edges { node { id name shortName kind municipality organisationNumber parent { id name } } }\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  fragment OrganisationFields on Organisation {\n    id\n    version\n    name\n    shortName\n    kind\n    municipality\n    organisationNumber\n    description\n    website\n    email\n    phone\n    address\n    parent { id name }\n    children { id name }\n  }\n": typeof types.OrganisationFieldsFragmentDoc,
    "\n  query OrganisationDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Organisation {\n        ...OrganisationFields\n        partnerRoles { id version role fromYear toYear note project { id name } }\n        changes { ...AuditChangeFields }\n        contributions { id year kind amount status description project { id name } }\n        grantsAsFunder(first: 50) { totalCount edges { node { id title status amountGranted } } }\n        grantsAsApplicant(first: 50) { totalCount edges { node { id title status amountGranted } } }\n        grantsAsRecipient(first: 50) { totalCount edges { node { id title status amountGranted } } }\n        agreementsAsCounterpart { id title followUpClause nextFollowUpDue }\n        agreementsAsPrincipal { id title followUpClause nextFollowUpDue }\n      }\n    }\n  }\n": typeof types.OrganisationDetailDocument,
    "\n  query PartnerNetwork {\n    partnerRoles(first: 100) {\n      edges { node { id role fromYear toYear project { id name } organisation { id name } } }\n    }\n  }\n": typeof types.PartnerNetworkDocument,
    "\n  mutation CreateOrganisation($input: OrganisationInput!) { createOrganisation(input: $input) { ...OrganisationFields } }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!, $expectedVersion: Int) {\n    updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion) { ...OrganisationFields changes { ...AuditChangeFields } }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  mutation AddPartnerRole($input: PartnerRoleInput!) { addPartnerRole(input: $input) { id } }\n": typeof types.AddPartnerRoleDocument,
    "\n  mutation DeletePartnerRole($id: ID!, $expectedVersion: Int) { deletePartnerRole(id: $id, expectedVersion: $expectedVersion) }\n": typeof types.DeletePartnerRoleDocument,
    "\n  query ProgrammeOverview {\n    programmeOverview {\n      programmeId\n      programmeName\n      year\n      nationalAllocation\n      countyAllocation\n      allocationApproximate\n      applied\n      granted\n      disbursed\n      grantCount\n    }\n  }\n": typeof types.ProgrammeOverviewDocument,
    "\n  fragment ProjectHeader on Project {\n    id\n    name\n    phase\n    municipality\n    startDate\n    startPrecision\n    endDate\n    endPrecision\n    owner { id name }\n    operator { id name }\n  }\n": typeof types.ProjectHeaderFragmentDoc,
    "\n  query Projects($where: ProjectWhere) {\n    projects(where: $where, first: 100, orderBy: [{ field: NAME }]) {\n      totalCount\n      edges {\n        node {\n          ...ProjectHeader\n          grants(first: 1) { totalCount }\n        }\n      }\n    }\n  }\n": typeof types.ProjectsDocument,
    "\n  query ProjectHub($id: ID!, $from: Date) {\n    node(id: $id) {\n      __typename\n      ... on Project {\n        ...ProjectHeader\n        description\n        lead\n        targetGroup\n        goals { id text longTerm position }\n        phases { id phase fromYear toYear note }\n        partnerRoles { id role fromYear toYear organisation { id name } }\n        grants(first: 100) {\n          totalCount\n          edges { node { ...GrantRow } }\n        }\n        evaluations { id title kind date dueDate }\n        observations { id indicator { id name unit } }\n        activities { id title date datePrecision }\n        financingOpeningYear\n        deadlines(from: $from) { date kind title grantId passed }\n        sourcePassage { ...Passage }\n      }\n    }\n  }\n": typeof types.ProjectHubDocument,
    "\n  query Search($text: String!) {\n    search(text: $text, first: 6) {\n      grants { id title }\n      projects { id name }\n      organisations { id name }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query SourceDocuments {\n    sourceDocuments(first: 100) {\n      totalCount\n      edges { node { id title kind reference year officer authorOrganisation { id name } } }\n    }\n  }\n": typeof types.SourceDocumentsDocument,
    "\n  query SourceDocument($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on SourceDocument {\n        id\n        title\n        kind\n        reference\n        year\n        documentDate\n        meetingDate\n        officer\n        officerPhone\n        addressee\n        signatories\n        summary\n        originalText\n        authorOrganisation { id name }\n        passages { id section quote }\n      }\n    }\n  }\n": typeof types.SourceDocumentDocument,
    "\n  fragment ObservationFields on Observation {\n    id\n    version\n    periodStart\n    periodEnd\n    breakdown\n    value\n    displayValue\n    suppressed\n    approximate\n    note\n    organisation { id name }\n    project { id name }\n    sourcePassage { id document { id title } }\n  }\n": typeof types.ObservationFieldsFragmentDoc,
    "\n  fragment IndicatorFields on Indicator { id version name unit definition countsPeople observationCount }\n": typeof types.IndicatorFieldsFragmentDoc,
    "\n  query Indicators($after: String) {\n    smallCountThreshold\n    indicators(first: 100, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...IndicatorFields } }\n    }\n  }\n": typeof types.IndicatorsDocument,
    "\n  query IndicatorValues($id: ID!) {\n    node(id: $id) { __typename ... on Indicator { ...IndicatorFields observations { ...ObservationFields } } }\n  }\n": typeof types.IndicatorValuesDocument,
    "\n  query IndicatorsExport($after: String) {\n    indicators(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          unit\n          observations { periodStart periodEnd breakdown displayValue note organisation { name } project { name } }\n        }\n      }\n    }\n  }\n": typeof types.IndicatorsExportDocument,
    "\n  mutation UpdateObservation($id: ID!, $input: ObservationInput!, $expectedVersion: Int) {\n    updateObservation(id: $id, input: $input, expectedVersion: $expectedVersion) { id version }\n  }\n": typeof types.UpdateObservationDocument,
    "\n  mutation DeleteObservation($id: ID!, $expectedVersion: Int) { deleteObservation(id: $id, expectedVersion: $expectedVersion) }\n": typeof types.DeleteObservationDocument,
    "\n  mutation AddIndicator($input: IndicatorInput!) { addIndicator(input: $input) { id } }\n": typeof types.AddIndicatorDocument,
    "\n  mutation UpdateIndicator($id: ID!, $input: IndicatorInput!, $expectedVersion: Int) {\n    updateIndicator(id: $id, input: $input, expectedVersion: $expectedVersion) { id version name unit definition countsPeople }\n  }\n": typeof types.UpdateIndicatorDocument,
    "\n  query IndicatorTrail($id: ID!) { node(id: $id) { ... on Indicator { id changes { ...AuditChangeFields } } } }\n": typeof types.IndicatorTrailDocument,
    "\n  mutation AddObservation($input: ObservationInput!) { addObservation(input: $input) { id } }\n": typeof types.AddObservationDocument,
    "\n  fragment AuditChangeFields on AuditChange {\n    id createdAt actor action entityType entityId version\n    fields { field before after beforeName afterName }\n  }\n": typeof types.AuditChangeFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) { ...ViewerFields }\n  }\n": types.LogInDocument,
    "\n  mutation LogOut { logOut }\n": types.LogOutDocument,
    "\n  mutation LogOutEverywhere { logOutEverywhere }\n": types.LogOutEverywhereDocument,
    "\n  mutation SetPasswordWithLink($token: String!, $password: String!) {\n    setPasswordWithLink(token: $token, password: $password) { ...ViewerFields }\n  }\n": types.SetPasswordWithLinkDocument,
    "\n  mutation ChangePassword($input: PasswordChangeInput!) { changePassword(input: $input) }\n": types.ChangePasswordDocument,
    "\n  fragment AccessTokenFields on AccessToken { id kind name prefix createdAt expiresAt lastUsedAt revokedAt }\n": types.AccessTokenFieldsFragmentDoc,
    "\n  query MyTokens {\n    viewer { id accessTokens { ...AccessTokenFields } }\n  }\n": types.MyTokensDocument,
    "\n  mutation CreateAccessToken($input: AccessTokenInput!) {\n    createAccessToken(input: $input) { token accessToken { ...AccessTokenFields } }\n  }\n": types.CreateAccessTokenDocument,
    "\n  mutation CreateCalendarToken($input: AccessTokenInput!) {\n    createCalendarToken(input: $input) { token accessToken { ...AccessTokenFields } }\n  }\n": types.CreateCalendarTokenDocument,
    "\n  mutation RevokeAccessToken($id: ID!) {\n    revokeAccessToken(id: $id) { ...AccessTokenFields }\n  }\n": types.RevokeAccessTokenDocument,
    "\n  fragment UserFields on User {\n    id email name roles active hasPassword lastLoginAt version\n    projects { id name }\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query Users($where: UserWhere) {\n    users(first: 100, where: $where, orderBy: [{ field: NAME }]) {\n      totalCount\n      edges { node { ...UserFields } }\n    }\n  }\n": types.UsersDocument,
    "\n  query UserHistory($id: ID!) {\n    node(id: $id) {\n      ... on User { id events { id action detail createdAt actor { name } } }\n    }\n  }\n": types.UserHistoryDocument,
    "\n  query ProjectOptions {\n    projects(first: 100, orderBy: [{ field: NAME }]) { edges { node { id name } } }\n  }\n": types.ProjectOptionsDocument,
    "\n  mutation InviteUser($input: UserInput!, $password: String) {\n    inviteUser(input: $input, password: $password) {\n      user { ...UserFields }\n      passwordLink { url expiresAt }\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation UpdateUser($id: ID!, $expectedVersion: Int!, $input: UserInput!) {\n    updateUser(id: $id, expectedVersion: $expectedVersion, input: $input) { ...UserFields }\n  }\n": types.UpdateUserDocument,
    "\n  mutation SetUserActive($id: ID!, $expectedVersion: Int!, $active: Boolean!) {\n    setUserActive(id: $id, expectedVersion: $expectedVersion, active: $active) { ...UserFields }\n  }\n": types.SetUserActiveDocument,
    "\n  mutation CreatePasswordLink($id: ID!) {\n    createPasswordLink(id: $id) { url expiresAt }\n  }\n": types.CreatePasswordLinkDocument,
    "\n  fragment ViewerFields on User {\n    id\n    email\n    name\n    roles\n    permissions\n    version\n    projects { id name }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer { ...ViewerFields }\n  }\n": types.ViewerDocument,
    "\n  fragment AttentionItemFields on AttentionItem {\n    kind\n    grantId\n    grantTitle\n    itemId\n    text\n    dueDate\n    daysLeft\n    amountGranted\n    amountPaid\n  }\n": types.AttentionItemFieldsFragmentDoc,
    "\n  query Attention($today: Date, $horizonDays: Int, $where: GrantWhere, $kinds: [AttentionKind!], $first: Int, $after: String) {\n    attention(today: $today, horizonDays: $horizonDays, where: $where, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      kindCounts { kind count }\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...AttentionItemFields } }\n    }\n  }\n": types.AttentionDocument,
    "\n  query AttentionExport($today: Date, $horizonDays: Int, $where: GrantWhere, $kinds: [AttentionKind!], $after: String) {\n    attention(today: $today, horizonDays: $horizonDays, where: $where, kinds: $kinds, first: 500, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...AttentionItemFields } }\n    }\n  }\n": types.AttentionExportDocument,
    "\n  query AuditChanges($where: AuditEntryWhere, $first: Int, $after: String) {\n    auditChanges(where: $where, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...AuditChangeFields subjectName } }\n    }\n  }\n": types.AuditChangesDocument,
    "\n  query EvaluationsOverview {\n    agreements(first: 100) {\n      edges {\n        node {\n          id\n          version\n          title\n          purpose\n          followUpClause\n          followUpIntervalYears\n          nextFollowUpDue\n          startDate\n          endDate\n          principal { id name }\n          counterparty { id name }\n          evaluations { id title replyDueDate receivedDate answers { id question { id } } }\n        }\n      }\n    }\n    evaluations(first: 100, orderBy: [{ field: TITLE }]) {\n      edges {\n        node {\n          id\n          version\n          kind\n          title\n          evaluatorName\n          evaluatorOrganisation { id name }\n          date\n          dueDate\n          replyDueDate\n          receivedDate\n          verdict\n          summary\n          project { id name }\n          agreement { id title }\n        }\n      }\n    }\n  }\n": types.EvaluationsOverviewDocument,
    "\n  query EvaluationDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Evaluation {\n        id\n        version\n        kind\n        title\n        summary\n        verdict\n        evaluatorName\n        replyDueDate\n        receivedDate\n        date\n        dueDate\n        periodStart\n        periodEnd\n        documentUrl\n        contacts\n        project { id name }\n        agreement { id title followUpClause }\n        answers {\n          id\n          position\n          answer\n          question { id text answers { id answer evaluation { id title replyDueDate } } }\n        }\n      }\n    }\n  }\n": types.EvaluationDetailDocument,
    "\n  mutation AnswerQuestion($evaluationId: ID!, $position: Int!, $answer: String!, $expectedVersion: Int) {\n    answerQuestion(evaluationId: $evaluationId, position: $position, answer: $answer, expectedVersion: $expectedVersion) {\n      id\n      version\n      answers { id position answer }\n    }\n  }\n": types.AnswerQuestionDocument,
    "\n  mutation UpdateEvaluation($id: ID!, $input: EvaluationInput!, $expectedVersion: Int) {\n    updateEvaluation(id: $id, input: $input, expectedVersion: $expectedVersion) { id version }\n  }\n": types.UpdateEvaluationDocument,
    "\n  mutation CreateAgreement($input: AgreementInput!) { createAgreement(input: $input) { id } }\n": types.CreateAgreementDocument,
    "\n  mutation UpdateAgreement($id: ID!, $input: AgreementInput!, $expectedVersion: Int) {\n    updateAgreement(id: $id, input: $input, expectedVersion: $expectedVersion) { id version nextFollowUpDue followUpIntervalYears followUpClause }\n  }\n": types.UpdateAgreementDocument,
    "\n  mutation AddEvaluation($input: EvaluationInput!) { addEvaluation(input: $input) { id } }\n": types.AddEvaluationDocument,
    "\n  query AgreementTrail($id: ID!) { node(id: $id) { ... on Agreement { id changes { ...AuditChangeFields } } } }\n": types.AgreementTrailDocument,
    "\n  fragment SavedQueryFields on SavedQuery { id version name description query variables shared ownerName mine updatedAt }\n": types.SavedQueryFieldsFragmentDoc,
    "\n  query SavedQueries($where: SavedQueryWhere, $first: Int) {\n    savedQueries(where: $where, first: $first) { totalCount edges { node { ...SavedQueryFields } } }\n  }\n": types.SavedQueriesDocument,
    "\n  query SavedQuery($id: ID!) {\n    node(id: $id) { __typename ... on SavedQuery { ...SavedQueryFields } }\n  }\n": types.SavedQueryDocument,
    "\n  mutation CreateSavedQuery($input: SavedQueryInput!) { createSavedQuery(input: $input) { ...SavedQueryFields } }\n": types.CreateSavedQueryDocument,
    "\n  mutation UpdateSavedQuery($id: ID!, $input: SavedQueryInput!, $expectedVersion: Int) {\n    updateSavedQuery(id: $id, input: $input, expectedVersion: $expectedVersion) { ...SavedQueryFields }\n  }\n": types.UpdateSavedQueryDocument,
    "\n  mutation DeleteSavedQuery($id: ID!, $expectedVersion: Int) { deleteSavedQuery(id: $id, expectedVersion: $expectedVersion) }\n": types.DeleteSavedQueryDocument,
    "\n  fragment PossibleSourceFields on PossibleSource { kind name link lastYear lastAmount lastRecipientName eligibility }\n": types.PossibleSourceFieldsFragmentDoc,
    "\n  query FinancingPortfolio($referenceYear: Int) {\n    financingPortfolio(referenceYear: $referenceYear) {\n      projectId\n      referenceYear\n      name\n      phase\n      thisYear { year need secured gap }\n      nextYear { year need secured gap }\n      latestYear { year need secured gap }\n      warnings { kind year gap }\n      nextUnfinancedYear { year need secured gap }\n      nextUnfinancedWarnings { kind year gap possibleSourceCount }\n    }\n  }\n": types.FinancingPortfolioDocument,
    "\n  query FinancingPortfolioExport($referenceYear: Int) {\n    financingPortfolio(referenceYear: $referenceYear) {\n      projectId\n      name\n      phase\n      thisYear { year need secured gap }\n      nextYear { year gap }\n      warnings { kind year gap }\n      nextUnfinancedYear { year gap }\n      nextUnfinancedWarnings { kind year gap possibleSources { kind name } }\n    }\n  }\n": types.FinancingPortfolioExportDocument,
    "\n  fragment ProjectFinancingFields on Project {\n    id\n    name\n    phase\n    owner { id name }\n    budgetYears { id version year amount ownFunding note }\n    contributions { id version year kind amount status description organisation { id name } }\n    coFinancing {\n      years\n      partners { organisationId name total cells { year contributions { contributionId kind status amount description } } }\n      yearTotals { year amount }\n      total\n    }\n    pendingApplications { id title amountApplied funder { id name } }\n    changes { ...AuditChangeFields }\n  }\n": types.ProjectFinancingFieldsFragmentDoc,
    "\n  query ProjectFinancing($id: ID!, $from: Date) {\n    node(id: $id) {\n      __typename\n      ... on Project {\n        ...ProjectFinancingFields\n        financingOpeningYear\n        deadlines(from: $from) { date kind title grantId passed }\n      }\n    }\n  }\n": types.ProjectFinancingDocument,
    "\n  fragment FinancingYearFields on FinancingYear {\n    year\n    need\n    needSource\n    secured\n    pending\n    gap\n    incomplete\n    sources { key label kind state amount detail }\n    totals { kind state amount }\n  }\n": types.FinancingYearFieldsFragmentDoc,
    "\n  query ProjectFinancingFigures($id: ID!, $referenceYear: Int!, $whatIf: [WhatIfInput!]) {\n    node(id: $id) {\n      __typename\n      ... on Project {\n        id\n        financing(whatIf: $whatIf) { ...FinancingYearFields }\n        financingWarnings(referenceYear: $referenceYear, whatIf: $whatIf) {\n          kind\n          year\n          gap\n          possibleSources { ...PossibleSourceFields }\n        }\n      }\n    }\n  }\n": types.ProjectFinancingFiguresDocument,
    "\n  mutation SetBudgetYear($projectId: ID!, $input: BudgetYearInput!, $expectedVersion: Int) {\n    setBudgetYear(projectId: $projectId, input: $input, expectedVersion: $expectedVersion) { ...ProjectFinancingFields }\n  }\n": types.SetBudgetYearDocument,
    "\n  mutation DeleteBudgetYear($projectId: ID!, $year: Int!, $expectedVersion: Int) {\n    deleteBudgetYear(projectId: $projectId, year: $year, expectedVersion: $expectedVersion) { ...ProjectFinancingFields }\n  }\n": types.DeleteBudgetYearDocument,
    "\n  mutation AddContribution($projectId: ID!, $input: ContributionInput!) { addContribution(projectId: $projectId, input: $input) { ...ProjectFinancingFields } }\n": types.AddContributionDocument,
    "\n  mutation UpdateContribution($id: ID!, $input: ContributionInput!, $expectedVersion: Int) {\n    updateContribution(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ProjectFinancingFields }\n  }\n": types.UpdateContributionDocument,
    "\n  mutation DeleteContribution($id: ID!, $expectedVersion: Int) {\n    deleteContribution(id: $id, expectedVersion: $expectedVersion) { ...ProjectFinancingFields }\n  }\n": types.DeleteContributionDocument,
    "\n  query GrantsExport($where: GrantWhere, $orderBy: [GrantOrder!], $after: String) {\n    grants(where: $where, orderBy: $orderBy, first: 100, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          title\n          status\n          amountApplied\n          amountGranted\n          decisionDate\n          periodStartYear\n          periodEndYear\n          funderReference\n          funder { id name }\n          applicant { id name }\n          recipient { id name }\n          programme { id name }\n          project { id name }\n          disbursements { id amount status }\n        }\n      }\n    }\n  }\n": types.GrantsExportDocument,
    "\n  mutation CreateGrant($input: GrantApplicationInput!) { createGrant(input: $input) { ...GrantDetailFields } }\n": types.CreateGrantDocument,
    "\n  mutation UpdateGrant($id: ID!, $expectedVersion: Int!, $input: GrantApplicationInput!) {\n    updateGrant(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n": types.UpdateGrantDocument,
    "\n  mutation SubmitGrant($id: ID!, $expectedVersion: Int!, $submittedDate: Date) {\n    submitGrant(id: $id, expectedVersion: $expectedVersion, submittedDate: $submittedDate) { ...GrantDetailFields }\n  }\n": types.SubmitGrantDocument,
    "\n  mutation DecideGrant($id: ID!, $expectedVersion: Int!, $input: DecisionInput!) {\n    decideGrant(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n": types.DecideGrantDocument,
    "\n  mutation TransitionGrant($id: ID!, $expectedVersion: Int!, $to: GrantTransition!) {\n    transitionGrant(id: $id, expectedVersion: $expectedVersion, to: $to) { ...GrantDetailFields }\n  }\n": types.TransitionGrantDocument,
    "\n  mutation AddCondition($grantId: ID!, $expectedVersion: Int!, $input: ConditionInput!) {\n    addCondition(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n": types.AddConditionDocument,
    "\n  mutation UpdateCondition($id: ID!, $expectedVersion: Int!, $input: ConditionInput!) {\n    updateCondition(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n": types.UpdateConditionDocument,
    "\n  mutation ResolveCondition($id: ID!, $expectedVersion: Int!, $input: ConditionResolutionInput!) {\n    resolveCondition(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n": types.ResolveConditionDocument,
    "\n  mutation AddReportRequirement($grantId: ID!, $expectedVersion: Int!, $input: ReportRequirementInput!) {\n    addReportRequirement(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n": types.AddReportRequirementDocument,
    "\n  mutation UpdateReportRequirement($id: ID!, $expectedVersion: Int!, $input: ReportRequirementInput!) {\n    updateReportRequirement(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n": types.UpdateReportRequirementDocument,
    "\n  mutation AddDisbursement($grantId: ID!, $expectedVersion: Int!, $input: DisbursementInput!) {\n    addDisbursement(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n": types.AddDisbursementDocument,
    "\n  mutation UpdateDisbursement($id: ID!, $expectedVersion: Int!, $input: DisbursementInput!) {\n    updateDisbursement(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n": types.UpdateDisbursementDocument,
    "\n  fragment GrantRow on Grant {\n    id\n    title\n    status\n    amountApplied\n    amountGranted\n    decisionDate\n    decisionPrecision\n    periodStartYear\n    periodEndYear\n    funder { id name shortName }\n    recipient { id name }\n  }\n": types.GrantRowFragmentDoc,
    "\n  query GrantsList($where: GrantWhere, $orderBy: [GrantOrder!], $first: Int!, $after: String) {\n    grants(where: $where, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...GrantRow } }\n    }\n    grantSummary(where: $where) { count amountApplied amountGranted }\n  }\n": types.GrantsListDocument,
    "\n  query GrantFilterOptions {\n    organisations(first: 100, orderBy: [{ field: NAME }]) {\n      edges {\n        node {\n          id\n          name\n          grantsAsFunder(first: 1) { totalCount }\n          grantsAsRecipient(first: 1) { totalCount }\n        }\n      }\n    }\n  }\n": types.GrantFilterOptionsDocument,
    "\n  fragment Passage on SourcePassage {\n    id\n    section\n    quote\n    document { id title reference }\n  }\n": types.PassageFragmentDoc,
    "\n  fragment GrantDetailFields on Grant {\n    id\n    version\n    title\n    description\n    status\n    amountApplied\n    amountGranted\n    funderReference\n    applicantReference\n    applicationDeadline\n    submittedDate\n    submittedPrecision\n    decisionDate\n    decisionPrecision\n    decisionText\n    periodStartYear\n    periodEndYear\n    note\n    funder { id name }\n    applicant { id name }\n    recipient { id name }\n    programme { id name }\n    project {\n      id\n      name\n      description\n      targetGroup\n      phase\n      owner { id name }\n      partnerRoles { id role fromYear toYear note organisation { id name } }\n    }\n    yearAmounts { id year amountApplied amountGranted }\n    conditions { id text dueDate blocksPayment evidence status resolvedDate resolvedBy sourcePassage { ...Passage } }\n    reportRequirements { id kind title dueDate status receivedDate approvedDate }\n    disbursements { id amount plannedDate paidDate status }\n    allowedTransitions { to allowed reason }\n    sourcePassage { ...Passage }\n    timeline { date precision kind title detail state actor change { ...AuditChangeFields } }\n    changes { ...AuditChangeFields }\n  }\n": types.GrantDetailFieldsFragmentDoc,
    "\n  query GrantDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Grant { ...GrantDetailFields }\n    }\n  }\n": types.GrantDetailDocument,
    "\n  query ApplicationOptions {\n    organisations(first: 100, orderBy: [{ field: NAME }]) { edges { node { id name } } }\n    programmes(first: 100) { edges { node { id name } } }\n    projects(first: 100, orderBy: [{ field: NAME }]) { edges { node { id name } } }\n  }\n": types.ApplicationOptionsDocument,
    "\n  fragment OpenDataFields on OpenDataSettings {\n    giving360Public giving360JsonPath giving360CsvPath version updatedAt\n    giving360Coverage { included leftOut }\n  }\n": types.OpenDataFieldsFragmentDoc,
    "\n  query OpenDataSettings { openDataSettings { ...OpenDataFields } }\n": types.OpenDataSettingsDocument,
    "\n  mutation SetOpenDataSettings($input: OpenDataSettingsInput!, $expectedVersion: Int) {\n    setOpenDataSettings(input: $input, expectedVersion: $expectedVersion) { ...OpenDataFields }\n  }\n": types.SetOpenDataSettingsDocument,
    "\n  query Organisations($where: OrganisationWhere) {\n    organisations(first: 100, where: $where, orderBy: [{ field: NAME }]) {\n      totalCount\n      edges { node { id name shortName kind municipality organisationNumber parent { id name } } }\n    }\n  }\n": types.OrganisationsDocument,
    "\n  fragment OrganisationFields on Organisation {\n    id\n    version\n    name\n    shortName\n    kind\n    municipality\n    organisationNumber\n    description\n    website\n    email\n    phone\n    address\n    parent { id name }\n    children { id name }\n  }\n": types.OrganisationFieldsFragmentDoc,
    "\n  query OrganisationDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Organisation {\n        ...OrganisationFields\n        partnerRoles { id version role fromYear toYear note project { id name } }\n        changes { ...AuditChangeFields }\n        contributions { id year kind amount status description project { id name } }\n        grantsAsFunder(first: 50) { totalCount edges { node { id title status amountGranted } } }\n        grantsAsApplicant(first: 50) { totalCount edges { node { id title status amountGranted } } }\n        grantsAsRecipient(first: 50) { totalCount edges { node { id title status amountGranted } } }\n        agreementsAsCounterpart { id title followUpClause nextFollowUpDue }\n        agreementsAsPrincipal { id title followUpClause nextFollowUpDue }\n      }\n    }\n  }\n": types.OrganisationDetailDocument,
    "\n  query PartnerNetwork {\n    partnerRoles(first: 100) {\n      edges { node { id role fromYear toYear project { id name } organisation { id name } } }\n    }\n  }\n": types.PartnerNetworkDocument,
    "\n  mutation CreateOrganisation($input: OrganisationInput!) { createOrganisation(input: $input) { ...OrganisationFields } }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!, $expectedVersion: Int) {\n    updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion) { ...OrganisationFields changes { ...AuditChangeFields } }\n  }\n": types.UpdateOrganisationDocument,
    "\n  mutation AddPartnerRole($input: PartnerRoleInput!) { addPartnerRole(input: $input) { id } }\n": types.AddPartnerRoleDocument,
    "\n  mutation DeletePartnerRole($id: ID!, $expectedVersion: Int) { deletePartnerRole(id: $id, expectedVersion: $expectedVersion) }\n": types.DeletePartnerRoleDocument,
    "\n  query ProgrammeOverview {\n    programmeOverview {\n      programmeId\n      programmeName\n      year\n      nationalAllocation\n      countyAllocation\n      allocationApproximate\n      applied\n      granted\n      disbursed\n      grantCount\n    }\n  }\n": types.ProgrammeOverviewDocument,
    "\n  fragment ProjectHeader on Project {\n    id\n    name\n    phase\n    municipality\n    startDate\n    startPrecision\n    endDate\n    endPrecision\n    owner { id name }\n    operator { id name }\n  }\n": types.ProjectHeaderFragmentDoc,
    "\n  query Projects($where: ProjectWhere) {\n    projects(where: $where, first: 100, orderBy: [{ field: NAME }]) {\n      totalCount\n      edges {\n        node {\n          ...ProjectHeader\n          grants(first: 1) { totalCount }\n        }\n      }\n    }\n  }\n": types.ProjectsDocument,
    "\n  query ProjectHub($id: ID!, $from: Date) {\n    node(id: $id) {\n      __typename\n      ... on Project {\n        ...ProjectHeader\n        description\n        lead\n        targetGroup\n        goals { id text longTerm position }\n        phases { id phase fromYear toYear note }\n        partnerRoles { id role fromYear toYear organisation { id name } }\n        grants(first: 100) {\n          totalCount\n          edges { node { ...GrantRow } }\n        }\n        evaluations { id title kind date dueDate }\n        observations { id indicator { id name unit } }\n        activities { id title date datePrecision }\n        financingOpeningYear\n        deadlines(from: $from) { date kind title grantId passed }\n        sourcePassage { ...Passage }\n      }\n    }\n  }\n": types.ProjectHubDocument,
    "\n  query Search($text: String!) {\n    search(text: $text, first: 6) {\n      grants { id title }\n      projects { id name }\n      organisations { id name }\n    }\n  }\n": types.SearchDocument,
    "\n  query SourceDocuments {\n    sourceDocuments(first: 100) {\n      totalCount\n      edges { node { id title kind reference year officer authorOrganisation { id name } } }\n    }\n  }\n": types.SourceDocumentsDocument,
    "\n  query SourceDocument($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on SourceDocument {\n        id\n        title\n        kind\n        reference\n        year\n        documentDate\n        meetingDate\n        officer\n        officerPhone\n        addressee\n        signatories\n        summary\n        originalText\n        authorOrganisation { id name }\n        passages { id section quote }\n      }\n    }\n  }\n": types.SourceDocumentDocument,
    "\n  fragment ObservationFields on Observation {\n    id\n    version\n    periodStart\n    periodEnd\n    breakdown\n    value\n    displayValue\n    suppressed\n    approximate\n    note\n    organisation { id name }\n    project { id name }\n    sourcePassage { id document { id title } }\n  }\n": types.ObservationFieldsFragmentDoc,
    "\n  fragment IndicatorFields on Indicator { id version name unit definition countsPeople observationCount }\n": types.IndicatorFieldsFragmentDoc,
    "\n  query Indicators($after: String) {\n    smallCountThreshold\n    indicators(first: 100, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...IndicatorFields } }\n    }\n  }\n": types.IndicatorsDocument,
    "\n  query IndicatorValues($id: ID!) {\n    node(id: $id) { __typename ... on Indicator { ...IndicatorFields observations { ...ObservationFields } } }\n  }\n": types.IndicatorValuesDocument,
    "\n  query IndicatorsExport($after: String) {\n    indicators(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          unit\n          observations { periodStart periodEnd breakdown displayValue note organisation { name } project { name } }\n        }\n      }\n    }\n  }\n": types.IndicatorsExportDocument,
    "\n  mutation UpdateObservation($id: ID!, $input: ObservationInput!, $expectedVersion: Int) {\n    updateObservation(id: $id, input: $input, expectedVersion: $expectedVersion) { id version }\n  }\n": types.UpdateObservationDocument,
    "\n  mutation DeleteObservation($id: ID!, $expectedVersion: Int) { deleteObservation(id: $id, expectedVersion: $expectedVersion) }\n": types.DeleteObservationDocument,
    "\n  mutation AddIndicator($input: IndicatorInput!) { addIndicator(input: $input) { id } }\n": types.AddIndicatorDocument,
    "\n  mutation UpdateIndicator($id: ID!, $input: IndicatorInput!, $expectedVersion: Int) {\n    updateIndicator(id: $id, input: $input, expectedVersion: $expectedVersion) { id version name unit definition countsPeople }\n  }\n": types.UpdateIndicatorDocument,
    "\n  query IndicatorTrail($id: ID!) { node(id: $id) { ... on Indicator { id changes { ...AuditChangeFields } } } }\n": types.IndicatorTrailDocument,
    "\n  mutation AddObservation($input: ObservationInput!) { addObservation(input: $input) { id } }\n": types.AddObservationDocument,
    "\n  fragment AuditChangeFields on AuditChange {\n    id createdAt actor action entityType entityId version\n    fields { field before after beforeName afterName }\n  }\n": types.AuditChangeFieldsFragmentDoc,
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
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) { ...ViewerFields }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) { ...ViewerFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut { logOut }\n"): (typeof documents)["\n  mutation LogOut { logOut }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOutEverywhere { logOutEverywhere }\n"): (typeof documents)["\n  mutation LogOutEverywhere { logOutEverywhere }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPasswordWithLink($token: String!, $password: String!) {\n    setPasswordWithLink(token: $token, password: $password) { ...ViewerFields }\n  }\n"): (typeof documents)["\n  mutation SetPasswordWithLink($token: String!, $password: String!) {\n    setPasswordWithLink(token: $token, password: $password) { ...ViewerFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: PasswordChangeInput!) { changePassword(input: $input) }\n"): (typeof documents)["\n  mutation ChangePassword($input: PasswordChangeInput!) { changePassword(input: $input) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccessTokenFields on AccessToken { id kind name prefix createdAt expiresAt lastUsedAt revokedAt }\n"): (typeof documents)["\n  fragment AccessTokenFields on AccessToken { id kind name prefix createdAt expiresAt lastUsedAt revokedAt }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTokens {\n    viewer { id accessTokens { ...AccessTokenFields } }\n  }\n"): (typeof documents)["\n  query MyTokens {\n    viewer { id accessTokens { ...AccessTokenFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccessToken($input: AccessTokenInput!) {\n    createAccessToken(input: $input) { token accessToken { ...AccessTokenFields } }\n  }\n"): (typeof documents)["\n  mutation CreateAccessToken($input: AccessTokenInput!) {\n    createAccessToken(input: $input) { token accessToken { ...AccessTokenFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendarToken($input: AccessTokenInput!) {\n    createCalendarToken(input: $input) { token accessToken { ...AccessTokenFields } }\n  }\n"): (typeof documents)["\n  mutation CreateCalendarToken($input: AccessTokenInput!) {\n    createCalendarToken(input: $input) { token accessToken { ...AccessTokenFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAccessToken($id: ID!) {\n    revokeAccessToken(id: $id) { ...AccessTokenFields }\n  }\n"): (typeof documents)["\n  mutation RevokeAccessToken($id: ID!) {\n    revokeAccessToken(id: $id) { ...AccessTokenFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id email name roles active hasPassword lastLoginAt version\n    projects { id name }\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    id email name roles active hasPassword lastLoginAt version\n    projects { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($where: UserWhere) {\n    users(first: 100, where: $where, orderBy: [{ field: NAME }]) {\n      totalCount\n      edges { node { ...UserFields } }\n    }\n  }\n"): (typeof documents)["\n  query Users($where: UserWhere) {\n    users(first: 100, where: $where, orderBy: [{ field: NAME }]) {\n      totalCount\n      edges { node { ...UserFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserHistory($id: ID!) {\n    node(id: $id) {\n      ... on User { id events { id action detail createdAt actor { name } } }\n    }\n  }\n"): (typeof documents)["\n  query UserHistory($id: ID!) {\n    node(id: $id) {\n      ... on User { id events { id action detail createdAt actor { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectOptions {\n    projects(first: 100, orderBy: [{ field: NAME }]) { edges { node { id name } } }\n  }\n"): (typeof documents)["\n  query ProjectOptions {\n    projects(first: 100, orderBy: [{ field: NAME }]) { edges { node { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: UserInput!, $password: String) {\n    inviteUser(input: $input, password: $password) {\n      user { ...UserFields }\n      passwordLink { url expiresAt }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: UserInput!, $password: String) {\n    inviteUser(input: $input, password: $password) {\n      user { ...UserFields }\n      passwordLink { url expiresAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $expectedVersion: Int!, $input: UserInput!) {\n    updateUser(id: $id, expectedVersion: $expectedVersion, input: $input) { ...UserFields }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $expectedVersion: Int!, $input: UserInput!) {\n    updateUser(id: $id, expectedVersion: $expectedVersion, input: $input) { ...UserFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($id: ID!, $expectedVersion: Int!, $active: Boolean!) {\n    setUserActive(id: $id, expectedVersion: $expectedVersion, active: $active) { ...UserFields }\n  }\n"): (typeof documents)["\n  mutation SetUserActive($id: ID!, $expectedVersion: Int!, $active: Boolean!) {\n    setUserActive(id: $id, expectedVersion: $expectedVersion, active: $active) { ...UserFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePasswordLink($id: ID!) {\n    createPasswordLink(id: $id) { url expiresAt }\n  }\n"): (typeof documents)["\n  mutation CreatePasswordLink($id: ID!) {\n    createPasswordLink(id: $id) { url expiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on User {\n    id\n    email\n    name\n    roles\n    permissions\n    version\n    projects { id name }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on User {\n    id\n    email\n    name\n    roles\n    permissions\n    version\n    projects { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer { ...ViewerFields }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer { ...ViewerFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttentionItemFields on AttentionItem {\n    kind\n    grantId\n    grantTitle\n    itemId\n    text\n    dueDate\n    daysLeft\n    amountGranted\n    amountPaid\n  }\n"): (typeof documents)["\n  fragment AttentionItemFields on AttentionItem {\n    kind\n    grantId\n    grantTitle\n    itemId\n    text\n    dueDate\n    daysLeft\n    amountGranted\n    amountPaid\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Attention($today: Date, $horizonDays: Int, $where: GrantWhere, $kinds: [AttentionKind!], $first: Int, $after: String) {\n    attention(today: $today, horizonDays: $horizonDays, where: $where, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      kindCounts { kind count }\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...AttentionItemFields } }\n    }\n  }\n"): (typeof documents)["\n  query Attention($today: Date, $horizonDays: Int, $where: GrantWhere, $kinds: [AttentionKind!], $first: Int, $after: String) {\n    attention(today: $today, horizonDays: $horizonDays, where: $where, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      kindCounts { kind count }\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...AttentionItemFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttentionExport($today: Date, $horizonDays: Int, $where: GrantWhere, $kinds: [AttentionKind!], $after: String) {\n    attention(today: $today, horizonDays: $horizonDays, where: $where, kinds: $kinds, first: 500, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...AttentionItemFields } }\n    }\n  }\n"): (typeof documents)["\n  query AttentionExport($today: Date, $horizonDays: Int, $where: GrantWhere, $kinds: [AttentionKind!], $after: String) {\n    attention(today: $today, horizonDays: $horizonDays, where: $where, kinds: $kinds, first: 500, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...AttentionItemFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditChanges($where: AuditEntryWhere, $first: Int, $after: String) {\n    auditChanges(where: $where, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...AuditChangeFields subjectName } }\n    }\n  }\n"): (typeof documents)["\n  query AuditChanges($where: AuditEntryWhere, $first: Int, $after: String) {\n    auditChanges(where: $where, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...AuditChangeFields subjectName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluationsOverview {\n    agreements(first: 100) {\n      edges {\n        node {\n          id\n          version\n          title\n          purpose\n          followUpClause\n          followUpIntervalYears\n          nextFollowUpDue\n          startDate\n          endDate\n          principal { id name }\n          counterparty { id name }\n          evaluations { id title replyDueDate receivedDate answers { id question { id } } }\n        }\n      }\n    }\n    evaluations(first: 100, orderBy: [{ field: TITLE }]) {\n      edges {\n        node {\n          id\n          version\n          kind\n          title\n          evaluatorName\n          evaluatorOrganisation { id name }\n          date\n          dueDate\n          replyDueDate\n          receivedDate\n          verdict\n          summary\n          project { id name }\n          agreement { id title }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvaluationsOverview {\n    agreements(first: 100) {\n      edges {\n        node {\n          id\n          version\n          title\n          purpose\n          followUpClause\n          followUpIntervalYears\n          nextFollowUpDue\n          startDate\n          endDate\n          principal { id name }\n          counterparty { id name }\n          evaluations { id title replyDueDate receivedDate answers { id question { id } } }\n        }\n      }\n    }\n    evaluations(first: 100, orderBy: [{ field: TITLE }]) {\n      edges {\n        node {\n          id\n          version\n          kind\n          title\n          evaluatorName\n          evaluatorOrganisation { id name }\n          date\n          dueDate\n          replyDueDate\n          receivedDate\n          verdict\n          summary\n          project { id name }\n          agreement { id title }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluationDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Evaluation {\n        id\n        version\n        kind\n        title\n        summary\n        verdict\n        evaluatorName\n        replyDueDate\n        receivedDate\n        date\n        dueDate\n        periodStart\n        periodEnd\n        documentUrl\n        contacts\n        project { id name }\n        agreement { id title followUpClause }\n        answers {\n          id\n          position\n          answer\n          question { id text answers { id answer evaluation { id title replyDueDate } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvaluationDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Evaluation {\n        id\n        version\n        kind\n        title\n        summary\n        verdict\n        evaluatorName\n        replyDueDate\n        receivedDate\n        date\n        dueDate\n        periodStart\n        periodEnd\n        documentUrl\n        contacts\n        project { id name }\n        agreement { id title followUpClause }\n        answers {\n          id\n          position\n          answer\n          question { id text answers { id answer evaluation { id title replyDueDate } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerQuestion($evaluationId: ID!, $position: Int!, $answer: String!, $expectedVersion: Int) {\n    answerQuestion(evaluationId: $evaluationId, position: $position, answer: $answer, expectedVersion: $expectedVersion) {\n      id\n      version\n      answers { id position answer }\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerQuestion($evaluationId: ID!, $position: Int!, $answer: String!, $expectedVersion: Int) {\n    answerQuestion(evaluationId: $evaluationId, position: $position, answer: $answer, expectedVersion: $expectedVersion) {\n      id\n      version\n      answers { id position answer }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvaluation($id: ID!, $input: EvaluationInput!, $expectedVersion: Int) {\n    updateEvaluation(id: $id, input: $input, expectedVersion: $expectedVersion) { id version }\n  }\n"): (typeof documents)["\n  mutation UpdateEvaluation($id: ID!, $input: EvaluationInput!, $expectedVersion: Int) {\n    updateEvaluation(id: $id, input: $input, expectedVersion: $expectedVersion) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgreement($input: AgreementInput!) { createAgreement(input: $input) { id } }\n"): (typeof documents)["\n  mutation CreateAgreement($input: AgreementInput!) { createAgreement(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgreement($id: ID!, $input: AgreementInput!, $expectedVersion: Int) {\n    updateAgreement(id: $id, input: $input, expectedVersion: $expectedVersion) { id version nextFollowUpDue followUpIntervalYears followUpClause }\n  }\n"): (typeof documents)["\n  mutation UpdateAgreement($id: ID!, $input: AgreementInput!, $expectedVersion: Int) {\n    updateAgreement(id: $id, input: $input, expectedVersion: $expectedVersion) { id version nextFollowUpDue followUpIntervalYears followUpClause }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEvaluation($input: EvaluationInput!) { addEvaluation(input: $input) { id } }\n"): (typeof documents)["\n  mutation AddEvaluation($input: EvaluationInput!) { addEvaluation(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementTrail($id: ID!) { node(id: $id) { ... on Agreement { id changes { ...AuditChangeFields } } } }\n"): (typeof documents)["\n  query AgreementTrail($id: ID!) { node(id: $id) { ... on Agreement { id changes { ...AuditChangeFields } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SavedQueryFields on SavedQuery { id version name description query variables shared ownerName mine updatedAt }\n"): (typeof documents)["\n  fragment SavedQueryFields on SavedQuery { id version name description query variables shared ownerName mine updatedAt }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedQueries($where: SavedQueryWhere, $first: Int) {\n    savedQueries(where: $where, first: $first) { totalCount edges { node { ...SavedQueryFields } } }\n  }\n"): (typeof documents)["\n  query SavedQueries($where: SavedQueryWhere, $first: Int) {\n    savedQueries(where: $where, first: $first) { totalCount edges { node { ...SavedQueryFields } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedQuery($id: ID!) {\n    node(id: $id) { __typename ... on SavedQuery { ...SavedQueryFields } }\n  }\n"): (typeof documents)["\n  query SavedQuery($id: ID!) {\n    node(id: $id) { __typename ... on SavedQuery { ...SavedQueryFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSavedQuery($input: SavedQueryInput!) { createSavedQuery(input: $input) { ...SavedQueryFields } }\n"): (typeof documents)["\n  mutation CreateSavedQuery($input: SavedQueryInput!) { createSavedQuery(input: $input) { ...SavedQueryFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSavedQuery($id: ID!, $input: SavedQueryInput!, $expectedVersion: Int) {\n    updateSavedQuery(id: $id, input: $input, expectedVersion: $expectedVersion) { ...SavedQueryFields }\n  }\n"): (typeof documents)["\n  mutation UpdateSavedQuery($id: ID!, $input: SavedQueryInput!, $expectedVersion: Int) {\n    updateSavedQuery(id: $id, input: $input, expectedVersion: $expectedVersion) { ...SavedQueryFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedQuery($id: ID!, $expectedVersion: Int) { deleteSavedQuery(id: $id, expectedVersion: $expectedVersion) }\n"): (typeof documents)["\n  mutation DeleteSavedQuery($id: ID!, $expectedVersion: Int) { deleteSavedQuery(id: $id, expectedVersion: $expectedVersion) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PossibleSourceFields on PossibleSource { kind name link lastYear lastAmount lastRecipientName eligibility }\n"): (typeof documents)["\n  fragment PossibleSourceFields on PossibleSource { kind name link lastYear lastAmount lastRecipientName eligibility }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinancingPortfolio($referenceYear: Int) {\n    financingPortfolio(referenceYear: $referenceYear) {\n      projectId\n      referenceYear\n      name\n      phase\n      thisYear { year need secured gap }\n      nextYear { year need secured gap }\n      latestYear { year need secured gap }\n      warnings { kind year gap }\n      nextUnfinancedYear { year need secured gap }\n      nextUnfinancedWarnings { kind year gap possibleSourceCount }\n    }\n  }\n"): (typeof documents)["\n  query FinancingPortfolio($referenceYear: Int) {\n    financingPortfolio(referenceYear: $referenceYear) {\n      projectId\n      referenceYear\n      name\n      phase\n      thisYear { year need secured gap }\n      nextYear { year need secured gap }\n      latestYear { year need secured gap }\n      warnings { kind year gap }\n      nextUnfinancedYear { year need secured gap }\n      nextUnfinancedWarnings { kind year gap possibleSourceCount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinancingPortfolioExport($referenceYear: Int) {\n    financingPortfolio(referenceYear: $referenceYear) {\n      projectId\n      name\n      phase\n      thisYear { year need secured gap }\n      nextYear { year gap }\n      warnings { kind year gap }\n      nextUnfinancedYear { year gap }\n      nextUnfinancedWarnings { kind year gap possibleSources { kind name } }\n    }\n  }\n"): (typeof documents)["\n  query FinancingPortfolioExport($referenceYear: Int) {\n    financingPortfolio(referenceYear: $referenceYear) {\n      projectId\n      name\n      phase\n      thisYear { year need secured gap }\n      nextYear { year gap }\n      warnings { kind year gap }\n      nextUnfinancedYear { year gap }\n      nextUnfinancedWarnings { kind year gap possibleSources { kind name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectFinancingFields on Project {\n    id\n    name\n    phase\n    owner { id name }\n    budgetYears { id version year amount ownFunding note }\n    contributions { id version year kind amount status description organisation { id name } }\n    coFinancing {\n      years\n      partners { organisationId name total cells { year contributions { contributionId kind status amount description } } }\n      yearTotals { year amount }\n      total\n    }\n    pendingApplications { id title amountApplied funder { id name } }\n    changes { ...AuditChangeFields }\n  }\n"): (typeof documents)["\n  fragment ProjectFinancingFields on Project {\n    id\n    name\n    phase\n    owner { id name }\n    budgetYears { id version year amount ownFunding note }\n    contributions { id version year kind amount status description organisation { id name } }\n    coFinancing {\n      years\n      partners { organisationId name total cells { year contributions { contributionId kind status amount description } } }\n      yearTotals { year amount }\n      total\n    }\n    pendingApplications { id title amountApplied funder { id name } }\n    changes { ...AuditChangeFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectFinancing($id: ID!, $from: Date) {\n    node(id: $id) {\n      __typename\n      ... on Project {\n        ...ProjectFinancingFields\n        financingOpeningYear\n        deadlines(from: $from) { date kind title grantId passed }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectFinancing($id: ID!, $from: Date) {\n    node(id: $id) {\n      __typename\n      ... on Project {\n        ...ProjectFinancingFields\n        financingOpeningYear\n        deadlines(from: $from) { date kind title grantId passed }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FinancingYearFields on FinancingYear {\n    year\n    need\n    needSource\n    secured\n    pending\n    gap\n    incomplete\n    sources { key label kind state amount detail }\n    totals { kind state amount }\n  }\n"): (typeof documents)["\n  fragment FinancingYearFields on FinancingYear {\n    year\n    need\n    needSource\n    secured\n    pending\n    gap\n    incomplete\n    sources { key label kind state amount detail }\n    totals { kind state amount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectFinancingFigures($id: ID!, $referenceYear: Int!, $whatIf: [WhatIfInput!]) {\n    node(id: $id) {\n      __typename\n      ... on Project {\n        id\n        financing(whatIf: $whatIf) { ...FinancingYearFields }\n        financingWarnings(referenceYear: $referenceYear, whatIf: $whatIf) {\n          kind\n          year\n          gap\n          possibleSources { ...PossibleSourceFields }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectFinancingFigures($id: ID!, $referenceYear: Int!, $whatIf: [WhatIfInput!]) {\n    node(id: $id) {\n      __typename\n      ... on Project {\n        id\n        financing(whatIf: $whatIf) { ...FinancingYearFields }\n        financingWarnings(referenceYear: $referenceYear, whatIf: $whatIf) {\n          kind\n          year\n          gap\n          possibleSources { ...PossibleSourceFields }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBudgetYear($projectId: ID!, $input: BudgetYearInput!, $expectedVersion: Int) {\n    setBudgetYear(projectId: $projectId, input: $input, expectedVersion: $expectedVersion) { ...ProjectFinancingFields }\n  }\n"): (typeof documents)["\n  mutation SetBudgetYear($projectId: ID!, $input: BudgetYearInput!, $expectedVersion: Int) {\n    setBudgetYear(projectId: $projectId, input: $input, expectedVersion: $expectedVersion) { ...ProjectFinancingFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBudgetYear($projectId: ID!, $year: Int!, $expectedVersion: Int) {\n    deleteBudgetYear(projectId: $projectId, year: $year, expectedVersion: $expectedVersion) { ...ProjectFinancingFields }\n  }\n"): (typeof documents)["\n  mutation DeleteBudgetYear($projectId: ID!, $year: Int!, $expectedVersion: Int) {\n    deleteBudgetYear(projectId: $projectId, year: $year, expectedVersion: $expectedVersion) { ...ProjectFinancingFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContribution($projectId: ID!, $input: ContributionInput!) { addContribution(projectId: $projectId, input: $input) { ...ProjectFinancingFields } }\n"): (typeof documents)["\n  mutation AddContribution($projectId: ID!, $input: ContributionInput!) { addContribution(projectId: $projectId, input: $input) { ...ProjectFinancingFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContribution($id: ID!, $input: ContributionInput!, $expectedVersion: Int) {\n    updateContribution(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ProjectFinancingFields }\n  }\n"): (typeof documents)["\n  mutation UpdateContribution($id: ID!, $input: ContributionInput!, $expectedVersion: Int) {\n    updateContribution(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ProjectFinancingFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContribution($id: ID!, $expectedVersion: Int) {\n    deleteContribution(id: $id, expectedVersion: $expectedVersion) { ...ProjectFinancingFields }\n  }\n"): (typeof documents)["\n  mutation DeleteContribution($id: ID!, $expectedVersion: Int) {\n    deleteContribution(id: $id, expectedVersion: $expectedVersion) { ...ProjectFinancingFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantsExport($where: GrantWhere, $orderBy: [GrantOrder!], $after: String) {\n    grants(where: $where, orderBy: $orderBy, first: 100, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          title\n          status\n          amountApplied\n          amountGranted\n          decisionDate\n          periodStartYear\n          periodEndYear\n          funderReference\n          funder { id name }\n          applicant { id name }\n          recipient { id name }\n          programme { id name }\n          project { id name }\n          disbursements { id amount status }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GrantsExport($where: GrantWhere, $orderBy: [GrantOrder!], $after: String) {\n    grants(where: $where, orderBy: $orderBy, first: 100, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          title\n          status\n          amountApplied\n          amountGranted\n          decisionDate\n          periodStartYear\n          periodEndYear\n          funderReference\n          funder { id name }\n          applicant { id name }\n          recipient { id name }\n          programme { id name }\n          project { id name }\n          disbursements { id amount status }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGrant($input: GrantApplicationInput!) { createGrant(input: $input) { ...GrantDetailFields } }\n"): (typeof documents)["\n  mutation CreateGrant($input: GrantApplicationInput!) { createGrant(input: $input) { ...GrantDetailFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGrant($id: ID!, $expectedVersion: Int!, $input: GrantApplicationInput!) {\n    updateGrant(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n"): (typeof documents)["\n  mutation UpdateGrant($id: ID!, $expectedVersion: Int!, $input: GrantApplicationInput!) {\n    updateGrant(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitGrant($id: ID!, $expectedVersion: Int!, $submittedDate: Date) {\n    submitGrant(id: $id, expectedVersion: $expectedVersion, submittedDate: $submittedDate) { ...GrantDetailFields }\n  }\n"): (typeof documents)["\n  mutation SubmitGrant($id: ID!, $expectedVersion: Int!, $submittedDate: Date) {\n    submitGrant(id: $id, expectedVersion: $expectedVersion, submittedDate: $submittedDate) { ...GrantDetailFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideGrant($id: ID!, $expectedVersion: Int!, $input: DecisionInput!) {\n    decideGrant(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n"): (typeof documents)["\n  mutation DecideGrant($id: ID!, $expectedVersion: Int!, $input: DecisionInput!) {\n    decideGrant(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionGrant($id: ID!, $expectedVersion: Int!, $to: GrantTransition!) {\n    transitionGrant(id: $id, expectedVersion: $expectedVersion, to: $to) { ...GrantDetailFields }\n  }\n"): (typeof documents)["\n  mutation TransitionGrant($id: ID!, $expectedVersion: Int!, $to: GrantTransition!) {\n    transitionGrant(id: $id, expectedVersion: $expectedVersion, to: $to) { ...GrantDetailFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCondition($grantId: ID!, $expectedVersion: Int!, $input: ConditionInput!) {\n    addCondition(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n"): (typeof documents)["\n  mutation AddCondition($grantId: ID!, $expectedVersion: Int!, $input: ConditionInput!) {\n    addCondition(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCondition($id: ID!, $expectedVersion: Int!, $input: ConditionInput!) {\n    updateCondition(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n"): (typeof documents)["\n  mutation UpdateCondition($id: ID!, $expectedVersion: Int!, $input: ConditionInput!) {\n    updateCondition(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveCondition($id: ID!, $expectedVersion: Int!, $input: ConditionResolutionInput!) {\n    resolveCondition(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n"): (typeof documents)["\n  mutation ResolveCondition($id: ID!, $expectedVersion: Int!, $input: ConditionResolutionInput!) {\n    resolveCondition(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddReportRequirement($grantId: ID!, $expectedVersion: Int!, $input: ReportRequirementInput!) {\n    addReportRequirement(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n"): (typeof documents)["\n  mutation AddReportRequirement($grantId: ID!, $expectedVersion: Int!, $input: ReportRequirementInput!) {\n    addReportRequirement(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReportRequirement($id: ID!, $expectedVersion: Int!, $input: ReportRequirementInput!) {\n    updateReportRequirement(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n"): (typeof documents)["\n  mutation UpdateReportRequirement($id: ID!, $expectedVersion: Int!, $input: ReportRequirementInput!) {\n    updateReportRequirement(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDisbursement($grantId: ID!, $expectedVersion: Int!, $input: DisbursementInput!) {\n    addDisbursement(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n"): (typeof documents)["\n  mutation AddDisbursement($grantId: ID!, $expectedVersion: Int!, $input: DisbursementInput!) {\n    addDisbursement(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDisbursement($id: ID!, $expectedVersion: Int!, $input: DisbursementInput!) {\n    updateDisbursement(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n"): (typeof documents)["\n  mutation UpdateDisbursement($id: ID!, $expectedVersion: Int!, $input: DisbursementInput!) {\n    updateDisbursement(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GrantRow on Grant {\n    id\n    title\n    status\n    amountApplied\n    amountGranted\n    decisionDate\n    decisionPrecision\n    periodStartYear\n    periodEndYear\n    funder { id name shortName }\n    recipient { id name }\n  }\n"): (typeof documents)["\n  fragment GrantRow on Grant {\n    id\n    title\n    status\n    amountApplied\n    amountGranted\n    decisionDate\n    decisionPrecision\n    periodStartYear\n    periodEndYear\n    funder { id name shortName }\n    recipient { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantsList($where: GrantWhere, $orderBy: [GrantOrder!], $first: Int!, $after: String) {\n    grants(where: $where, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...GrantRow } }\n    }\n    grantSummary(where: $where) { count amountApplied amountGranted }\n  }\n"): (typeof documents)["\n  query GrantsList($where: GrantWhere, $orderBy: [GrantOrder!], $first: Int!, $after: String) {\n    grants(where: $where, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...GrantRow } }\n    }\n    grantSummary(where: $where) { count amountApplied amountGranted }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantFilterOptions {\n    organisations(first: 100, orderBy: [{ field: NAME }]) {\n      edges {\n        node {\n          id\n          name\n          grantsAsFunder(first: 1) { totalCount }\n          grantsAsRecipient(first: 1) { totalCount }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GrantFilterOptions {\n    organisations(first: 100, orderBy: [{ field: NAME }]) {\n      edges {\n        node {\n          id\n          name\n          grantsAsFunder(first: 1) { totalCount }\n          grantsAsRecipient(first: 1) { totalCount }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Passage on SourcePassage {\n    id\n    section\n    quote\n    document { id title reference }\n  }\n"): (typeof documents)["\n  fragment Passage on SourcePassage {\n    id\n    section\n    quote\n    document { id title reference }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GrantDetailFields on Grant {\n    id\n    version\n    title\n    description\n    status\n    amountApplied\n    amountGranted\n    funderReference\n    applicantReference\n    applicationDeadline\n    submittedDate\n    submittedPrecision\n    decisionDate\n    decisionPrecision\n    decisionText\n    periodStartYear\n    periodEndYear\n    note\n    funder { id name }\n    applicant { id name }\n    recipient { id name }\n    programme { id name }\n    project {\n      id\n      name\n      description\n      targetGroup\n      phase\n      owner { id name }\n      partnerRoles { id role fromYear toYear note organisation { id name } }\n    }\n    yearAmounts { id year amountApplied amountGranted }\n    conditions { id text dueDate blocksPayment evidence status resolvedDate resolvedBy sourcePassage { ...Passage } }\n    reportRequirements { id kind title dueDate status receivedDate approvedDate }\n    disbursements { id amount plannedDate paidDate status }\n    allowedTransitions { to allowed reason }\n    sourcePassage { ...Passage }\n    timeline { date precision kind title detail state actor change { ...AuditChangeFields } }\n    changes { ...AuditChangeFields }\n  }\n"): (typeof documents)["\n  fragment GrantDetailFields on Grant {\n    id\n    version\n    title\n    description\n    status\n    amountApplied\n    amountGranted\n    funderReference\n    applicantReference\n    applicationDeadline\n    submittedDate\n    submittedPrecision\n    decisionDate\n    decisionPrecision\n    decisionText\n    periodStartYear\n    periodEndYear\n    note\n    funder { id name }\n    applicant { id name }\n    recipient { id name }\n    programme { id name }\n    project {\n      id\n      name\n      description\n      targetGroup\n      phase\n      owner { id name }\n      partnerRoles { id role fromYear toYear note organisation { id name } }\n    }\n    yearAmounts { id year amountApplied amountGranted }\n    conditions { id text dueDate blocksPayment evidence status resolvedDate resolvedBy sourcePassage { ...Passage } }\n    reportRequirements { id kind title dueDate status receivedDate approvedDate }\n    disbursements { id amount plannedDate paidDate status }\n    allowedTransitions { to allowed reason }\n    sourcePassage { ...Passage }\n    timeline { date precision kind title detail state actor change { ...AuditChangeFields } }\n    changes { ...AuditChangeFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Grant { ...GrantDetailFields }\n    }\n  }\n"): (typeof documents)["\n  query GrantDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Grant { ...GrantDetailFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationOptions {\n    organisations(first: 100, orderBy: [{ field: NAME }]) { edges { node { id name } } }\n    programmes(first: 100) { edges { node { id name } } }\n    projects(first: 100, orderBy: [{ field: NAME }]) { edges { node { id name } } }\n  }\n"): (typeof documents)["\n  query ApplicationOptions {\n    organisations(first: 100, orderBy: [{ field: NAME }]) { edges { node { id name } } }\n    programmes(first: 100) { edges { node { id name } } }\n    projects(first: 100, orderBy: [{ field: NAME }]) { edges { node { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpenDataFields on OpenDataSettings {\n    giving360Public giving360JsonPath giving360CsvPath version updatedAt\n    giving360Coverage { included leftOut }\n  }\n"): (typeof documents)["\n  fragment OpenDataFields on OpenDataSettings {\n    giving360Public giving360JsonPath giving360CsvPath version updatedAt\n    giving360Coverage { included leftOut }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenDataSettings { openDataSettings { ...OpenDataFields } }\n"): (typeof documents)["\n  query OpenDataSettings { openDataSettings { ...OpenDataFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOpenDataSettings($input: OpenDataSettingsInput!, $expectedVersion: Int) {\n    setOpenDataSettings(input: $input, expectedVersion: $expectedVersion) { ...OpenDataFields }\n  }\n"): (typeof documents)["\n  mutation SetOpenDataSettings($input: OpenDataSettingsInput!, $expectedVersion: Int) {\n    setOpenDataSettings(input: $input, expectedVersion: $expectedVersion) { ...OpenDataFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations($where: OrganisationWhere) {\n    organisations(first: 100, where: $where, orderBy: [{ field: NAME }]) {\n      totalCount\n      edges { node { id name shortName kind municipality organisationNumber parent { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query Organisations($where: OrganisationWhere) {\n    organisations(first: 100, where: $where, orderBy: [{ field: NAME }]) {\n      totalCount\n      edges { node { id name shortName kind municipality organisationNumber parent { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationFields on Organisation {\n    id\n    version\n    name\n    shortName\n    kind\n    municipality\n    organisationNumber\n    description\n    website\n    email\n    phone\n    address\n    parent { id name }\n    children { id name }\n  }\n"): (typeof documents)["\n  fragment OrganisationFields on Organisation {\n    id\n    version\n    name\n    shortName\n    kind\n    municipality\n    organisationNumber\n    description\n    website\n    email\n    phone\n    address\n    parent { id name }\n    children { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Organisation {\n        ...OrganisationFields\n        partnerRoles { id version role fromYear toYear note project { id name } }\n        changes { ...AuditChangeFields }\n        contributions { id year kind amount status description project { id name } }\n        grantsAsFunder(first: 50) { totalCount edges { node { id title status amountGranted } } }\n        grantsAsApplicant(first: 50) { totalCount edges { node { id title status amountGranted } } }\n        grantsAsRecipient(first: 50) { totalCount edges { node { id title status amountGranted } } }\n        agreementsAsCounterpart { id title followUpClause nextFollowUpDue }\n        agreementsAsPrincipal { id title followUpClause nextFollowUpDue }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Organisation {\n        ...OrganisationFields\n        partnerRoles { id version role fromYear toYear note project { id name } }\n        changes { ...AuditChangeFields }\n        contributions { id year kind amount status description project { id name } }\n        grantsAsFunder(first: 50) { totalCount edges { node { id title status amountGranted } } }\n        grantsAsApplicant(first: 50) { totalCount edges { node { id title status amountGranted } } }\n        grantsAsRecipient(first: 50) { totalCount edges { node { id title status amountGranted } } }\n        agreementsAsCounterpart { id title followUpClause nextFollowUpDue }\n        agreementsAsPrincipal { id title followUpClause nextFollowUpDue }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerNetwork {\n    partnerRoles(first: 100) {\n      edges { node { id role fromYear toYear project { id name } organisation { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query PartnerNetwork {\n    partnerRoles(first: 100) {\n      edges { node { id role fromYear toYear project { id name } organisation { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: OrganisationInput!) { createOrganisation(input: $input) { ...OrganisationFields } }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: OrganisationInput!) { createOrganisation(input: $input) { ...OrganisationFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!, $expectedVersion: Int) {\n    updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion) { ...OrganisationFields changes { ...AuditChangeFields } }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!, $expectedVersion: Int) {\n    updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion) { ...OrganisationFields changes { ...AuditChangeFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPartnerRole($input: PartnerRoleInput!) { addPartnerRole(input: $input) { id } }\n"): (typeof documents)["\n  mutation AddPartnerRole($input: PartnerRoleInput!) { addPartnerRole(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePartnerRole($id: ID!, $expectedVersion: Int) { deletePartnerRole(id: $id, expectedVersion: $expectedVersion) }\n"): (typeof documents)["\n  mutation DeletePartnerRole($id: ID!, $expectedVersion: Int) { deletePartnerRole(id: $id, expectedVersion: $expectedVersion) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeOverview {\n    programmeOverview {\n      programmeId\n      programmeName\n      year\n      nationalAllocation\n      countyAllocation\n      allocationApproximate\n      applied\n      granted\n      disbursed\n      grantCount\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeOverview {\n    programmeOverview {\n      programmeId\n      programmeName\n      year\n      nationalAllocation\n      countyAllocation\n      allocationApproximate\n      applied\n      granted\n      disbursed\n      grantCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectHeader on Project {\n    id\n    name\n    phase\n    municipality\n    startDate\n    startPrecision\n    endDate\n    endPrecision\n    owner { id name }\n    operator { id name }\n  }\n"): (typeof documents)["\n  fragment ProjectHeader on Project {\n    id\n    name\n    phase\n    municipality\n    startDate\n    startPrecision\n    endDate\n    endPrecision\n    owner { id name }\n    operator { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Projects($where: ProjectWhere) {\n    projects(where: $where, first: 100, orderBy: [{ field: NAME }]) {\n      totalCount\n      edges {\n        node {\n          ...ProjectHeader\n          grants(first: 1) { totalCount }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Projects($where: ProjectWhere) {\n    projects(where: $where, first: 100, orderBy: [{ field: NAME }]) {\n      totalCount\n      edges {\n        node {\n          ...ProjectHeader\n          grants(first: 1) { totalCount }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectHub($id: ID!, $from: Date) {\n    node(id: $id) {\n      __typename\n      ... on Project {\n        ...ProjectHeader\n        description\n        lead\n        targetGroup\n        goals { id text longTerm position }\n        phases { id phase fromYear toYear note }\n        partnerRoles { id role fromYear toYear organisation { id name } }\n        grants(first: 100) {\n          totalCount\n          edges { node { ...GrantRow } }\n        }\n        evaluations { id title kind date dueDate }\n        observations { id indicator { id name unit } }\n        activities { id title date datePrecision }\n        financingOpeningYear\n        deadlines(from: $from) { date kind title grantId passed }\n        sourcePassage { ...Passage }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectHub($id: ID!, $from: Date) {\n    node(id: $id) {\n      __typename\n      ... on Project {\n        ...ProjectHeader\n        description\n        lead\n        targetGroup\n        goals { id text longTerm position }\n        phases { id phase fromYear toYear note }\n        partnerRoles { id role fromYear toYear organisation { id name } }\n        grants(first: 100) {\n          totalCount\n          edges { node { ...GrantRow } }\n        }\n        evaluations { id title kind date dueDate }\n        observations { id indicator { id name unit } }\n        activities { id title date datePrecision }\n        financingOpeningYear\n        deadlines(from: $from) { date kind title grantId passed }\n        sourcePassage { ...Passage }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!) {\n    search(text: $text, first: 6) {\n      grants { id title }\n      projects { id name }\n      organisations { id name }\n    }\n  }\n"): (typeof documents)["\n  query Search($text: String!) {\n    search(text: $text, first: 6) {\n      grants { id title }\n      projects { id name }\n      organisations { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourceDocuments {\n    sourceDocuments(first: 100) {\n      totalCount\n      edges { node { id title kind reference year officer authorOrganisation { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query SourceDocuments {\n    sourceDocuments(first: 100) {\n      totalCount\n      edges { node { id title kind reference year officer authorOrganisation { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourceDocument($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on SourceDocument {\n        id\n        title\n        kind\n        reference\n        year\n        documentDate\n        meetingDate\n        officer\n        officerPhone\n        addressee\n        signatories\n        summary\n        originalText\n        authorOrganisation { id name }\n        passages { id section quote }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SourceDocument($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on SourceDocument {\n        id\n        title\n        kind\n        reference\n        year\n        documentDate\n        meetingDate\n        officer\n        officerPhone\n        addressee\n        signatories\n        summary\n        originalText\n        authorOrganisation { id name }\n        passages { id section quote }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ObservationFields on Observation {\n    id\n    version\n    periodStart\n    periodEnd\n    breakdown\n    value\n    displayValue\n    suppressed\n    approximate\n    note\n    organisation { id name }\n    project { id name }\n    sourcePassage { id document { id title } }\n  }\n"): (typeof documents)["\n  fragment ObservationFields on Observation {\n    id\n    version\n    periodStart\n    periodEnd\n    breakdown\n    value\n    displayValue\n    suppressed\n    approximate\n    note\n    organisation { id name }\n    project { id name }\n    sourcePassage { id document { id title } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndicatorFields on Indicator { id version name unit definition countsPeople observationCount }\n"): (typeof documents)["\n  fragment IndicatorFields on Indicator { id version name unit definition countsPeople observationCount }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Indicators($after: String) {\n    smallCountThreshold\n    indicators(first: 100, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...IndicatorFields } }\n    }\n  }\n"): (typeof documents)["\n  query Indicators($after: String) {\n    smallCountThreshold\n    indicators(first: 100, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...IndicatorFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorValues($id: ID!) {\n    node(id: $id) { __typename ... on Indicator { ...IndicatorFields observations { ...ObservationFields } } }\n  }\n"): (typeof documents)["\n  query IndicatorValues($id: ID!) {\n    node(id: $id) { __typename ... on Indicator { ...IndicatorFields observations { ...ObservationFields } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorsExport($after: String) {\n    indicators(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          unit\n          observations { periodStart periodEnd breakdown displayValue note organisation { name } project { name } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorsExport($after: String) {\n    indicators(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          unit\n          observations { periodStart periodEnd breakdown displayValue note organisation { name } project { name } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateObservation($id: ID!, $input: ObservationInput!, $expectedVersion: Int) {\n    updateObservation(id: $id, input: $input, expectedVersion: $expectedVersion) { id version }\n  }\n"): (typeof documents)["\n  mutation UpdateObservation($id: ID!, $input: ObservationInput!, $expectedVersion: Int) {\n    updateObservation(id: $id, input: $input, expectedVersion: $expectedVersion) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteObservation($id: ID!, $expectedVersion: Int) { deleteObservation(id: $id, expectedVersion: $expectedVersion) }\n"): (typeof documents)["\n  mutation DeleteObservation($id: ID!, $expectedVersion: Int) { deleteObservation(id: $id, expectedVersion: $expectedVersion) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddIndicator($input: IndicatorInput!) { addIndicator(input: $input) { id } }\n"): (typeof documents)["\n  mutation AddIndicator($input: IndicatorInput!) { addIndicator(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIndicator($id: ID!, $input: IndicatorInput!, $expectedVersion: Int) {\n    updateIndicator(id: $id, input: $input, expectedVersion: $expectedVersion) { id version name unit definition countsPeople }\n  }\n"): (typeof documents)["\n  mutation UpdateIndicator($id: ID!, $input: IndicatorInput!, $expectedVersion: Int) {\n    updateIndicator(id: $id, input: $input, expectedVersion: $expectedVersion) { id version name unit definition countsPeople }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorTrail($id: ID!) { node(id: $id) { ... on Indicator { id changes { ...AuditChangeFields } } } }\n"): (typeof documents)["\n  query IndicatorTrail($id: ID!) { node(id: $id) { ... on Indicator { id changes { ...AuditChangeFields } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddObservation($input: ObservationInput!) { addObservation(input: $input) { id } }\n"): (typeof documents)["\n  mutation AddObservation($input: ObservationInput!) { addObservation(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditChangeFields on AuditChange {\n    id createdAt actor action entityType entityId version\n    fields { field before after beforeName afterName }\n  }\n"): (typeof documents)["\n  fragment AuditChangeFields on AuditChange {\n    id createdAt actor action entityType entityId version\n    fields { field before after beforeName afterName }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;