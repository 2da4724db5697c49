import { grantStatusLabels, organisationKindLabels } from "@bk/domain";
import { grantWithoutYearSql, Prisma } from "@bk/domain/server";
import type { Dimension, Fact, Measure } from "./aggregate-sql";
import { asIs, labelled, NO_NAME, NO_PROJECT, UNKNOWN_YEAR } from "./key-labels";

export type GrantDimension =
  | "YEAR"
  | "FUNDER"
  | "RECIPIENT"
  | "APPLICANT"
  | "PROGRAMME"
  | "PROJECT"
  | "STATUS"
  | "MUNICIPALITY"
  | "ORGANISATION_KIND";
type GrantMeasure = "count" | "amountApplied" | "amountGranted" | "amountPaid" | "amountRemaining";

const organisation = (description: string): Dimension => ({ description, entity: "Organisation", label: () => NO_NAME });

const dimensions: Record<GrantDimension, Dimension> = {
  YEAR: {
    description:
      "Bidragsår, by the domain's year-attribution rule (as grantSummary by YEAR and the list's `year`): a grant counts in each year of its per-year split, else of its period, else its decision year, with that year's share of its amounts; `count` counts it in each of its years. Payments count in the year they were paid.",
    label: asIs(UNKNOWN_YEAR),
  },
  FUNDER: organisation("Finansiär."),
  RECIPIENT: organisation("Mottagare."),
  APPLICANT: organisation("Sökande."),
  PROGRAMME: { description: "Bidragsprogram.", entity: "Programme", label: () => ({ sv: "Inget program", en: "No programme" }) },
  PROJECT: {
    description: "Projekt: a grant's project is a detail of that project, so grouping by it counts only the viewer's own projects' grants.",
    entity: "Project",
    label: () => NO_PROJECT,
    private: true,
  },
  STATUS: { description: "Status.", label: labelled(grantStatusLabels) },
  MUNICIPALITY: { description: "Mottagarens kommun.", label: asIs({ sv: "Ingen kommun", en: "No municipality" }) },
  ORGANISATION_KIND: { description: "Mottagarens organisationstyp.", label: labelled(organisationKindLabels) },
};

const payments = "Payments (utbetalningar marked paid) are grant details: empty for a viewer who does not read everything.";
const measures: Record<GrantMeasure, Measure> = {
  count: {
    description: "Antal bidrag (distinct grants; by YEAR a grant counts in each of its years).",
    type: "Int",
    // Within a group a grant is at most one row with its id (one per year by YEAR; payments carry no id),
    // so a plain count is exact there and groups hash instead of sorting; only the totals by YEAR, over
    // all years, must count each grant once (without YEAR a grant is one row in all: the distinct count
    // sorted every grant's id for nothing, 12 of W4's 100 ms at 10 000 grants).
    sql: `count(f."grantId")::int`,
    totalSql: (groupBy) => (groupBy.includes("YEAR") ? `count(DISTINCT f."grantId")::int` : `count(f."grantId")::int`),
    additive: (groupBy) => !groupBy.includes("YEAR"),
  },
  amountApplied: { description: "Summa sökt belopp (where stated).", type: "Money", sql: `coalesce(sum(f."applied"), 0)`, additive: true },
  amountGranted: {
    description: "Summa beviljat (360Giving: amountAwarded).",
    type: "Money",
    sql: `coalesce(sum(f."granted"), 0)`,
    additive: true,
  },
  amountPaid: {
    description: `Summa utbetalt. ${payments}`,
    type: "Money",
    sql: `coalesce(sum(f."paid"), 0)`,
    readersOfAll: true,
    additive: true,
  },
  amountRemaining: {
    description: `Kvar att betala: granted − paid. ${payments}`,
    type: "Money",
    sql: `(coalesce(sum(f."granted"), 0) - coalesce(sum(f."paid"), 0))`,
    readersOfAll: true,
    additive: true,
  },
};

/** The grant's column each dimension groups by (MUNICIPALITY and ORGANISATION_KIND: the recipient's, joined). */
const COLUMN_OF: Record<GrantDimension, string | null> = {
  YEAR: null,
  FUNDER: "funderId",
  APPLICANT: "applicantId",
  RECIPIENT: "recipientId",
  PROGRAMME: "programmeId",
  PROJECT: "projectId",
  STATUS: "status",
  MUNICIPALITY: "recipientId",
  ORGANISATION_KIND: "recipientId",
};
const ALL_COLUMNS = ["funderId", "applicantId", "recipientId", "programmeId", "projectId", "status"] as const;

/**
 * Grants as rows: each grant once, or by YEAR once per year the domain's rule gives it (its share),
 * and under no year if it gives none; for readers of everything, each paid payment as a row of its
 * grant (in the year it was paid) that carries only the paid amount.
 */
