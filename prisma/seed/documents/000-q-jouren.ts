import { day } from "../context";
import { ensureKvinnojourProgramme } from "../shared";
import type { SourceDocumentSeed } from "./types";

/** SAF's cooperation plan for Q-jouren, the condition of Länsstyrelsen's grant of 2 200 000 kr. */
export const qJouren: SourceDocumentSeed = {
  key: "saf-2009-q-jouren",
  fileName: "000_e3476bb7543f0378.txt",
  author: "saf",
  document: {
    title: "Verksamhetsetablering av Q-jouren",
    kind: "LETTER",
    reference: "6.0-0203/2009",
    year: 2009,
    officer: "Linn Ljunglöf",
    officerPhone: "08-508 25 077",
    addressee: "Länsstyrelsen i Stockholm",
    signatories: [],
    summary:
      "Stockholms stads samarbetsplan för hur staden ska bistå RFHL Stockholm med att trygga en framtida finansiering av Q-jouren – villkoret i länsstyrelsens beslut om 2 200 000 kr (Lst dnr 704-07-89225).",
  },
  async load({ tx, org, passage }) {
    const lst = await org("lst-stockholm");
    const saf = await org("saf");
    const san = await org("san");
    const rfhl = await org("rfhl-stockholm");

    const pDecision = await passage(
      null,
      "Länsstyrelsen i Stockholms län beslutade i oktober 2008 att bevilja Stockholms stad/Socialtjänstförvaltningen 2 200 000 kr avsedda för att stödja RFHL Stockholms projekt Q-jouren (Lst dnr: 704-07-89225). Bidraget avser andra året i regeringens tvåårssatsning Utvecklingsmedel till kvinnojoursverksamhet 2007–2008.",
    );
    const pCondition = await passage(
      null,
      "I beslutet villkoras de beviljade medlen mot att Stockholms stad redovisar en plan för hur man under kommande verksamhetsår ska bistå RFHL Stockholm med att etablera kontakter för att trygga en framtida finansiering av verksamheten Q-jouren. Denna plan ska redovisas till länsstyrelsen i samband med projektets nästa delrapport senast den 1 mars 2009.",
    );
    const pInfo = await passage(
      "Informations- och kunskapsspridning",
      "Socialtjänst- och arbetsmarknadsförvaltningen (SAF) bistår med att sakligt informera Socialtjänst- och arbetsmarknadsnämndens (SAN) politiker om målgruppen våldsutsatta, missbrukande kvinnor och Q-jourens verksamhet. Enligt plan informeras SAN i samband med sammanträdet i mars 2009. Vid SAN:s utskott organisations- och föreningsutskottets (OFU) sammanträde den 12 februari 2009 behandlas även en ansökan från RFHL Stockholm gällande ekonomiskt stöd till Q-jouren.",
    );
    const pResources = await passage(
      "Samarbetsresurser",
      "En tjänsteman hos socialtjänst- och arbetsmarknadsförvaltningen utvärderar projektet/verksamheten Q-jouren. […] En annan tjänsteman inom socialtjänstförvaltningen är delvis tjänstledig för att arbeta som projektledare inom Q-jouren vilket också bidrar till en god insyn i verksamheten och kontinuerlig återrapportering.",
    );
    const pTraining = await passage(
      "Utbildningsinsatser",
      "Under hösten 2009 planerar SAF att tillsammans med RFHL Stockholm arrangera en utbildningssatsning främst riktad till de olika stadsdelsförvaltningarna i Stockholm, närliggande kranskommuner men även andra intressenter som exempelvis olika boenden. Utbildningen/konferensen kommer att fokusera på våldsutsatta kvinnor med en missbruksproblematik, och information kring insatser för målgruppen.",
    );
    const pNetwork = await passage(
      "Nätverk",
      "Q-jouren har även representanter med i det nätverk för frivilligorganisationer verksamma inom kvinnofridsområdet som träffas 2–3 gånger årligen och inbjuds av SAF.",
    );
    const pGoal = await passage(
      "Förvaltningens sammanfattande kommentar",
      "Socialtjänst- och arbetsmarknadsförvaltningen ser positivt på RFHL Stockholms initiativ med att starta en kvinnojour för missbrukande kvinnor och följer etableringen av verksamheten. […] att Q-jourens verksamhet ska uppnå sin målsättning, att erbjuda våldsutsatta missbrukande kvinnor råd, stöd och skydd.",
    );

    const project = await tx.project.create({
      data: {
        seedKey: "q-jouren",
        name: "Q-jouren",
        description:
          "RFHL Stockholms kvinnojour för våldsutsatta, missbrukande kvinnor, med ett planerat skyddat boende. Verksamhetsetablering med stöd av Stockholms stad.",
        targetGroup: "Våldsutsatta kvinnor med missbruksproblematik",
        ownerId: rfhl,
        operatorId: rfhl,
        lead: "Tjänsteman inom socialtjänstförvaltningen, delvis tjänstledig (namn anges inte)",
        phase: "PROJECT",
        municipality: "Stockholm",
        sourcePassageId: pGoal,
        goals: { create: [{ text: "Att erbjuda våldsutsatta missbrukande kvinnor råd, stöd och skydd.", longTerm: true }] },
        phases: {
          create: [
            {
              phase: "PROJECT",
              fromYear: 2007,
              note: "Projekt inom Utvecklingsmedel till kvinnojoursverksamhet 2007–2008; verksamhetsetablering 2009.",
            },
          ],
        },
      },
      select: { id: true },
    });

    await tx.partnerRole.createMany({
      data: [
        { projectId: project.id, organisationId: rfhl, role: "OWNER", sourcePassageId: pDecision },
        { projectId: project.id, organisationId: rfhl, role: "OPERATOR", sourcePassageId: pGoal },
        { projectId: project.id, organisationId: lst, role: "FUNDER", fromYear: 2008, toYear: 2008, sourcePassageId: pDecision },
        {
          projectId: project.id,
          organisationId: saf,
          role: "COLLABORATION_PARTNER",
          fromYear: 2009,
          note: "Informations- och kunskapsspridning, samarbetsresurser, utbildningsinsatser och nätverk enligt samarbetsplanen.",
          sourcePassageId: pInfo,
        },
        { projectId: project.id, organisationId: saf, role: "EVALUATOR", fromYear: 2009, sourcePassageId: pResources },
      ],
    });

    const programmeId = await ensureKvinnojourProgramme(tx);
    await tx.grant.create({
      data: {
        seedKey: "lst-q-jouren-2008",
        title: "Stöd till RFHL Stockholms projekt Q-jouren",
        description: "Bidraget avser andra året i regeringens tvåårssatsning Utvecklingsmedel till kvinnojoursverksamhet 2007–2008.",
        funderId: lst,
        applicantId: saf,
        recipientId: saf,
        programmeId,
        projectId: project.id,
        funderReference: "704-07-89225",
        amountGranted: "2200000",
        decisionDate: day("2008-10-01"),
        decisionPrecision: "MONTH",
        decisionText:
          "Länsstyrelsen beviljar Stockholms stad/Socialtjänstförvaltningen 2 200 000 kr för att stödja RFHL Stockholms projekt Q-jouren, villkorat mot en plan för framtida finansiering.",
        status: "GRANTED",
        periodStartYear: 2008,
        periodEndYear: 2008,
        note: "Beslutet fattades i oktober 2008; dagen anges inte. Sökt belopp anges inte i källan.",
        sourcePassageId: pDecision,
        yearAmounts: { create: [{ year: 2008, amountGranted: "2200000" }] },
        conditions: {
          create: [
            {
              text: "Stockholms stad redovisar en plan för hur man under kommande verksamhetsår ska bistå RFHL Stockholm med att etablera kontakter för att trygga en framtida finansiering av verksamheten Q-jouren.",
              dueDate: day("2009-03-01"),
              blocksPayment: true,
              evidence:
                "Samarbetsplan gällande Q-jourens verksamhetsetablering (SAF dnr 6.0-0203/2009). Länsstyrelsens bedömning av planen framgår inte.",
              status: "OPEN",
              sourcePassageId: pCondition,
            },
          ],
        },
        reportRequirements: {
          create: [
            {
              kind: "INTERIM",
              title: "Projektets nästa delrapport, med planen för framtida finansiering",
              dueDate: day("2009-03-01"),
              sourcePassageId: pCondition,
            },
          ],
        },
      },
    });

    await tx.grant.create({
      data: {
        seedKey: "san-q-jouren-2009",
        title: "Ekonomiskt stöd till Q-jouren",
        description:
          "Ansökan från RFHL Stockholm, behandlad vid organisations- och föreningsutskottets (OFU) sammanträde den 12 februari 2009.",
        funderId: san,
        applicantId: rfhl,
        recipientId: rfhl,
        projectId: project.id,
        status: "SUBMITTED",
        note: "Sökt belopp och beslut framgår inte av källan.",
        sourcePassageId: pInfo,
      },
    });

    await tx.contribution.createMany({
      data: [
        {
          projectId: project.id,
          organisationId: saf,
          year: 2009,
          kind: "IN_KIND",
          description: "En tjänsteman på SAF utvärderar projektet/verksamheten Q-jouren.",
          status: "COMMITTED",
          sourcePassageId: pResources,
        },
        {
          projectId: project.id,
          organisationId: saf,
          year: 2009,
          kind: "IN_KIND",
          description: "En tjänsteman inom socialtjänstförvaltningen är delvis tjänstledig för att arbeta som projektledare inom Q-jouren.",
          status: "COMMITTED",
          sourcePassageId: pResources,
        },
      ],
    });

    await tx.evaluation.create({
      data: {
        seedKey: "q-jouren-saf-utvardering",
        kind: "ONGOING_EVALUATION",
        title: "SAF:s utvärdering av Q-jouren",
        projectId: project.id,
        evaluatorOrganisationId: saf,
        summary:
          "En tjänsteman hos socialtjänst- och arbetsmarknadsförvaltningen utvärderar projektet/verksamheten, vilket visar förvaltningens intresse av att nära följa verksamhetens utveckling och målgruppens behov.",
        sourcePassageId: pResources,
      },
    });

    await tx.activity.createMany({
      data: [
        {
          projectId: project.id,
          organisationId: san,
          title: "OFU behandlar RFHL Stockholms ansökan om ekonomiskt stöd till Q-jouren",
          date: day("2009-02-12"),
          sourcePassageId: pInfo,
        },
        {
          projectId: project.id,
          organisationId: saf,
          title: "SAN informeras om målgruppen och Q-jourens verksamhet",
          date: day("2009-03-01"),
          datePrecision: "MONTH",
          sourcePassageId: pInfo,
        },
        {
          projectId: project.id,
          organisationId: saf,
          title: "Utbildningssatsning/konferens om våldsutsatta kvinnor med missbruksproblematik (SAF och RFHL Stockholm)",
          date: day("2009-09-01"),
          datePrecision: "MONTH",
          description: "Planerad hösten 2009; riktad till stadsdelsförvaltningarna, kranskommuner och boenden.",
          sourcePassageId: pTraining,
        },
        {
          projectId: project.id,
          organisationId: saf,
          title: "Nätverket för frivilligorganisationer inom kvinnofridsområdet (2–3 gånger årligen)",
          description: "Inbjuds av SAF; aktuell information, erfarenhetsutbyte.",
          sourcePassageId: pNetwork,
        },
      ],
    });
  },
};
