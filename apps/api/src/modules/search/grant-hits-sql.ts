import { Prisma } from "@bk/domain/server";

/**
 * Where a grant's search text can match: its own searchText, or that of its funder, recipient,
 * applicant or project (the foreign key, and the table it points to; `cte` names that table's
 * matching rows in the statement).
 */
const PARTIES = [
  { key: "funderId", table: "Organisation", cte: "organisations" },
  { key: "recipientId", table: "Organisation", cte: "organisations" },
  { key: "applicantId", table: "Organisation", cte: "organisations" },
  { key: "projectId", table: "Project", cte: "projects" },
] as const;

/** Up to this many matching organisations (projects), their grants are read one party at a time. */
export const FEW_PARTIES = 50;

/**
 * The ids of the first `take` grants by title (then id) that match `pattern` (folded, its % and _
 * escaped) in their own text or their parties' and project's, among the rows `visible` (a
 * condition on "g") lets through.
 *
 * The five matches ORed in one WHERE (as the Prisma client writes it: a join per party) can use no
 * index: a rare word read every grant. Here each place a match can be is a SELECT of its own,
 * ordered and limited alone, and the statement takes the first `take` of their union:
 * - The grant's own text: the planner reads the trigram index for a rare word, the title index for a common one.
 * - A party (or the project), when few organisations (projects) match: each one's first `take`
 *   grants from the index on (foreign key, title, id); the cost follows the matching parties.
 * - When many match: the title index, until `take` grants have a matching party. The planner
 *   would choose that for few parties too, and read every grant when the parties that match are,
 *   say, funders only and never recipients; the count decides instead (a one-time filter on each part).
 */
export function grantHitsSql(pattern: string, take: number, visible: Prisma.Sql): Prisma.Sql {
  const like = `%${pattern}%`;
  const first = Prisma.sql`ORDER BY g.title, g.id LIMIT ${take}`;
  const id = (name: string) => Prisma.raw(`"${name}"`);
  const parts = [
    Prisma.sql`(SELECT g.id, g.title FROM "Grant" g WHERE g."searchText" LIKE ${like} AND ${visible} ${first})`,
    ...PARTIES.flatMap(({ key, table, cte }) => [
      Prisma.sql`(SELECT g.id, g.title FROM ${id(cte)} m
        CROSS JOIN LATERAL (SELECT g.id, g.title FROM "Grant" g WHERE g.${id(key)} = m.id AND ${visible} ${first}) g
        WHERE (SELECT ${id(cte)} FROM few) ${first})`,
      Prisma.sql`(SELECT g.id, g.title FROM "Grant" g
        WHERE g.${id(key)} IN (SELECT m.id FROM ${id(table)} m WHERE m."searchText" LIKE ${like}) AND ${visible}
          AND NOT (SELECT ${id(cte)} FROM few) ${first})`,
    ]),
  ];
  const few = (cte: string) => Prisma.sql`(SELECT count(*) FROM (SELECT 1 FROM ${id(cte)} LIMIT ${FEW_PARTIES + 1}) x) <= ${FEW_PARTIES}`;
  return Prisma.sql`WITH
    organisations AS MATERIALIZED (SELECT m.id FROM "Organisation" m WHERE m."searchText" LIKE ${like}),
    projects AS MATERIALIZED (SELECT m.id FROM "Project" m WHERE m."searchText" LIKE ${like}),
    few AS (SELECT ${few("organisations")} AS organisations, ${few("projects")} AS projects)
    SELECT hit.id FROM (${Prisma.join(parts, " UNION ")}) hit ORDER BY hit.title, hit.id LIMIT ${take}`;
}
