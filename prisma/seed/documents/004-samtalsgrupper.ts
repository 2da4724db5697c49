import { day } from "../context";
import { ensureKvinnojourProgramme } from "../shared";
import type { SourceDocumentSeed } from "./types";

/** Hässelby-Vällingby's application of 100 000 kr for a 2008 pilot of support groups, with the programme's figures. */
export const samtalsgrupper: SourceDocumentSeed = {
  key: "hv-2007-samtalsgrupper",
  fileName: "004_2639a40cd04d2895.txt",
  author: "hasselby-vallingby",
  document: {
    title:
      "Ansökan till Länsstyrelsen i Stockholms län om medel för genomförande av pilotprojekt med samtalsgrupper för våldsutsatta kvinnor över 18 år",
    kind: "APPLICATION",
    reference: "Dnr – – 2007 (ofullständigt i originalet)",
    year: 2007,
    officer: "Hans Peters",
    officerPhone: "08-508 040 16",
    addressee: "Hässelby-Vällingby stadsdelsnämnd",
    meetingDate: day("2007-11-27"),
    signatories: ["Leif Spjuth, stadsdelsdirektör", "Birgitta Härröd, avdelningschef"],
    summary:
      "Stadsdelsnämnden ansöker om utvecklingsmedel om 100 000 kronor för helåret 2008 för ett pilotprojekt med samtalsgrupper för kvinnor över 18 år som utsatts för våld i nära relation. Ansökan har redan sänts in (ansökningstiden gick ut den 1 oktober 2007) och gäller under förutsättning av nämndens beslut.",
  },
  async load({ tx, org, passage }) {
    const lst = await org("lst-stockholm");
    const hv = await org("hasselby-vallingby");
    const team = await org("kvinnofridsteamet-hv");

    const pProgramme = await passage(
      "Bakgrund",
      "Sveriges regering har avsatt 109 miljoner kronor årligen för åren 2007 och 2008 i syfte att förstärka och utveckla kvinnojoursverksamheterna i landets kommuner. Länsstyrelsen i Stockholms län har fått drygt 21 mkr att fördela för 2007 och lika mycket för 2008. Syftet med satsningen är bl.a. att långsiktigt förbättra och kvalitetsutveckla socialtjänstens stöd till våldsutsatta kvinnor och barn som bevittnat våld. Kommunernas arbete förutsätts bli mer målinriktat, strukturerat och samordnat.",
    );
    const pApplication = await passage(
      "Sammanfattning",
      "Hässelby-Vällingby stadsdelsnämnd ansöker hos Länsstyrelsen i Stockholms län om utvecklingsmedel om 100 000 kronor för helåret 2008 avseende genomförande av ett pilotprojekt med samtalsgrupper för kvinnor över 18 år som varit utsatta för fysiskt och/eller psykiskt våld i nära relation. Ansökan har insänts till Länsstyrelsen och gäller under förutsättning av nämndens beslut.",
    );
    const pDeadline = await passage(
      "Bakgrund",
      "Då ansökningstiden gick ut den 1 oktober 2007 har ansökan redan sänts in till Länsstyrelsen och gäller under förutsättning av nämndens beslut.",
    );
    const pTeam = await passage(
      "Bakgrund",
      "Våren 2007 startade Kvinnofridsteamet inom Hässelby-Vällingby sin verksamhet för att kunna ge ett bättre stöd till kvinnor som utsatts för hot och våld av närstående män. Som en del i det arbetet avses samtalsgrupper för våldsutsatta kvinnor över 18 år startas som ett pilotprojekt under 2008.",
    );
    const pPilot = await passage(
      "Förvaltningens förslag",
      "Några socialsekreterare har under våren 2007 fått utbildning i hur man leder samtalsgrupper för våldsutsatta kvinnor. En pilotgrupp har nu startats i form av en samtalsgrupp. Kvinnorna i gruppen bör kunna tala och förstå svenska. Syftet med pilotprojektet är att samtalsgruppen som arbetsform får ett modellvärde som kan övertas av andra som är intresserade av att leda samtalsgrupper med våldsutsatta kvinnor. Projektet kommer efter avslutningen att utvärderas och implementeras om det slår väl ut.",
    );

    const programmeId = await ensureKvinnojourProgramme(tx);
    await tx.programme.update({ where: { id: programmeId }, data: { sourcePassageId: pProgramme } });
    const national = await org("regeringen");
    await tx.programmeAllocation.createMany({
      data: [2007, 2008].flatMap((year) => [
        { programmeId, year, level: "NATIONAL" as const, organisationId: national, amount: "109000000", sourcePassageId: pProgramme },
        {
          programmeId,
          year,
          level: "COUNTY" as const,
          organisationId: lst,
          amount: "21000000",
          approximate: true,
          note: "”drygt 21 mkr att fördela för 2007 och lika mycket för 2008”",
          sourcePassageId: pProgramme,
        },
      ]),
    });

    const project = await tx.project.create({
      data: {
        seedKey: "samtalsgrupper-hv",
        name: "Pilotprojekt med samtalsgrupper för våldsutsatta kvinnor över 18 år",
        description:
          "Samtalsgrupper för kvinnor som saknar stöd under och efter uppbrottsprocessen, för att sätta ord på det de varit med om, bryta sin isolering och träffa andra kvinnor i samma situation. Samtalsgruppen som arbetsform ska få ett modellvärde som kan övertas av andra.",
        targetGroup:
          "Kvinnor över 18 år som varit utsatta för fysiskt och/eller psykiskt våld i nära relation och som kan tala och förstå svenska",
        ownerId: hv,
        operatorId: team,
        phase: "PILOT",
        startDate: day("2008-01-01"),
        endDate: day("2008-12-31"),
        municipality: "Stockholm",
        sourcePassageId: pPilot,
        goals: {
          create: [
            { text: "Ge stöd under och efter uppbrottsprocessen till kvinnor som inte erhåller akut insats.", position: 1 },
            { text: "Att samtalsgruppen som arbetsform får ett modellvärde som kan övertas av andra.", longTerm: true, position: 2 },
          ],
        },
        phases: {
          create: [
            { phase: "PILOT", fromYear: 2008, toYear: 2008, note: "Utvärderas efter avslutningen och implementeras om det slår väl ut." },
          ],
        },
      },
      select: { id: true },
    });

    await tx.partnerRole.createMany({
      data: [
        { projectId: project.id, organisationId: hv, role: "OWNER", fromYear: 2008, toYear: 2008, sourcePassageId: pApplication },
        { projectId: project.id, organisationId: team, role: "OPERATOR", fromYear: 2008, toYear: 2008, sourcePassageId: pTeam },
        {
          projectId: project.id,
          organisationId: lst,
          role: "FUNDER",
          fromYear: 2008,
          toYear: 2008,
          note: "Ansökan om 100 000 kr; beslut framgår inte.",
          sourcePassageId: pApplication,
        },
      ],
    });

    await tx.grant.create({
      data: {
        seedKey: "lst-samtalsgrupper-2008",
        title: "Utvecklingsmedel för pilotprojekt med samtalsgrupper för våldsutsatta kvinnor över 18 år",
        description: "Genomförande av ett pilotprojekt med samtalsgrupper under helåret 2008.",
        funderId: lst,
        applicantId: hv,
        recipientId: hv,
        programmeId,
        projectId: project.id,
        amountApplied: "100000",
        applicationDeadline: day("2007-10-01"),
        status: "SUBMITTED",
        periodStartYear: 2008,
        periodEndYear: 2008,
        note: "Insänd före ansökningstidens utgång den 1 oktober 2007 (exakt datum anges inte); gäller under förutsättning av nämndens beslut den 27 november 2007. Länsstyrelsens beslut framgår inte.",
        sourcePassageId: pDeadline,
        yearAmounts: { create: [{ year: 2008, amountApplied: "100000" }] },
      },
    });

    await tx.evaluation.create({
      data: {
        seedKey: "samtalsgrupper-utvardering",
        kind: "PLANNED",
        title: "Utvärdering av pilotprojektet med samtalsgrupper",
        projectId: project.id,
        evaluatorOrganisationId: hv,
        periodStart: day("2008-01-01"),
        periodEnd: day("2008-12-31"),
        dueDate: day("2009-01-01"),
        summary:
          "Projektet kommer efter avslutningen att utvärderas och implementeras om det slår väl ut. Inget datum anges; förfaller när piloten avslutats vid utgången av 2008.",
        sourcePassageId: pPilot,
      },
    });

    await tx.activity.createMany({
      data: [
        {
          projectId: project.id,
          organisationId: team,
          title: "Socialsekreterare utbildade i att leda samtalsgrupper för våldsutsatta kvinnor",
          date: day("2007-03-01"),
          datePrecision: "MONTH",
          description: "Våren 2007.",
          sourcePassageId: pPilot,
        },
        {
          projectId: project.id,
          organisationId: team,
          title: "En pilotgrupp har startats i form av en samtalsgrupp",
          date: day("2007-11-27"),
          description: "Enligt tjänsteutlåtandet till sammanträdet den 27 november 2007.",
          sourcePassageId: pPilot,
        },
        {
          projectId: project.id,
          organisationId: hv,
          title: "Stadsdelsnämnden godkänner ansökan (omedelbar justering)",
          date: day("2007-11-27"),
          sourcePassageId: pApplication,
        },
      ],
    });
  },
};
