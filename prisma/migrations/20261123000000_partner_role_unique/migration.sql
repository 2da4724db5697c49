-- One organisation in one role in one project over the same years is one partner role
-- (samePartnerRole in packages/domain/src/partners/partner-role-inputs.ts); a copy would count the
-- partner twice. Copies that earlier versions let in are merged into the oldest first, losing
-- nothing: their notes are joined and the first source passage is kept.
CREATE TEMPORARY TABLE "bk_role_copies" ON COMMIT DROP AS
SELECT id,
       first_value(id) OVER w AS keep,
       row_number() OVER w AS n
FROM "PartnerRole"
WINDOW w AS (PARTITION BY "projectId", "organisationId", "role", "fromYear", "toYear" ORDER BY "createdAt", id);

UPDATE "PartnerRole" AS t
SET "note" = m.notes,
    "sourcePassageId" = coalesce(t."sourcePassageId", m.passage)
FROM (
  SELECT c.keep,
         string_agg(DISTINCT p."note", ' / ') AS notes,
         (array_agg(p."sourcePassageId" ORDER BY p."createdAt", p.id) FILTER (WHERE p."sourcePassageId" IS NOT NULL))[1] AS passage
  FROM "bk_role_copies" c
  JOIN "PartnerRole" p ON p.id = c.id
  GROUP BY c.keep
  HAVING count(*) > 1
) AS m
WHERE t.id = m.keep;

DELETE FROM "PartnerRole" AS p
USING "bk_role_copies" AS c
WHERE p.id = c.id AND c.n > 1;

-- CreateIndex (NULLS NOT DISTINCT: an open-ended role is the same role; Prisma's schema cannot say this)
CREATE UNIQUE INDEX "PartnerRole_same_role_key" ON "PartnerRole"("projectId", "organisationId", "role", "fromYear", "toYear") NULLS NOT DISTINCT;
