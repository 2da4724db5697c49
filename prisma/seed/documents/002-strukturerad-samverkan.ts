import type { SourceDocumentSeed } from "./types";

/** SAF's proposal that SAN apply to Länsstyrelsen for 916 210 kr to build structured local collaboration. */
export const struktureradSamverkan: SourceDocumentSeed = {
  key: "saf-samverkan-ansokan",
  fileName: "002_ff43d710f016c709.txt",
  author: "saf",
  document: {
    title: "Ansökan till länsstyrelsen om bidrag till uppbyggnad av strukturerad samverkan i kvinnofridsfrågor",
    kind: "APPLICATION",
    officer: "Karin Svanberg",
    officerPhone: "08-508 254 06",
    addressee: "Socialtjänst- och arbetsmarknadsnämnden",
    signatories: ["Dag Helin", "Fredrik Jurdell"],
    summary:
      "Preventionscentrum Stockholm ansöker om sammanlagt 916 210 kronor från länsstyrelsen för att utveckla en modell för lokal samverkan i kvinnofridsfrågor. Dokumentet är odaterat; det hänvisar till SKL:s kartläggning från 2009.",
  },
  async load({ tx, org, passage }) {
    const lst = await org("lst-stockholm");
    const saf = await org("saf");
    const pc = await org("preventionscentrum");

    const pAmount = await passage(
      "Sammanfattning",
      "Preventionscentrum Stockholm vid socialtjänst- och arbetsmarknadsförvaltningens avdelning för stadsövergripande sociala frågor ansöker därför om sammanlagt 916 210 kronor från länsstyrelsen för att utveckla en modell för lokal samverkan i kvinnofridsfrågor. (Ansökan bilagd)",
    );
    await passage(
      "Mål",
      "Projektets mål är att utveckla strukturerad samverkan och ska resultera i följande förslag: En modell för effektiv lokal samverkan i kvinnofridsfrågor (på olika nivåer). Ett uppföljningsbart mål eller indikator (alt. flera) för lokal samverkan i kvinnofridsfrågor. En metod för implementering/spridning av samverkansmodellen.",
    );
    await passage(
      "Sammanfattning",
      "Det långsiktiga målet är att Stockholms stad tillsammans med olika institutioner i länet gemensamt och effektivt (inte minst kostnadsmässigt) ska förebygga våld i nära relationer, minska lidandet för våldets offer samt tillgodose ett rättssäkert stöd för dessa oavsett var de bor eller i vilka verksamheter de är aktuella.",
    );
    const pProgramme = await passage(
      "Bakgrund",
      "Regeringen har också sett ett behov av att utveckla strukturerad samverkan för kvinnofrid på kommunal nivå och har avsatt utvecklingsmedel som ska fördelas av länsstyrelserna. Medlen ska i första hand användas för att stimulera etablerandet av en samverkansstruktur mellan socialtjänst och andra berörda myndigheter samt frivilligorganisationer. I regeringens uppdrag betonas särskilt att samverkansformerna ska integreras i ordinarie organisationer.",
    );
    const pPartners = await passage(
      "Samarbetspartners",
      "Arbetet kommer utföras vid Preventionscentrum Stockholm och ledas av en styrgrupp från Stockholms stad, framförallt med representation från strategiska funktioner i kvinnofridsarbetet i staden. Uppdraget kommer dessutom att genomföras i nära samarbete med aktörer i Stockholms stad som arbetar med kvinnofridsfrågor, Polismyndigheten i Stockholms län, SKL och relevanta frivilligorganisationer samt strategiska personer i några av länets kommuner som har goda exempel på samverkan. Bland dessa väljs ett mindre antal ut som får fungera som referensgrupp i arbetet. Resultat från arbetet kommer också kontinuerligt återkopplas till Operation kvinnofrids arbets- och ledningsgrupp.",
    );
    const pSkl = await passage(
      "Bakgrund",
      "I Sveriges kommuners och landstings (SKL:s) kartläggning av kvinnofridsarbetet i Sveriges kommuner och landsting/regioner (2009) konstateras att den faktor som rangordnas som viktigast för att bedriva ett framgångsrikt kvinnofridsarbete är: ”Att kvinnofridsarbetet sker i samverkan med andra myndigheter och aktörer”. Sedan följer ”att arbetet sker i ordinarie verksamheter” och ”att verksamheterna har en handlingsplan för kvinnofridsarbetet” i samma ordning.",
    );
    const pProposal = await passage(
      "Förslag till beslut",
      "Socialtjänst- och arbetsmarknadsnämnden beslutar att hos länsstyrelsen i Stockholms län ansöka om bidrag till uppbyggnad av strukturerad samverkan i kvinnofridsfrågor.",
    );

    const programme = await tx.programme.create({
      data: {
        seedKey: "utvecklingsmedel-strukturerad-samverkan",
        name: "Utvecklingsmedel för strukturerad samverkan för kvinnofrid på kommunal nivå",
        description:
          "Regeringens utvecklingsmedel som fördelas av länsstyrelserna, i första hand för att stimulera en samverkansstruktur mellan socialtjänst och andra berörda myndigheter samt frivilligorganisationer. Samverkansformerna ska integreras i ordinarie organisationer. Belopp och år anges inte i källan.",
        funderId: await org("regeringen"),
        administratorId: lst,
        sourcePassageId: pProgramme,
      },
    });

    const project = await tx.project.create({
      data: {
        seedKey: "lokal-samverkan-kvinnofrid",
        name: "Modell för lokal samverkan i kvinnofridsfrågor",
        description:
          "Uppbyggnad av strukturerad lokal samverkan i kvinnofridsfrågor i Stockholms stad. Det finns ingen stadsgemensam modell; samverkan ser olika ut i olika delar av staden och sker ofta i projektform utanför ordinarie strukturer.",
        targetGroup: "Våldsutsatta i nära relationer och de verksamheter som möter dem",
        ownerId: saf,
        operatorId: pc,
        phase: "PROJECT",
        municipality: "Stockholm",
        sourcePassageId: pAmount,
        goals: {
          create: [
            { text: "En modell för effektiv lokal samverkan i kvinnofridsfrågor (på olika nivåer).", position: 1 },
            { text: "Ett uppföljningsbart mål eller indikator (alt. flera) för lokal samverkan i kvinnofridsfrågor.", position: 2 },
            { text: "En metod för implementering/spridning av samverkansmodellen.", position: 3 },
            {
              text: "Att Stockholms stad tillsammans med olika institutioner i länet gemensamt och effektivt (inte minst kostnadsmässigt) ska förebygga våld i nära relationer, minska lidandet för våldets offer samt tillgodose ett rättssäkert stöd för dessa oavsett var de bor eller i vilka verksamheter de är aktuella.",
              longTerm: true,
              position: 4,
            },
          ],
        },
      },
      select: { id: true },
    });

    await tx.partnerRole.createMany({
      data: [
        { projectId: project.id, organisationId: saf, role: "OWNER", sourcePassageId: pAmount },
        { projectId: project.id, organisationId: pc, role: "OPERATOR", sourcePassageId: pPartners },
        {
          projectId: project.id,
          organisationId: await org("stockholms-stad"),
          role: "STEERING_GROUP",
          note: "Styrgrupp från Stockholms stad med representation från strategiska funktioner i kvinnofridsarbetet.",
          sourcePassageId: pPartners,
        },
        {
          projectId: project.id,
          organisationId: await org("polismyndigheten-stockholm"),
          role: "COLLABORATION_PARTNER",
          sourcePassageId: pPartners,
        },
        { projectId: project.id, organisationId: await org("skl"), role: "COLLABORATION_PARTNER", sourcePassageId: pPartners },
        {
          projectId: project.id,
          organisationId: await org("operation-kvinnofrid"),
          role: "REFERENCE_GROUP",
          note: "Resultat återkopplas kontinuerligt till Operation kvinnofrids arbets- och ledningsgrupp. Referensgruppen väljs bland samarbetsparterna.",
          sourcePassageId: pPartners,
        },
        {
          projectId: project.id,
          organisationId: lst,
          role: "FUNDER",
          note: "Ansökan om 916 210 kr; beslut framgår inte.",
          sourcePassageId: pAmount,
        },
      ],
    });

    await tx.grant.create({
      data: {
        seedKey: "lst-lokal-samverkan",
        title: "Uppbyggnad av strukturerad samverkan i kvinnofridsfrågor",
        description: "Preventionscentrum Stockholm ansöker om medel för att utveckla en modell för lokal samverkan i kvinnofridsfrågor.",
        funderId: lst,
        applicantId: saf,
        recipientId: saf,
        programmeId: programme.id,
        projectId: project.id,
        amountApplied: "916210",
        status: "DRAFT",
        note: "Tjänsteutlåtandet föreslår att nämnden beslutar att ansöka. Nämndens beslut, inlämningsdatum och länsstyrelsens beslut framgår inte av källan; dokumentet är odaterat.",
        sourcePassageId: pProposal,
      },
    });

    const skl = await tx.indicator.create({
      data: {
        seedKey: "skl-framgangsfaktor-rang",
        name: "Rangordning av framgångsfaktorer i kvinnofridsarbetet (SKL)",
        unit: "rang",
        definition: "Plats i SKL:s kartläggning 2009 av vad som är viktigast för ett framgångsrikt kvinnofridsarbete (1 = viktigast).",
      },
    });
    const period = { periodStart: new Date("2009-01-01T00:00:00.000Z"), periodEnd: new Date("2009-12-31T00:00:00.000Z") };
    await tx.observation.createMany({
      data: [
        {
          indicatorId: skl.id,
          organisationId: await org("skl"),
          ...period,
          breakdown: "Samverkan med andra myndigheter och aktörer",
          value: "1",
          sourcePassageId: pSkl,
        },
        {
          indicatorId: skl.id,
          organisationId: await org("skl"),
          ...period,
          breakdown: "Arbetet sker i ordinarie verksamheter",
          value: "2",
          sourcePassageId: pSkl,
        },
        {
          indicatorId: skl.id,
          organisationId: await org("skl"),
          ...period,
          breakdown: "Verksamheterna har en handlingsplan för kvinnofridsarbetet",
          value: "3",
          sourcePassageId: pSkl,
        },
      ],
    });
  },
};
