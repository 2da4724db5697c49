import { sumMoney } from "@bk/domain";
import { type Database, openDatabase } from "@bk/domain/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedSourceDocuments } from "./seed";

let db: Database;
beforeAll(async () => {
  db = await openDatabase({ dataDir: "memory://" });
  await seedSourceDocuments(db.prisma);
});
afterAll(() => db.close());

const grant = (seedKey: string) =>
  db.prisma.grant.findUniqueOrThrow({
    where: { seedKey },
    include: {
      conditions: true,
      reportRequirements: true,
      yearAmounts: true,
      funder: true,
      recipient: true,
      sourcePassage: { include: { document: true } },
    },
  });

describe("the five source documents as data", () => {
  it("holds the Q-jouren decision, its condition and report due 1 March 2009", async () => {
    const g = await grant("lst-q-jouren-2008");
    expect(g.amountGranted?.toString()).toBe("2200000");
    expect(g.amountApplied).toBeNull();
    expect(g.funderReference).toBe("704-07-89225");
    expect(g.funder.name).toBe("Länsstyrelsen i Stockholms län");
    expect(g.decisionDate?.toISOString().slice(0, 7)).toBe("2008-10");
    expect(g.decisionPrecision).toBe("MONTH");
    expect(g.conditions).toHaveLength(1);
    expect(g.conditions[0].dueDate?.toISOString().slice(0, 10)).toBe("2009-03-01");
    expect(g.conditions[0].blocksPayment).toBe(true);
    expect(g.reportRequirements[0]).toMatchObject({ kind: "INTERIM" });
    expect(g.sourcePassage?.document.reference).toBe("6.0-0203/2009");
    expect(g.sourcePassage?.quote).toContain("2 200 000 kr");
  });

  it("holds Relationsvåldscentrum: 500 000 of 900 000 for 2010 and seven partners' 150 000 a year", async () => {
    const g = await grant("lst-rvc-2010");
    expect([g.amountApplied?.toString(), g.amountGranted?.toString(), g.status]).toEqual(["900000", "500000", "PARTIALLY_GRANTED"]);
    expect(g.decisionDate?.toISOString().slice(0, 10)).toBe("2009-09-10");
    expect(g.yearAmounts.map((y) => [y.year, y.amountGranted?.toString()])).toEqual([[2010, "500000"]]);
    const project = await db.prisma.project.findUniqueOrThrow({
      where: { seedKey: "relationsvaldscentrum" },
      include: { contributions: { include: { organisation: true } }, partnerRoles: true },
    });
    const cash = project.contributions.filter((c) => c.kind === "CASH");
    expect(cash).toHaveLength(21);
    expect(new Set(cash.map((c) => c.organisation.name)).size).toBe(7);
    for (const year of [2007, 2008, 2009]) {
      expect(sumMoney(cash.filter((c) => c.year === year).map((c) => c.amount?.toString()))).toBe("1050000");
    }
    const inKind = project.contributions.filter((c) => c.kind === "IN_KIND");
    expect(inKind.map((c) => c.organisation.name)).toEqual(Array(3).fill("Västerorts polismästardistrikt"));
    expect(project.partnerRoles.length).toBeGreaterThanOrEqual(13);
    const cases = await db.prisma.observation.findFirstOrThrow({ where: { projectId: project.id } });
    expect([cases.value.toString(), cases.approximate]).toEqual(["600", true]);
    expect(await db.prisma.evaluation.count({ where: { projectId: project.id, kind: "EVALUATION_REPORT" } })).toBe(2);
  });

  it("holds the applications without decisions honestly open", async () => {
    const samverkan = await grant("lst-lokal-samverkan");
    expect([samverkan.amountApplied?.toString(), samverkan.amountGranted, samverkan.status]).toEqual(["916210", null, "DRAFT"]);
    const pilot = await grant("lst-samtalsgrupper-2008");
    expect([pilot.amountApplied?.toString(), pilot.amountGranted, pilot.status]).toEqual(["100000", null, "SUBMITTED"]);
    expect(pilot.applicationDeadline?.toISOString().slice(0, 10)).toBe("2007-10-01");
    expect(pilot.decisionDate).toBeNull();
  });

  it("holds the programme's national and county allocations", async () => {
    const p = await db.prisma.programme.findUniqueOrThrow({
      where: { seedKey: "utvecklingsmedel-kvinnojour-2007-2008" },
      include: { allocations: { orderBy: [{ year: "asc" }, { level: "asc" }] } },
    });
    expect(p.allocations.map((a) => [a.year, a.level, a.amount.toString(), a.approximate])).toEqual([
      [2007, "NATIONAL", "109000000", false],
      [2007, "COUNTY", "21000000", true],
      [2008, "NATIONAL", "109000000", false],
      [2008, "COUNTY", "21000000", true],
    ]);
  });

  it("holds Haninge's agreement, 13 answered questions and the 2018 statistics", async () => {
    const a = await db.prisma.agreement.findUniqueOrThrow({
      where: { seedKey: "haninge-avtal-kvinnojour" },
      include: { evaluations: { include: { answers: true } } },
    });
    expect([a.followUpClause, a.followUpIntervalYears]).toEqual(["§ 12", 4]);
    const followUp = a.evaluations[0];
    expect(followUp.replyDueDate?.toISOString().slice(0, 10)).toBe("2019-03-01");
    expect(followUp.answers).toHaveLength(13);
    const obs = await db.prisma.observation.findMany({
      where: { organisation: { seedKey: "haninge-kvinnojour" } },
      include: { indicator: true },
    });
    const value = (key: string, breakdown: string | null = null) =>
      obs.filter((o) => o.indicator.seedKey === key && o.breakdown === breakdown).map((o) => o.value.toString());
    expect(value("kvinnor-kontakt")).toEqual(["143"]);
    expect(value("kvinnor-kontakt", "Bosatta i Haninge kommun")).toEqual(["138"]);
    expect(value("stod-och-radgivningssamtal")).toEqual(["2137"]);
    expect(value("personligt-mote-erbjudet")).toEqual(["133"]);
    expect(value("facebook-foljare").sort()).toEqual(["699", "758"]);
    expect(value("instagram-foljare")).toEqual(["209"]);
    expect(value("skyddat-boende-erbjudet")).toEqual(["0"]);
  });

  it("points every figure back to a passage of its document, in repaired Swedish", async () => {
    for (const model of ["grant", "contribution", "observation", "partnerRole", "condition", "evaluation"] as const) {
      // biome-ignore lint/suspicious/noExplicitAny: the same check over several delegates.
      const missing = await (db.prisma[model] as any).count({ where: { sourcePassageId: null } });
      expect(missing, `${model} without source passage`).toBe(0);
    }
    const passages = await db.prisma.sourcePassage.findMany();
    const names = await db.prisma.organisation.findMany({ select: { name: true } });
    const text = [...passages.map((p) => p.quote), ...names.map((n) => n.name)].join("\n");
    for (const damage of [
      "Hasselby",
      "Villingby",
      " lén",
      "Lansstyrelsen",
      "Socialtjanst",
      "Forvaltning",
      "stadsdelsforvaltning",
      "Spanga",
      "Eker6",
      "Aklagar",
      "Visterort",
      "Kriminalvirden",
    ]) {
      expect(text, damage).not.toContain(damage);
    }
    expect(text).toContain("Hässelby-Vällingby");
    expect(text).toContain("Länsstyrelsen i Stockholms län");
  });

  it("is idempotent: a second run adds nothing", async () => {
    const before = await Promise.all([
      db.prisma.grant.count(),
      db.prisma.organisation.count(),
      db.prisma.sourcePassage.count(),
      db.prisma.observation.count(),
    ]);
    const again = await seedSourceDocuments(db.prisma);
    expect(again.seeded).toEqual([]);
    expect(again.skipped).toHaveLength(5);
    const after = await Promise.all([
      db.prisma.grant.count(),
      db.prisma.organisation.count(),
      db.prisma.sourcePassage.count(),
      db.prisma.observation.count(),
    ]);
    expect(after).toEqual(before);
  });
});
