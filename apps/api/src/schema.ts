import { builder } from "./builder";
import { LIMITS_DESCRIPTION } from "./limits/limits";
import { describeRelayTypes } from "./relay-descriptions";
import { DateScalar, DateTimeScalar, MoneyScalar } from "./scalars";
import "./modules/organisations/organisation";
import "./modules/source-documents/source-document";
import "./modules/programmes/programme";
import "./modules/projects/project";
import "./modules/grants/grant.type";
import "./modules/grants/grant.queries";
import "./modules/grants/grant.mutations";
import "./modules/grants/grant-timeline";
import "./modules/audit/audit-entry";
import "./modules/audit/audit-changes-query";
import "./modules/attention/attention";
import "./modules/search/search";
import "./modules/programmes/programme-overview";
import "./modules/financing/financing.queries";
import "./modules/financing/financing.mutations";
import "./modules/statistics/statistics.mutations";
import "./modules/organisations/organisation.mutations";
import "./modules/evaluations/evaluation.mutations";
import "./modules/agreements/agreement.mutations";
import "./modules/projects/partner-role.mutations";
import "./modules/contributions/contribution";
import "./modules/agreements/agreement";
import "./modules/evaluations/evaluation";
import "./modules/statistics/statistics";
import "./modules/activities/activity";
import "./modules/accounts/account.types";
import "./modules/accounts/account.queries";
import "./modules/accounts/account.mutations";
import "./modules/saved-queries/saved-query";
import "./modules/saved-queries/saved-query.mutations";
import "./modules/open-data/open-data";
import "./modules/aggregates/grant-aggregate";
import "./modules/aggregates/contribution-aggregate";
import "./modules/aggregates/partner-role-aggregate";

builder.addScalarType("Money", MoneyScalar);
builder.addScalarType("Date", DateScalar);
builder.addScalarType("DateTime", DateTimeScalar);

// Deny by default: every query and mutation needs a logged-in user, and each adds its own rule.
builder.queryType({
  description: `Bidragskollen: public money for work against men's violence against women. Every field needs a logged-in user (session cookie or \`Authorization: Bearer <personal access token>\`); what each role may read is in the README. ${LIMITS_DESCRIPTION}`,
  authScopes: { authenticated: true },
});
builder.mutationType({
  description:
    "Changes, each allowed to the roles its description names. Every change to a grant or its parts carries the version last read and is recorded in the audit trail with the logged-in user.",
  authScopes: { authenticated: true },
});

export const schema = describeRelayTypes(builder.toSchema({ sortSchema: true }));
