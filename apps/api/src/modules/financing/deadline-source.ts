import { type DeadlineSource, dayOf, nextFollowUpDue } from "@bk/domain";
import type { Prisma } from "@bk/domain/server";

/** What a project's dates come from: its grants, its evaluations, and the agreements of its owner. */
export const deadlineSelect = {
  grants: { select: { id: true, title: true, status: true, applicationDeadline: true, conditions: true, reportRequirements: true } },
  evaluations: { select: { title: true, replyDueDate: true, receivedDate: true, dueDate: true, kind: true } },
  owner: {
    select: {
      agreementsAsCounterpart: {
        select: {
          title: true,
          followUpIntervalYears: true,
          startDate: true,
          evaluations: { where: { kind: "FOLLOW_UP" }, select: { replyDueDate: true, date: true } },
        },
      },
    },
  },
} satisfies Prisma.ProjectSelect;

type ProjectForDeadlines = Prisma.ProjectGetPayload<{ select: typeof deadlineSelect }>;

export function toDeadlineSource(p: ProjectForDeadlines): DeadlineSource {
  const nextFollowUps = (p.owner?.agreementsAsCounterpart ?? []).map((a) => {
    const last =
      a.evaluations
        .map((e) => dayOf(e.replyDueDate ?? e.date))
        .filter((d): d is string => !!d)
        .sort()
        .at(-1) ?? null;
    return {
      title: `Nästa uppföljning: ${a.title}`,
      replyDueDate: nextFollowUpDue(a.followUpIntervalYears, last, dayOf(a.startDate)),
      receivedDate: null,
      dueDate: null,
      kind: "FOLLOW_UP",
    };
  });
  return {
    grants: p.grants.map((g) => ({
      ...g,
      applicationDeadline: dayOf(g.applicationDeadline),
      conditions: g.conditions.map((c) => ({ text: c.text, dueDate: dayOf(c.dueDate), status: c.status })),
      reports: g.reportRequirements.map((r) => ({ title: r.title, dueDate: dayOf(r.dueDate), status: r.status })),
    })),
    evaluations: [
      ...p.evaluations.map((e) => ({
        ...e,
        replyDueDate: dayOf(e.replyDueDate),
        receivedDate: dayOf(e.receivedDate),
        dueDate: dayOf(e.dueDate),
      })),
      ...nextFollowUps,
    ],
  };
}
