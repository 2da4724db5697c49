export type Deadline = {
  date: string;
  kind: "CONDITION" | "REPORT" | "FOLLOW_UP" | "EVALUATION" | "APPLICATION_DEADLINE";
  title: string;
  grantId: string | null;
  /** The date has passed relative to the reference date. */
  passed: boolean;
};

export type DeadlineSource = {
  grants: {
    id: string;
    title: string;
    status: string;
    applicationDeadline: string | null;
    conditions: { text: string; dueDate: string | null; status: string }[];
    reports: { title: string; dueDate: string | null; status: string }[];
  }[];
  evaluations: { title: string; replyDueDate: string | null; receivedDate: string | null; dueDate: string | null; kind: string }[];
};

/** Every open date of a project in date order: conditions, reports, follow-ups, evaluations and application deadlines. */
export function projectDeadlines(source: DeadlineSource, reference: string): Deadline[] {
  const out: Deadline[] = [];
  const add = (date: string | null, kind: Deadline["kind"], title: string, grantId: string | null) => {
    if (date) out.push({ date, kind, title, grantId, passed: date < reference });
  };
  for (const g of source.grants) {
    if (g.status === "DRAFT") add(g.applicationDeadline, "APPLICATION_DEADLINE", g.title, g.id);
    for (const c of g.conditions) if (c.status === "OPEN") add(c.dueDate, "CONDITION", c.text, g.id);
    for (const r of g.reports) if (r.status === "DUE") add(r.dueDate, "REPORT", r.title, g.id);
  }
  for (const e of source.evaluations) {
    if (!e.receivedDate) add(e.replyDueDate, "FOLLOW_UP", e.title, null);
    if (e.kind === "PLANNED") add(e.dueDate, "EVALUATION", e.title, null);
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, "sv"));
}
