import { GrantWhereInput } from "../grants/grant.queries";
import { grantListSpec } from "../grants/grant-list-spec";
import { defineAggregateQuery } from "./aggregate-query";
import { grantFact } from "./grant-fact";

defineAggregateQuery(
  "grantAggregate",
  grantFact,
  { spec: grantListSpec, where: GrantWhereInput },
  "Bidrag i grupper: counts and sums (applied, granted, paid, remaining) of the grants matching `where` (the list's filter), grouped by one to four dimensions at once (e.g. [YEAR, FUNDER]: granted per year per funder), sorted by any measure or dimension, paged over the groups (offset cursors). A key naming an organisation, programme or project carries its global id (usable in `grants(where: …)`) and the entity. By YEAR, amounts are each year's share and count counts a grant in each of its years; `totals` are over the same rows (count: distinct grants). For readers of everything, payments count in the groups of their grant (by YEAR in the year paid), so a group may hold only payments (count 0). One SQL statement (GROUP BY in PostgreSQL) whatever the number of grants.",
);
