/**
 * The permission matrix: for every root query and mutation, what an anonymous caller and each
 * role may do. One row per operation, one letter per caller in the order of CALLERS:
 *   Y  allowed (whatever the operation then says of its arguments: BAD_USER_INPUT, NOT_FOUND …)
 *   -  refused before it runs: UNAUTHENTICATED for the anonymous caller, FORBIDDEN for a role
 *   o  allowed for the caller's own objects only: with another project's (or nobody's) id, FORBIDDEN
 *      (their own objects are tried in project-lead.test.ts)
 * An operation without a row fails the test: a new query or mutation must say who may use it.
 */
export const CALLERS = ["anonymous", "ADMIN", "CASE_OFFICER", "PROJECT_LEAD", "ANALYST", "STATISTICIAN"] as const;

const GRANTS = "-YY---";
const CASE_WORK = "-YY---";
const FINANCING = "-Y-o--";
const STATISTICS = "-Y-o-Y";
const INDICATORS = "-Y---Y";
const EVERYONE_LOGGED_IN = "-YYYYY";
const ADMINS = "-Y----";

export const MUTATIONS: Record<string, string> = {
  createGrant: GRANTS,
  updateGrant: GRANTS,
  submitGrant: GRANTS,
  decideGrant: GRANTS,
  transitionGrant: GRANTS,
  addCondition: GRANTS,
  updateCondition: GRANTS,
  resolveCondition: GRANTS,
  addReportRequirement: GRANTS,
  updateReportRequirement: GRANTS,
  addDisbursement: GRANTS,
  updateDisbursement: GRANTS,
  createOrganisation: CASE_WORK,
  updateOrganisation: CASE_WORK,
  addPartnerRole: CASE_WORK,
  deletePartnerRole: CASE_WORK,
  createAgreement: CASE_WORK,
  updateAgreement: CASE_WORK,
  addEvaluation: CASE_WORK,
  updateEvaluation: CASE_WORK,
  answerQuestion: CASE_WORK,
  setBudgetYear: FINANCING,
  deleteBudgetYear: FINANCING,
  addContribution: FINANCING,
  updateContribution: FINANCING,
  deleteContribution: FINANCING,
  addIndicator: INDICATORS,
  updateIndicator: INDICATORS,
  addObservation: STATISTICS,
  updateObservation: STATISTICS,
  deleteObservation: STATISTICS,
  logIn: "YYYYYY",
  setPasswordWithLink: "YYYYYY",
  logOut: EVERYONE_LOGGED_IN,
  logOutEverywhere: EVERYONE_LOGGED_IN,
  changePassword: EVERYONE_LOGGED_IN,
  createAccessToken: EVERYONE_LOGGED_IN,
  createCalendarToken: EVERYONE_LOGGED_IN,
  revokeAccessToken: "-ooooo",
  inviteUser: ADMINS,
  updateUser: ADMINS,
  setUserActive: ADMINS,
  createPasswordLink: ADMINS,
  // Everyone logged in may use the explorer and save queries; only the owner changes one, and an
  // administrator may also delete a shared one (with nobody's id: NOT_FOUND to an administrator).
  createSavedQuery: EVERYONE_LOGGED_IN,
  updateSavedQuery: "-ooooo",
  deleteSavedQuery: "-Yoooo",
  setOpenDataSettings: ADMINS,
};

export const QUERIES: Record<string, string> = {
  viewer: "YYYYYY",
  users: ADMINS,
  node: "-YYoYY",
  nodes: "-YYoYY",
  activities: EVERYONE_LOGGED_IN,
  agreements: EVERYONE_LOGGED_IN,
  attention: EVERYONE_LOGGED_IN,
  auditChanges: EVERYONE_LOGGED_IN,
  auditEntries: EVERYONE_LOGGED_IN,
  contributionAggregate: EVERYONE_LOGGED_IN,
  contributions: EVERYONE_LOGGED_IN,
  evaluations: EVERYONE_LOGGED_IN,
  financingPortfolio: EVERYONE_LOGGED_IN,
  grantAggregate: EVERYONE_LOGGED_IN,
  grantSummary: EVERYONE_LOGGED_IN,
  grants: EVERYONE_LOGGED_IN,
  indicators: EVERYONE_LOGGED_IN,
  observations: EVERYONE_LOGGED_IN,
  openDataSettings: EVERYONE_LOGGED_IN,
  observationAggregate: EVERYONE_LOGGED_IN,
  organisations: EVERYONE_LOGGED_IN,
  partnerRoleAggregate: EVERYONE_LOGGED_IN,
  partnerRoles: EVERYONE_LOGGED_IN,
  programmeOverview: EVERYONE_LOGGED_IN,
  programmes: EVERYONE_LOGGED_IN,
  projects: EVERYONE_LOGGED_IN,
  savedQueries: EVERYONE_LOGGED_IN,
  search: EVERYONE_LOGGED_IN,
  smallCountThreshold: EVERYONE_LOGGED_IN,
  sourceDocuments: EVERYONE_LOGGED_IN,
};
