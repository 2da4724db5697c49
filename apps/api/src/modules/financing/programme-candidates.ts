import { IN_FAVOUR, type OrganisationKind, type ProgrammeCandidate, type ProgrammeSubject, programmeCovers } from "@bk/domain";
import { Prisma } from "@bk/domain/server";
import DataLoader from "dataloader";
import { ownProjectsWhere } from "../../auth/visibility";
import type { Context } from "../../context";
import type { ProjectForFinancing } from "./financing-input";

/** Whom a project's money goes to: its grants' recipients, or (without grants) its owner and operator. */
export function programmeSubject(p: ProjectForFinancing & { id: string }): ProgrammeSubject {
  const orgs = p.grants.length ? p.grants.map((g) => g.recipient) : [p.owner, p.operator].flatMap((o) => (o ? [o] : []));
  return {
    projectId: p.id,
    recipientIds: [...new Set(orgs.map((o) => o.id))],
    recipientKinds: [...new Set(orgs.map((o) => o.kind))],
  };
}

type Request = { subject: ProgrammeSubject; years: readonly number[] };

/**
 * The programmes that cover any of the years asked for, with what the possible-sources rule needs
 * (programme-sources.ts in the domain): three SQL statements for every project of a request together,
 * however many there are (the portfolio asks for all of them at once). What a programme granted a
 * project's recipient for other projects counts only where the viewer may see those projects.
 */
export function programmeCandidates(ctx: Context, request: Request): Promise<readonly ProgrammeCandidate[]> {
  if (!request.years.length) return Promise.resolve([]);
  const key = "programmeCandidates";
  let loader = ctx.loaders.get(key) as DataLoader<Request, readonly ProgrammeCandidate[], string> | undefined;
  if (!loader) {
    loader = new DataLoader<Request, readonly ProgrammeCandidate[], string>(
      async (requests) => {
        const candidates = await loadCandidates(ctx, requests);
        return requests.map((r) => candidates.filter((c) => r.years.some((y) => c.coveredYears.has(y))));
      },
      { cacheKeyFn: (r) => JSON.stringify([r.subject.projectId, r.years]) },
    );
    ctx.loaders.set(key, loader);
  }
  return loader.load(request);
}

/** The programmes of every year asked, each with the years among them it covers (a request keeps those of its own years). */
async function loadCandidates(ctx: Context, requests: readonly Request[]): Promise<(ProgrammeCandidate & { coveredYears: Set<number> })[]> {
  const years = [...new Set(requests.flatMap((r) => r.years))];
  const programmes = await ctx.prisma.programme.findMany({
    where: {
      OR: [
        { allocations: { some: { year: { in: years } } } },
        ...years.map((y) => ({
          AND: [
            { OR: [{ startYear: null }, { startYear: { lte: y } }] },
            { OR: [{ endYear: null }, { endYear: { gte: y } }] },
            { OR: [{ startYear: { not: null } }, { endYear: { not: null } }] },
          ],
        })),
      ],
    },
    select: {
      id: true,
      name: true,
      startYear: true,
      endYear: true,
      allocations: { where: { year: { in: years } }, select: { year: true } },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  if (!programmes.length) return [];
  const ids = programmes.map((p) => p.id);
  const kinds = await ctx.prisma.$queryRaw<{ programmeId: string; kind: OrganisationKind }[]>`
    SELECT DISTINCT g."programmeId", o."kind"::text AS "kind"
    FROM "Grant" g JOIN "Organisation" o ON o."id" = g."recipientId"
    WHERE g."programmeId" IN (${Prisma.join(ids)}) AND g."status" IN (${Prisma.join([...IN_FAVOUR].map((status) => Prisma.sql`CAST(${status} AS "GrantStatus")`))})`;
  const grants = await ctx.prisma.grant.findMany({
    where: {
      programmeId: { in: ids },
      status: { in: [...IN_FAVOUR] },
      OR: [
        { projectId: { in: requests.map((r) => r.subject.projectId) } },
        { recipientId: { in: [...new Set(requests.flatMap((r) => r.subject.recipientIds))] } },
      ],
      ...ownProjectsWhere(ctx),
    },
    select: {
      programmeId: true,
      projectId: true,
      recipientId: true,
      recipient: { select: { name: true } },
      amountApplied: true,
      amountGranted: true,
      periodStartYear: true,
      periodEndYear: true,
      decisionDate: true,
      yearAmounts: { select: { year: true, amountApplied: true, amountGranted: true } },
    },
  });
  const s = (v: { toString(): string } | null) => (v == null ? null : v.toString());
  return programmes.map((p) => {
    const candidate = {
      id: p.id,
      name: p.name,
      startYear: p.startYear,
      endYear: p.endYear,
      allocationYears: [...new Set(p.allocations.map((a) => a.year))],
      grantedKinds: kinds.filter((k) => k.programmeId === p.id).map((k) => k.kind),
      grants: grants
        .filter((g) => g.programmeId === p.id)
        .map((g) => ({
          projectId: g.projectId,
          recipientId: g.recipientId,
          recipientName: g.recipient.name,
          amountApplied: s(g.amountApplied),
          amountGranted: s(g.amountGranted),
          periodStartYear: g.periodStartYear,
          periodEndYear: g.periodEndYear,
          decisionYear: g.decisionDate?.getUTCFullYear() ?? null,
          yearAmounts: g.yearAmounts.map((y) => ({ year: y.year, amountApplied: s(y.amountApplied), amountGranted: s(y.amountGranted) })),
        })),
    };
    return { ...candidate, coveredYears: new Set(years.filter((y) => programmeCovers(candidate, y))) };
  });
}
