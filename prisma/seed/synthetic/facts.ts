import type { Prisma } from "@bk/domain/server";
import type { Parties } from "./parties";
import type { Random } from "./random";
import { LAST_YEAR } from "./sizes";

/** A partner's co-financing of a project year: cash always with an amount, in kind sometimes without. */
export function generateContribution(r: Random, parties: Parties): Prisma.ContributionCreateManyInput {
  const project = r.pick(parties.projects);
  const kind = r.chance(0.7) ? "CASH" : "IN_KIND";
  return {
    id: r.uuid(),
    projectId: project.id,
    organisationId: r.chance(0.5) ? project.ownerId : r.pick(parties.recipients).id,
    year: Math.min(LAST_YEAR, project.startYear + r.int(0, 3)),
    kind,
    amount: kind === "CASH" || r.chance(0.5) ? r.money(5_000, 800_000) : null,
    description: kind === "IN_KIND" ? r.pick(["lokaler", "personal", "handledning"]) : null,
    status: r.pick(["PLEDGED", "COMMITTED", "RECEIVED"] as const),
  };
}

const BREAKDOWNS = [null, null, null, "kvinnor", "barn", "bosatt i kommunen"] as const;

/** An indicator's value for a project over a month or a year; counts of people are whole and often small. */
export function generateObservation(r: Random, parties: Parties): Prisma.ObservationCreateManyInput {
  const project = r.pick(parties.projects);
  const indicator = r.pick(parties.indicators);
  const year = Math.min(LAST_YEAR, project.startYear + r.int(0, 4));
  const monthly = r.chance(0.6);
  const month = monthly ? r.int(0, 11) : 0;
  return {
    id: r.uuid(),
    indicatorId: indicator.id,
    projectId: project.id,
    organisationId: project.ownerId,
    periodStart: new Date(Date.UTC(year, month, 1)),
    periodEnd: monthly ? new Date(Date.UTC(year, month + 1, 0)) : new Date(Date.UTC(year, 11, 31)),
    breakdown: r.pick(BREAKDOWNS),
    value: indicator.countsPeople ? String(r.int(0, 120)) : r.money(0, 5000),
    approximate: r.chance(0.05),
  };
}
