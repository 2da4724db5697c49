import { Prisma } from "@bk/domain/server";

/**
 * Where a grant's search text can match: its own searchText, or that of its funder, recipient,
 * applicant or project (the foreign key, and the table it points to).
 */
const PARTS: { key?: string; table?: string }[] = [
  {},
  { key: "funderId", table: "Organisation" },
  { key: "recipientId", table: "Organisation" },
  { key: "applicantId", table: "Organisation" },
  { key: "projectId", table: "Project" },
];

/**
 * The ids of the first `take` grants by title (then id) that match `pattern` (folded, its % and _
 * escaped) in their own text or their parties' and project's, among the rows `visible` (a
 * condition on "g") lets through.
 *
 * One SELECT per place a match can be, each with its own ORDER BY and LIMIT, and the first
 * `take` of their union: so the planner chooses for each part alone, reading the trigram index
 * (searchText LIKE '%…%') and the foreign key's index for a rare word, or walking the title
 * index until `take` rows match for a common one. The five matches ORed in one WHERE (as the
 * Prisma client writes it: a join per party) can use no index: the grants were read in full.
 */
export function grantHitsSql(pattern: string, take: number, visible: Prisma.Sql): Prisma.Sql {
  const like = `%${pattern}%`;
  const part = ({ key, table }: (typeof PARTS)[number]) => {
    const match = key
      ? Prisma.sql`g.${Prisma.raw(`"${key}"`)} IN (SELECT m.id FROM ${Prisma.raw(`"${table}"`)} m WHERE m."searchText" LIKE ${like})`
      : Prisma.sql`g."searchText" LIKE ${like}`;
    return Prisma.sql`(SELECT g.id, g.title FROM "Grant" g WHERE ${match} AND ${visible} ORDER BY g.title, g.id LIMIT ${take})`;
  };
  return Prisma.sql`SELECT hit.id FROM (${Prisma.join(PARTS.map(part), " UNION ")}) hit ORDER BY hit.title, hit.id LIMIT ${take}`;
}
