import type { Tx } from "./context";
import { ensureOrganisation } from "./context";

/**
 * Programmes and projects that more than one document speaks of. The first document that
 * needs one creates it; later documents add their facts to the same record.
 */
export async function ensureKvinnojourProgramme(tx: Tx): Promise<string> {
  const seedKey = "utvecklingsmedel-kvinnojour-2007-2008";
  const existing = await tx.programme.findUnique({ where: { seedKey }, select: { id: true } });
  if (existing) return existing.id;
  const created = await tx.programme.create({
    data: {
      seedKey,
      name: "Utvecklingsmedel till kvinnojoursverksamhet 2007–2008",
      description:
        "Regeringens tvåårssatsning för att förstärka och utveckla kvinnojoursverksamheterna i landets kommuner. Syftet är bland annat att långsiktigt förbättra och kvalitetsutveckla socialtjänstens stöd till våldsutsatta kvinnor och barn som bevittnat våld; kommunernas arbete förutsätts bli mer målinriktat, strukturerat och samordnat.",
      funderId: await ensureOrganisation(tx, "regeringen"),
      administratorId: await ensureOrganisation(tx, "lst-stockholm"),
      startYear: 2007,
      endYear: 2008,
    },
    select: { id: true },
  });
  return created.id;
}

export async function ensureRelationsvaldscentrum(tx: Tx): Promise<string> {
  const seedKey = "relationsvaldscentrum";
  const existing = await tx.project.findUnique({ where: { seedKey }, select: { id: true } });
  if (existing) return existing.id;
  const created = await tx.project.create({
    data: {
      seedKey,
      name: "Relationsvåldscentrum",
      description:
        "Samverkan mellan socialtjänst, polis, åklagare, kriminalvård och landsting i Västerort kring stöd till personer som utsatts för relationsvåld. Lokaler hos Västerorts polismästardistrikt.",
      targetGroup: "Personer som utsatts för relationsvåld",
      ownerId: await ensureOrganisation(tx, "saf"),
      phase: "IMPLEMENTATION",
      startDate: new Date("2007-06-01T00:00:00.000Z"),
      startPrecision: "MONTH",
      endDate: new Date("2010-12-31T00:00:00.000Z"),
      endPrecision: "YEAR",
      municipality: "Stockholm",
    },
    select: { id: true },
  });
  return created.id;
}
