import {
  ATTENTION_ORDER,
  type AttentionItem,
  type AttentionKind,
  AWAITING_DECISION,
  FINAL,
  formatIsoDate,
  PAYABLE,
  TITLE_SORT_KEY_SQL,
} from "@bk/domain";
import { Prisma, type PrismaClient } from "@bk/domain/server";
import { statusListSql } from "../shared/status-list-sql";
import type { AttentionPosition } from "./attention-cursor";

/** What one kind of item counts, before the chosen kinds narrow the list. */
export type AttentionKindCount = { kind: AttentionKind; count: number };

export type AttentionPage = { counts: AttentionKindCount[]; total: number; items: AttentionItem[] };

export type AttentionQuestion = {
  /** The grants to look at (a where of the grant list in SQL, on the alias "grant"). */
  filter: Prisma.Sql;
  today: Date;
  horizonDays: number;
  /** Only these kinds in the page and its total (null: every kind). */
  kinds: readonly AttentionKind[] | null;
  /** The page starts after this item (null: at the start). */
  after: AttentionPosition | null;
  limit: number;
};

/** The grants the list looks at: awaiting a decision or payable, none of them final (the rule skips final ones). */
const LOOKED_AT = [...AWAITING_DECISION, ...PAYABLE];
if (LOOKED_AT.some((s) => FINAL.includes(s))) throw new Error("attention-sql: a final status among those the list looks at");

const rank = (kind: AttentionKind) => Prisma.raw(String(ATTENTION_ORDER.indexOf(kind)));
/** The day the question is asked for, as a date in SQL. */
const dayOf = (q: AttentionQuestion) => Prisma.sql`CAST(${formatIsoDate(q.today)} AS date)`;
const kindText = (kind: AttentionKind) => Prisma.raw(`'${kind}'`);

/**
 * A condition's or report's item when its due date is passed (overdue) or within the horizon (due).
 * `row` is the alias of the condition or report, `text` its column that the item shows.
 */
function dueItem(what: "CONDITION" | "REPORT", table: string, row: string, text: string, open: string, q: AttentionQuestion) {
  const overdue = Prisma.sql`${Prisma.raw(`${row}."dueDate"`)} < ${dayOf(q)}`;
  const [late, soon] = [`${what}_OVERDUE`, `${what}_DUE`] as AttentionKind[];
  return Prisma.sql`
  SELECT CASE WHEN ${overdue} THEN ${rank(late)} ELSE ${rank(soon)} END AS "rank",
    CASE WHEN ${overdue} THEN ${kindText(late)} ELSE ${kindText(soon)} END AS "kind",
    g."id" AS "grantId", g."title" AS "grantTitle", ${Prisma.raw(`${row}."id"`)} AS "itemId", ${Prisma.raw(`${row}."${text}"`)} AS "text",
    ${Prisma.raw(`${row}."dueDate"`)} AS "dueDate", g."amountGranted", NULL::numeric AS "amountPaid"
  FROM g JOIN ${Prisma.raw(`"${table}" ${row}`)} ON ${Prisma.raw(`${row}."grantId"`)} = g."id"
  WHERE ${Prisma.raw(`${row}."status"::text = '${open}'`)}
    AND ${Prisma.raw(`${row}."dueDate"`)} <= ${dayOf(q)} + ${q.horizonDays}::int`;
}

/** A grant-level item (no condition or report): the grant's title as its text. */
const grantItem = (kind: AttentionKind, dueDate: string, amountPaid: string) =>
  Prisma.sql`SELECT ${rank(kind)} AS "rank", ${kindText(kind)} AS "kind", g."id" AS "grantId", g."title" AS "grantTitle",
    NULL AS "itemId", g."title" AS "text", ${Prisma.raw(dueDate)} AS "dueDate", g."amountGranted", ${Prisma.raw(amountPaid)} AS "amountPaid"`;

/**
 * The attention list of packages/domain's attentionItems in one statement: every item of the
 * matching grants computed in PostgreSQL, the count of each kind, and one page of the chosen kinds
 * in the list's order. The same rule, item for item: attention.test.ts compares the two on
 * generated grants. Nothing grows in Node with the number of grants; a page is the only list sent.
 */