function rows(filter: Prisma.Sql, { dimensions: asked, readsAll }: { dimensions: readonly GrantDimension[]; readsAll: boolean }) {
  const byYear = asked.includes("YEAR");
  // Only the columns the asked dimensions group by are carried through the rows (by YEAR a grant is
  // a row per year: six ids more per row made the sums by year spill to disk at 100 000 grants).
  const carried = ALL_COLUMNS.filter((c) => asked.some((d) => COLUMN_OF[d] === c));
  const of = (alias: string) => carried.map((c) => `, ${alias}."${c}"`).join("");
  const column = (c: (typeof ALL_COLUMNS)[number], as: string) =>
    carried.includes(c) ? `x."${c}"${c === "status" ? "::text" : ""} AS "${as}"` : `NULL::text AS "${as}"`;
  // The recipient's row only when a dimension of it is asked (every grant has a recipient: the join drops none).
  const byRecipient = asked.includes("MUNICIPALITY") || asked.includes("ORGANISATION_KIND");
  const recipientColumns = Prisma.raw(
    byRecipient
      ? `r."municipality" AS "MUNICIPALITY", r."kind"::text AS "ORGANISATION_KIND"`
      : `NULL::text AS "MUNICIPALITY", NULL::text AS "ORGANISATION_KIND"`,
  );
  // Without a filter each use reads "Grant" itself (not materialized), so the shares join by its key: at
  // 100 000 grants a third less time than sorting a copy of every grant. With one, the matching grants
  // are found once (a search or a year filter read three times cost more than the copy).
  const unfiltered = filter.sql.trim() === "TRUE" && !filter.values.length;
  // By YEAR the rule's rows as stored ("GrantYearShare", kept by the database: year-attribution-sql.ts):
  // of every grant, without a filter and a column to carry, straight from the table (every share has
  // its grant); and each grant the rule gives no year once, under no year.
  const shares = unfiltered && !carried.length ? `"GrantYearShare" s` : `"GrantYearShare" s JOIN "g" g ON g."id" = s."grantId"`;
  const grantYears = byYear
    ? Prisma.sql`"gy" AS (SELECT s."grantId" AS "id"${Prisma.raw(of("g"))}, s."year", s."applied", s."granted"
          FROM ${Prisma.raw(shares)}
        UNION ALL
        SELECT g."id"${Prisma.raw(of("g"))}, NULL::int, g."amountApplied", g."amountGranted" FROM "g" g
          WHERE ${Prisma.raw(grantWithoutYearSql("g"))})`
    : Prisma.sql`"gy" AS (SELECT g."id"${Prisma.raw(of("g"))}, NULL::int AS "year", g."amountApplied" AS "applied", g."amountGranted" AS "granted" FROM "g" g)`;
  const paid = readsAll
    ? Prisma.sql`UNION ALL SELECT NULL, ${Prisma.raw(byYear ? `extract(year FROM d."paidDate")::int` : "NULL::int")}${Prisma.raw(of("g"))},
        NULL::numeric, NULL::numeric, d."amount" FROM "Disbursement" d JOIN "g" g ON g."id" = d."grantId" WHERE d."status" = 'PAID'`
    : Prisma.empty;
  return Prisma.sql`"g" AS ${Prisma.raw(unfiltered ? "NOT MATERIALIZED " : "")}(
      SELECT "grant"."id"${Prisma.raw(of('"grant"'))}, "grant"."amountApplied", "grant"."amountGranted"${Prisma.raw(
        byYear ? `, "grant"."periodStartYear", "grant"."decisionDate"` : "",
      )}
      FROM "Grant" "grant" WHERE ${filter}),
    ${grantYears},
    "f" AS (
      SELECT x."grantId", x."year" AS "YEAR", ${Prisma.raw(
        [
          column("funderId", "FUNDER"),
          column("applicantId", "APPLICANT"),
          column("recipientId", "RECIPIENT"),
          column("programmeId", "PROGRAMME"),
          column("projectId", "PROJECT"),
          column("status", "STATUS"),
        ].join(", "),
      )}, ${recipientColumns},
        x."applied", x."granted", x."paid"
      FROM (
        SELECT gy."id" AS "grantId", gy."year"${Prisma.raw(of("gy"))}, gy."applied", gy."granted", NULL::numeric AS "paid" FROM "gy" gy
        ${paid}
      ) x ${byRecipient ? Prisma.raw(`JOIN "Organisation" r ON r."id" = x."recipientId"`) : Prisma.empty})`;
}

export const grantFact: Fact<GrantDimension, GrantMeasure> = { name: "Grant", dimensions, measures, rows };
