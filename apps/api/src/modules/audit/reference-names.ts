import DataLoader from "dataloader";
import { ownProjectsWhere, readersOfAllWhere } from "../../auth/visibility";
import type { Context } from "../../context";

/** The kinds of record an audited field may point to, and the name each is shown by. */
export type Target = "organisation" | "programme" | "project" | "indicator" | "agreement" | "question" | "grant";

/** Audited fields that hold another record's id, and what they point to (sourcePassageId is bookkeeping). */
export const REFERENCE_FIELDS: Record<string, Target> = {
  funderId: "organisation",
  applicantId: "organisation",
  recipientId: "organisation",
  organisationId: "organisation",
  parentId: "organisation",
  principalId: "organisation",
  counterpartyId: "organisation",
  evaluatorOrganisationId: "organisation",
  programmeId: "programme",
  projectId: "project",
  indicatorId: "indicator",
  agreementId: "agreement",
  questionId: "question",
};

/** The names of one kind of record, among those the viewer may read (others stay unnamed). */
function namesOf(ctx: Context, target: Target, ids: string[]): Promise<{ id: string; name: string }[]> {
  const id = { in: ids };
  const name = { id: true, name: true } as const;
  switch (target) {
    case "organisation":
      return ctx.prisma.organisation.findMany({ where: { id }, select: name });
    case "programme":
      return ctx.prisma.programme.findMany({ where: { id }, select: name });
    case "indicator":
      return ctx.prisma.indicator.findMany({ where: { id }, select: name });
    case "project":
      return ctx.prisma.project.findMany({ where: { id, ...ownProjectsWhere(ctx, "id") }, select: name });
    case "agreement":
      return ctx.prisma.agreement
        .findMany({ where: { id, ...readersOfAllWhere(ctx) }, select: { id: true, title: true } })
        .then((rows) => rows.map((r) => ({ id: r.id, name: r.title })));
    case "grant":
      // Every grant's title is listed to everyone logged in (grant-list-spec.ts).
      return ctx.prisma.grant
        .findMany({ where: { id }, select: { id: true, title: true } })
        .then((rows) => rows.map((r) => ({ id: r.id, name: r.title })));
    case "question":
      return ctx.prisma.questionTemplate
        .findMany({ where: { id }, select: { id: true, text: true } })
        .then((rows) => rows.map((r) => ({ id: r.id, name: r.text })));
  }
}

/**
 * The name of the record an audited reference field points to (null for other fields, unknown or
 * unreadable records): one statement per kind of record per request, whatever the number of entries.
 */
export function referenceName(ctx: Context, field: string | null, id: string | null): Promise<string | null> {
  return recordName(ctx, field ? REFERENCE_FIELDS[field] : undefined, id);
}

/** The name of one record of a kind (null when unknown or unreadable), batched as referenceName. */
export function recordName(ctx: Context, target: Target | undefined, id: string | null | undefined): Promise<string | null> {
  if (!target || !id) return Promise.resolve(null);
  let loader = ctx.loaders.get("referenceNames") as DataLoader<string, string | null> | undefined;
  if (!loader) {
    loader = new DataLoader<string, string | null>(async (keys) => {
      const wanted = new Map<Target, string[]>();
      for (const key of keys) {
        const [kind, ref] = key.split(":") as [Target, string];
        wanted.set(kind, [...(wanted.get(kind) ?? []), ref]);
      }
      const found = await Promise.all([...wanted].map(([kind, ids]) => namesOf(ctx, kind, ids).then((rows) => ({ kind, rows }))));
      const names = new Map<string, string>(found.flatMap(({ kind, rows }) => rows.map((r) => [`${kind}:${r.id}`, r.name] as const)));
      return keys.map((key) => names.get(key) ?? null);
    });
    ctx.loaders.set("referenceNames", loader);
  }
  return loader.load(`${target}:${id}`);
}