export function attentionStatement(q: AttentionQuestion): Prisma.Sql {
  const chosen = q.kinds?.length ? Prisma.sql`i."kind" IN (${Prisma.join(q.kinds.map(String))})` : Prisma.sql`TRUE`;
  const after = q.after ? Prisma.sql`(${KEY_OF("i")}) > (${KEY_OF("a")})` : Prisma.sql`TRUE`;
  // The item the page starts after, as a row of the list's columns, so that its key is worked out as the items' are.
  const position = q.after
    ? Prisma.sql`, (SELECT ${ATTENTION_ORDER.indexOf(q.after.kind)}::int AS "rank", CAST(${q.after.dueDate} AS date) AS "dueDate",
        CAST(${q.after.grantTitle} AS text) AS "grantTitle", CAST(${q.after.grantId} AS text) AS "grantId",
        CAST(${q.after.text} AS text) AS "text", CAST(${q.after.itemId} AS text) AS "itemId") a`
    : Prisma.empty;
  return Prisma.sql`
WITH g AS MATERIALIZED (
  SELECT "grant"."id", "grant"."title", "grant"."status", "grant"."amountGranted", "grant"."projectId"
  FROM "Grant" "grant" WHERE (${q.filter}) AND "grant"."status" IN (${statusListSql(LOOKED_AT)})
), paid AS (
  SELECT d."grantId", sum(d."amount") AS "paid" FROM "Disbursement" d JOIN g ON g."id" = d."grantId"
  WHERE d."status" = 'PAID' GROUP BY d."grantId"
), items AS (
  ${grantItem("PENDING_DECISION", "NULL::date", "NULL::numeric")}
  FROM g WHERE g."status" IN (${statusListSql(AWAITING_DECISION)})
  UNION ALL ${dueItem("CONDITION", "Condition", "c", "text", "OPEN", q)}
  UNION ALL ${dueItem("REPORT", "ReportRequirement", "r", "title", "DUE", q)}
  UNION ALL ${grantItem("NOT_FULLY_DISBURSED", "NULL::date", 'coalesce(p."paid", 0)')}
  FROM g LEFT JOIN paid p ON p."grantId" = g."id"
  WHERE g."status" IN (${statusListSql(PAYABLE)}) AND g."amountGranted" > 0 AND coalesce(p."paid", 0) < g."amountGranted"
  UNION ALL ${grantItem("ENDED_WITHOUT_FINAL_REPORT", 'pr."endDate"', "NULL::numeric")}
  FROM g JOIN "Project" pr ON pr."id" = g."projectId"
  WHERE g."status" IN (${statusListSql(PAYABLE)}) AND pr."endDate" < ${dayOf(q)}
    AND NOT EXISTS (SELECT 1 FROM "ReportRequirement" f WHERE f."grantId" = g."id" AND f."kind" = 'FINAL' AND f."status" <> 'DUE')
)
SELECT
  (SELECT coalesce(json_agg(k ORDER BY k."rank"), '[]') FROM (SELECT "kind", min("rank") AS "rank", count(*)::int AS "count" FROM items GROUP BY "kind") k) AS "counts",
  (SELECT count(*)::int FROM items i WHERE ${chosen}) AS "total",
  -- The page in the list's order, numbered so that the JSON keeps it (an aggregate's input order is otherwise not promised).
  (SELECT coalesce(json_agg(p ORDER BY p."n"), '[]') FROM (
    SELECT row_number() OVER (ORDER BY ${KEY_OF("i")}) AS "n", i."kind", i."grantId", i."grantTitle", i."itemId", i."text", i."dueDate",
      i."dueDate" - ${dayOf(q)} AS "daysLeft", i."amountGranted"::text AS "amountGranted", i."amountPaid"::text AS "amountPaid"
    FROM items i ${position}
    WHERE ${chosen} AND ${after}
    ORDER BY ${KEY_OF("i")}
    LIMIT ${q.limit}
  ) p) AS "page"`;
}

/**
 * The list's order (the domain's attentionItems sorts alike) as the key of the item of alias `a`: kind, due
 * date (none first), title, grant, text, item. A page starts after an item by comparing keys (AttentionPosition).
 * A grant-level item (no condition or report) is the only one of its kind for its grant, so its empty item id
 * never meets another's in the order.
 */
const KEY_OF = (a: string) =>
  Prisma.raw(
    `${a}."rank", coalesce(${a}."dueDate", '-infinity'::date), ${TITLE_SORT_KEY_SQL(`${a}."grantTitle"`)}, ${a}."grantId" COLLATE "C", ` +
      `${TITLE_SORT_KEY_SQL(`${a}."text"`)}, coalesce(${a}."itemId", '') COLLATE "C"`,
  );

type Row = {
  counts: { kind: AttentionKind; count: number }[];
  total: number;
  page: (Omit<AttentionItem, "dueDate"> & { dueDate: string | null; n: number })[];
};

/** One page of the attention list with every kind's count (one statement). */
export async function attentionPage(prisma: PrismaClient, q: AttentionQuestion): Promise<AttentionPage> {
  const [row] = await prisma.$queryRaw<Row[]>(attentionStatement(q));
  return {
    counts: row.counts.map(({ kind, count }) => ({ kind, count })),
    total: row.total,
    items: row.page.map(({ n: _, dueDate, ...i }) => ({ ...i, dueDate: dueDate ? new Date(`${dueDate}T00:00:00Z`) : null })),
  };
}
