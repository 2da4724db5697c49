import { day } from "../context";
import type { OrganisationKey } from "../organisations";
import { ensureRelationsvaldscentrum } from "../shared";
import type { SourceDocumentSeed } from "./types";

/** The seven partners that each set aside 150 000 kr a year for Relationsvåldscentrum. */
const CASH_PARTNERS: OrganisationKey[] = ["hasselby-vallingby", "bromma", "rinkeby-kista", "spanga-tensta", "solna", "sundbyberg", "ekero"];
const PROJECT_YEARS = [2007, 2008, 2009];

/** Hässelby-Vällingby's reply to the (V) letter "Rädda Relationsvåldscentrum", October 2009. */
export const relationsvaldscentrum: SourceDocumentSeed = {
  key: "hv-2009-relationsvaldscentrum",
  fileName: "001_e1056b3a80d04989.txt",
  author: "hasselby-vallingby",
  document: {
    title: "Rädda Relationsvåldscentrum. Skrivelse till kommunstyrelsen från (V), dnr 332-1747/2009",
    kind: "OFFICIAL_REPORT",
    reference: "006-482-2009",
    year: 2009,
    officer: "Hans Peters",
    officerPhone: "08-508 04 016",
    addressee: "Hässelby-Vällingby stadsdelsnämnd",
    meetingDate: day("2009-10-27"),
    signatories: ["Leif Spjuth, stadsdelsdirektör", "Ingrid Brännström, avdelningschef"],
    summary:
      "Stadsdelsnämndens svar på remissen av Vänsterpartiets skrivelse om att kvinnofridsarbetet ska prioriteras i budgetdirektiven för 2010. Relationsvåldscentrum har beviljats 500 000 kr av sökta 900 000 kr för implementeringsåret 2010; den långsiktiga finansieringen är inte säkrad.",
  },
  async load({ tx, org, passage }) {
    const lst = await org("lst-stockholm");
    const saf = await org("saf");
    const projectId = await ensureRelationsvaldscentrum(tx);

    const pSummary = await passage(
      "Sammanfattning",
      "Ann-Margarethe Livh (V) har i en skrivelse till kommunstyrelsen den 26 augusti 2009 hemställt om att stadsledningskontoret ska få i uppdrag att i budgetdirektiven för 2010 års budget tydliggöra att kvinnofridsarbetet är prioriterat och att tillräckliga resurser ska satsas på utveckling av det arbetet. Relationsvåldscentrum har drivits i projektform sedan 2007 med stöd av medel från Länsstyrelsen och berörda kommuner och stadsdelar.",
    );
    const pRemiss = await passage(
      "Bakgrund",
      "Skrivelsen har remitterats till Socialtjänst- och arbetsmarknadsnämnden, stadsdelsnämnderna Hässelby-Vällingby, Rinkeby-Kista och Spånga-Tensta för yttrande senast den 31 oktober 2009.",
    );
    const pParties = await passage(
      "Förvaltningens redogörelse och förslag",
      "Relationsvåldscentrum startade sin projektverksamhet i juni 2007 med stöd av projektmedel från Länsstyrelsen i Stockholms län. Huvudman för projektet är Socialtjänst- och arbetsmarknadsförvaltningen. Övriga deltagare är stadsdelsförvaltningarna Hässelby-Vällingby, Bromma, Rinkeby-Kista och Spånga-Tensta samt Solna stad, Sundbybergs stad och Ekerö kommun. Därutöver ingår även Västerorts polismästardistrikt, Åklagarmyndigheten, Kriminalvården samt Stockholms läns landsting i projektet.",
    );
    const pMoney = await passage(
      "Förvaltningens redogörelse och förslag",
      "Hässelby-Vällingby stadsdelsförvaltningen har årligen avsatt 150 000 kronor för projektets drift. Detsamma har övriga stadsdelsförvaltningar och länskommuner gjort. Västerorts polismästardistrikt har tillhandahållit lokaler för projektets personal m.m.",
    );
    const pCases = await passage(
      "Förvaltningens redogörelse och förslag",
      "Under de drygt två år som projektet pågått har ca 600 ärenden handlagts av Relationsvåldscentrum. Arbetsmetoder har utarbetats och avgränsningar gentemot andra myndigheter har kunnat finslipas i effektiviseringssyfte. Under 2009 har en metodbok färdigställts i vilken arbetsmetoder och arbetssätt redovisas. En samverkansplan för stöd till personer som utsatts för relationsvåld har tagits fram. Två utvärderingsrapporter har presenterats och enligt dessa har projektet hittills upplevts som lyckat för både berörda klienter och samverkanspartners.",
    );
    const pPlan = await passage(
      "Förvaltningens redogörelse och förslag",
      "Den ursprungliga tanken var att verksamheten skulle utvecklas under åren 2007–2009 och att man därefter skulle ta ställning till verksamhetens framtid. […] Styrgruppens bedömning är att det behövs ett implementeringsår för att få verksamheten att fungera stabilt på längre sikt. Mot den bakgrunden ansökte styrgruppen via Socialtjänst- och arbetsmarknadsförvaltningen i juni 2009 om 900 000 kronor i projektmedel för år 2010 hos Länsstyrelsen i Stockholms län.",
    );
    const pDecision = await passage(
      "Förvaltningens redogörelse och förslag",
      "Länsstyrelsen beslutade den 10 september 2009 att bevilja Relationsvåldscentrum ett projektbidrag om 500 000 kronor under förutsättning att berörda samverkanspartners redovisar hur de långsiktigt ska kunna trygga finansieringen av verksamheten.",
    );
    const pBudget = await passage(
      "Förvaltningens redogörelse och förslag",
      "Berörda parter kommer i projektets styrgrupp att fortsätta diskussionerna kring implementeringen och den långsiktiga finansieringen. Den diskussionen beräknas slutföras under hösten 2009 i samband med stadsdelens framtagande av budget och verksamhetsplan för 2010. Länskommunerna arbetar enligt en modell med 2-årsbudgetar, vilket är en aspekt som berörda stadsdelar och Socialtjänst- och arbetsmarknadsförvaltningen har att beakta.",
    );

    await tx.project.update({ where: { id: projectId }, data: { sourcePassageId: pParties } });
    await tx.projectGoal.createMany({
      data: [
        { projectId, text: "Utveckla verksamheten under åren 2007–2009 och därefter ta ställning till dess framtid.", position: 1 },
        { projectId, text: "Få verksamheten att fungera stabilt på längre sikt genom ett implementeringsår 2010.", position: 2 },
        { projectId, text: "Permanent verksamhet med långsiktigt tryggad finansiering.", longTerm: true, position: 3 },
      ],
    });
    await tx.projectPhasePeriod.createMany({
      data: [
        { projectId, phase: "PROJECT", fromYear: 2007, toYear: 2009, note: "Projektverksamhet från juni 2007." },
        { projectId, phase: "IMPLEMENTATION", fromYear: 2010, toYear: 2010, note: "Implementeringsår enligt styrgruppens bedömning." },
        { projectId, phase: "PERMANENT", fromYear: 2011, note: "Permanentning diskuteras; finansieringen är inte säkrad." },
      ],
    });

    const roles: { key: OrganisationKey; role: "OWNER" | "PARTICIPANT" | "STEERING_GROUP" | "FUNDER"; note?: string }[] = [
      { key: "saf", role: "OWNER", note: "Huvudman" },
      ...CASH_PARTNERS.map((key) => ({ key, role: "PARTICIPANT" as const })),
      { key: "vasterort-polis", role: "PARTICIPANT", note: "Tillhandahåller lokaler för projektets personal." },
      { key: "aklagarmyndigheten", role: "PARTICIPANT" },
      { key: "kriminalvarden", role: "PARTICIPANT" },
      { key: "sll", role: "PARTICIPANT" },
      { key: "lst-stockholm", role: "FUNDER", note: "Projektmedel 2007–2009 och projektbidrag 2010." },
    ];
    for (const r of roles) {
      await tx.partnerRole.create({
        data: {
          projectId,
          organisationId: await org(r.key),
          role: r.role,
          fromYear: 2007,
          toYear: r.key === "lst-stockholm" ? 2010 : undefined,
          note: r.note,
          sourcePassageId: r.role === "FUNDER" ? pSummary : pParties,
        },
      });
    }
    await tx.partnerRole.create({
      data: {
        projectId,
        organisationId: saf,
        role: "STEERING_GROUP",
        fromYear: 2009,
        note: "Styrgruppen ansökte via SAF om medel för 2010.",
        sourcePassageId: pPlan,
      },
    });

    for (const key of CASH_PARTNERS) {
      const organisationId = await org(key);
      await tx.contribution.createMany({
        data: PROJECT_YEARS.map((year) => ({
          projectId,
          organisationId,
          year,
          kind: "CASH" as const,
          amount: "150000",
          description: "Avsatt för projektets drift",
          status: "COMMITTED" as const,
          sourcePassageId: pMoney,
        })),
      });
    }
    const police = await org("vasterort-polis");
    await tx.contribution.createMany({
      data: PROJECT_YEARS.map((year) => ({
        projectId,
        organisationId: police,
        year,
        kind: "IN_KIND" as const,
        description: "Lokaler för projektets personal m.m.",
        status: "COMMITTED" as const,
        sourcePassageId: pMoney,
      })),
    });

    await tx.grant.create({
      data: {
        seedKey: "lst-rvc-2007-2009",
        title: "Projektmedel till Relationsvåldscentrum 2007–2009",
        funderId: lst,
        applicantId: saf,
        recipientId: saf,
        projectId,
        status: "GRANTED",
        periodStartYear: 2007,
        periodEndYear: 2009,
        note: "Källan säger att projektet drivits med stöd av projektmedel från Länsstyrelsen sedan juni 2007; belopp, diarienummer och beslutsdatum anges inte.",
        sourcePassageId: pParties,
      },
    });
    await tx.grant.create({
      data: {
        seedKey: "lst-rvc-2010",
        title: "Projektmedel för implementeringsår 2010 – Relationsvåldscentrum",
        description: "Styrgruppen ansökte via Socialtjänst- och arbetsmarknadsförvaltningen om projektmedel för ett implementeringsår.",
        funderId: lst,
        applicantId: saf,
        recipientId: saf,
        projectId,
        amountApplied: "900000",
        amountGranted: "500000",
        submittedDate: day("2009-06-01"),
        submittedPrecision: "MONTH",
        decisionDate: day("2009-09-10"),
        decisionText:
          "Länsstyrelsen beviljar Relationsvåldscentrum ett projektbidrag om 500 000 kronor under förutsättning att berörda samverkanspartners redovisar hur de långsiktigt ska kunna trygga finansieringen av verksamheten.",
        status: "PARTIALLY_GRANTED",
        periodStartYear: 2010,
        periodEndYear: 2010,
        note: "Ansökan lämnades in i juni 2009; dagen anges inte.",
        sourcePassageId: pDecision,
        yearAmounts: { create: [{ year: 2010, amountApplied: "900000", amountGranted: "500000" }] },
        conditions: {
          create: [
            {
              text: "Berörda samverkanspartners redovisar hur de långsiktigt ska kunna trygga finansieringen av verksamheten.",
              blocksPayment: true,
              evidence: "Diskussion i styrgruppen, beräknad att slutföras hösten 2009 i samband med budget och verksamhetsplan för 2010.",
              sourcePassageId: pDecision,
            },
          ],
        },
      },
    });

    const cases = await tx.indicator.upsert({
      where: { seedKey: "arenden-handlagda" },
      update: {},
      create: {
        seedKey: "arenden-handlagda",
        name: "Handlagda ärenden",
        unit: "ärenden",
        definition: "Ärenden som handlagts av verksamheten under perioden.",
        countsPeople: false,
      },
    });
    await tx.observation.create({
      data: {
        indicatorId: cases.id,
        projectId,
        periodStart: day("2007-06-01"),
        periodEnd: day("2009-10-27"),
        value: "600",
        approximate: true,
        note: "”Under de drygt två år som projektet pågått har ca 600 ärenden handlagts” – från starten i juni 2007 till tjänsteutlåtandet i oktober 2009.",
        sourcePassageId: pCases,
      },
    });

    for (const n of [1, 2]) {
      await tx.evaluation.create({
        data: {
          seedKey: `rvc-utvarderingsrapport-${n}`,
          kind: "EVALUATION_REPORT",
          title: `Utvärderingsrapport ${n} om Relationsvåldscentrum`,
          projectId,
          periodStart: day("2007-06-01"),
          verdict: "Projektet har hittills upplevts som lyckat för både berörda klienter och samverkanspartners.",
          summary: "Två utvärderingsrapporter har presenterats. Utvärderare, datum och period anges inte i källan.",
          sourcePassageId: pCases,
        },
      });
    }

    await tx.activity.createMany({
      data: [
        {
          projectId,
          title: "Metodbok färdigställd",
          description: "Arbetsmetoder och arbetssätt redovisas.",
          date: day("2009-01-01"),
          datePrecision: "YEAR",
          sourcePassageId: pCases,
        },
        { projectId, title: "Samverkansplan för stöd till personer som utsatts för relationsvåld framtagen", sourcePassageId: pCases },
        {
          projectId,
          organisationId: await org("kommunstyrelsen-stockholm"),
          title: "Skrivelse från (V), Ann-Margarethe Livh, till kommunstyrelsen: Rädda Relationsvåldscentrum (dnr 332-1747/2009)",
          date: day("2009-08-26"),
          sourcePassageId: pSummary,
        },
        { projectId, title: "Yttrande över remissen senast", date: day("2009-10-31"), sourcePassageId: pRemiss },
        {
          projectId,
          organisationId: await org("hasselby-vallingby"),
          title: "Hässelby-Vällingby stadsdelsnämnd behandlar ärendet",
          date: day("2009-10-27"),
          sourcePassageId: pRemiss,
        },
        {
          projectId,
          title: "Styrgruppen slutför diskussionen om implementering och långsiktig finansiering",
          description: "I samband med budget och verksamhetsplan för 2010; länskommunerna har 2-årsbudgetar.",
          date: day("2009-09-01"),
          datePrecision: "MONTH",
          sourcePassageId: pBudget,
        },
      ],
    });
  },
};
