import { type Cell, type ProtectedCell, protectGroup } from "./suppression";

/**
 * Which observations belong together – the one rule used both to protect small counts
 * (protectObservations) and to check a value against its total and breakdowns
 * (validateObservation) and who may change them (refuseChangeInProtectedGroup).
 *
 * A group is one indicator, one period (the same first and last day) and one population:
 * - the project's, when the value names a project, whichever organisation reported it (or none):
 *   the organisation only says who reported the project's figure, so "project" and "project +
 *   organisation" describe the same people and a total and its breakdowns cannot be split
 *   between them – the hole where each was protected on its own and subtraction recovered the
 *   hidden one;
 * - else the organisation's own work, when the value names only an organisation;
 * - else the indicator's figure with no reporter at all.
 * Every way of naming the reporter of one population therefore lands in one group. An
 * organisation's own figure and one of its projects' are different populations (the
 * organisation's may cover several projects and more), so they are neither compared nor
 * protected together: enter a project's figures with the project.
 */
export type Reported = {
  indicatorId: string;
  /** ÅÅÅÅ-MM-DD, or null where the source gives no period. */
  periodStart: string | null;
  periodEnd: string | null;
  projectId?: string | null;
  organisationId?: string | null;
};

/** The population a value describes: its project, else its organisation, else nobody in particular. */
export function populationOf(o: Pick<Reported, "projectId" | "organisationId">): string {
  if (o.projectId) return `project:${o.projectId}`;
  if (o.organisationId) return `organisation:${o.organisationId}`;
  return "unreported";
}

/** The protection group of a value: indicator, period and population. */
export function protectionGroupOf(o: Reported): string {
  return [o.indicatorId, o.periodStart ?? "", o.periodEnd ?? "", populationOf(o)].join("|");
}

export type ProtectableObservation = Reported & Cell;

/**
 * Small-count protection for stored values of indicators that count people, group by group.
 * Values of other indicators must not be passed in: they are never protected.
 */
export function protectObservations(observations: ProtectableObservation[], threshold: number): Map<string, ProtectedCell> {
  const groups = new Map<string, ProtectableObservation[]>();
  for (const o of observations) {
    const key = protectionGroupOf(o);
    const group = groups.get(key);
    if (group) group.push(o);
    else groups.set(key, [o]);
  }
  const result = new Map<string, ProtectedCell>();
  for (const cells of groups.values()) for (const p of protectGroup(cells, threshold)) result.set(p.id, p);
  return result;
}
