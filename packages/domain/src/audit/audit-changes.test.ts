import { expect, it } from "vitest";
import { type AuditRow, groupAuditChanges } from "./audit-changes";

const at = new Date("2026-11-23T10:00:00Z");
const row = (id: string, o: Partial<AuditRow>): AuditRow => ({
  id,
  createdAt: at,
  entityType: "Grant",
  entityId: "g1",
  action: "updated",
  field: null,
  before: null,
  after: null,
  actor: "Anna",
  version: 2,
  ...o,
});

it("makes one change of the rows one action wrote, and keeps separate actions apart", () => {
  const changes = groupAuditChanges([
    row("a", { action: "created", version: 1, field: "title", after: "Ansökan" }),
    row("b", { action: "created", version: 1, field: "funderId", after: "org-1" }),
    row("c", { field: "title", before: "Ansökan", after: "Ny rubrik" }),
    row("d", { entityType: "GrantYearAmount", field: "yearAmounts", before: "2010: 1", after: "2010: 2" }),
    row("e", { entityType: "Condition", entityId: "c1", action: "created", version: 3, field: "text", after: "Villkor" }),
    row("f", { action: "submitted", version: 4 }),
  ]);
  expect(changes.map((c) => [c.id, c.entityType, c.action, c.rows.map((r) => r.id).join("")])).toEqual([
    ["a", "Grant", "created", "ab"],
    ["c", "Grant", "updated", "cd"],
    ["e", "Condition", "created", "e"],
    ["f", "Grant", "submitted", "f"],
  ]);
});
