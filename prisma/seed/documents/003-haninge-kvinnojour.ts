import { day } from "../context";
import { haningeQuestions } from "./003-haninge-questions";
import type { SourceDocumentSeed } from "./types";

const YEAR_2018 = { periodStart: day("2018-01-01"), periodEnd: day("2018-12-31") };

/** Haninge socialnämnd's four-yearly follow-up (§ 12) of its agreement with Haninge Kvinnojour, with the answers. */
export const haningeKvinnojour: SourceDocumentSeed = {
  key: "haninge-2019-uppfoljning-kvinnojour",
  fileName: "003_b13f6bce63896188.txt",
  author: "socialforvaltningen-haninge",
  document: {
    title: "Uppföljning av socialnämndens avtal med Haninge Kvinnojour",
    kind: "FOLLOW_UP",
    year: 2019,
    officer: "Sofia Nordgren",
    officerPhone: "08-606 7307",
    addressee: "Haninge Kvinnojour",
    signatories: ["Sofia Nordgren, 08-606 7307", "Xerxes Fallah, 08-606 7302"],
    summary:
      "Socialförvaltningens uppföljning, enligt avtalets § 12 vart fjärde år, av avtalet som ligger till grund för föreningsbidraget till Haninge Kvinnojour: 13 frågor med föreningens svar om 2018. Svar senast den 1 mars 2019.",
  },
  async load({ tx, org, passage }) {
    const nämnd = await org("socialnamnden-haninge");
    const förvaltning = await org("socialforvaltningen-haninge");
    const jour = await org("haninge-kvinnojour");

    const pBackground = await passage(
      "Bakgrund",
      "Socialnämnden har gett förvaltningen i uppdrag att göra en uppföljning av det avtal som föreningen har med socialnämnden och som ligger till grund för föreningsbidrag. Enligt avtalet § 12 ska uppföljning ske vart fjärde år. Föreningen ska då visa vilka resultat som föreningen har uppnått med sin verksamhet.",
    );
    const pDue = await passage(
      null,
      "Vi ser gärna att få era svar skriftligen snarast, senast 1 mars 2019. Vänligen e-posta era svar till socialforvaltningen@haninge.se",
    );

    const operation = await tx.project.create({
      data: {
        seedKey: "haninge-kvinnojour-verksamhet",
        name: "Haninge Kvinnojours verksamhet",
        description:
          "Kvinnojour, tjejjour och skyddat boende: stödsamtal, rådgivning, följe till myndigheter och rättegångar, information och opinionsarbete. Anonymt, inga journaler förs.",
        targetGroup: "Våldsutsatta kvinnor och deras barn, unga tjejer och anhöriga",
        ownerId: jour,
        operatorId: jour,
        phase: "PERMANENT",
        municipality: "Haninge",
        sourcePassageId: pBackground,
      },
      select: { id: true },
    });
    const pNej = await passage(
      "Fråga 3",
      "Vårt opinionsarbete bedriver vi framförallt inom ramen för projektet ”NEJ till VÅLD mot kvinnor och barn”! […] Verksamhetsplanen för 2018 och ansökan till Socialstyrelsen med beskrivning av mål och aktiviteter har styrt projektledarens arbetsinnehåll. Styrgruppsmöten en gång per månad med två styrelseledamöter och verksamhetsledare har säkerställt att kvalitet och måloppfyllelse har uppnåtts.",
    );
    const nej = await tx.project.create({
      data: {
        seedKey: "nej-till-vald",
        name: "NEJ till VÅLD mot kvinnor och barn",
        description:
          "Haninge Kvinnojours påverkans- och opinionsprojekt: debattartiklar, information, utbildningar och föreläsningar om mäns våld mot kvinnor och barn. Projektloggen uppdateras varje kvartal.",
        ownerId: jour,
        operatorId: jour,
        lead: "Projektledare (namn anges inte); styrgrupp med två styrelseledamöter och verksamhetsledaren, möte en gång per månad",
        phase: "PROJECT",
        startDate: day("2018-01-01"),
        startPrecision: "YEAR",
        municipality: "Haninge",
        sourcePassageId: pNej,
        goals: {
          create: [
            {
              text: "Påverkan och opinionsarbete i frågor som rör våldsutsatta kvinnors och barns vardag, och en röst i samhället för de unga tjejer som tjejjouren möter.",
              longTerm: true,
            },
          ],
        },
      },
      select: { id: true },
    });

    await tx.partnerRole.createMany({
      data: [
        { projectId: operation.id, organisationId: jour, role: "OWNER", sourcePassageId: pBackground },
        {
          projectId: operation.id,
          organisationId: nämnd,
          role: "FUNDER",
          note: "Föreningsbidrag enligt avtal.",
          sourcePassageId: pBackground,
        },
        {
          projectId: operation.id,
          organisationId: await org("roks"),
          role: "COLLABORATION_PARTNER",
          note: "Barnnätverksträff, information om barnens rättigheter.",
          sourcePassageId: pBackground,
        },
        { projectId: nej.id, organisationId: jour, role: "OWNER", fromYear: 2018, sourcePassageId: pNej },
        {
          projectId: nej.id,
          organisationId: jour,
          role: "STEERING_GROUP",
          fromYear: 2018,
          note: "Två styrelseledamöter och verksamhetsledaren, möte en gång per månad.",
          sourcePassageId: pNej,
        },
      ],
    });

    const agreement = await tx.agreement.create({
      data: {
        seedKey: "haninge-avtal-kvinnojour",
        title: "Socialnämndens avtal med Haninge Kvinnojour",
        principalId: nämnd,
        counterpartyId: jour,
        purpose: "Ligger till grund för föreningsbidrag till Haninge Kvinnojour.",
        followUpClause: "§ 12",
        followUpIntervalYears: 4,
        sourcePassageId: pBackground,
      },
    });

    await tx.grant.create({
      data: {
        seedKey: "haninge-foreningsbidrag",
        title: "Föreningsbidrag till Haninge Kvinnojour",
        description: "Bidrag enligt socialnämndens avtal med föreningen; avtalet följs upp vart fjärde år (§ 12).",
        funderId: nämnd,
        applicantId: jour,
        recipientId: jour,
        projectId: operation.id,
        status: "ACTIVE",
        note: "Belopp, år och beslutsdatum anges inte i källan.",
        sourcePassageId: pBackground,
      },
    });
    await tx.grant.create({
      data: {
        seedKey: "socialstyrelsen-nej-till-vald",
        title: "Ansökan till Socialstyrelsen: NEJ till VÅLD mot kvinnor och barn",
        description: "Ansökan med beskrivning av mål och aktiviteter som styrt projektledarens arbete 2018.",
        funderId: await org("socialstyrelsen"),
        applicantId: jour,
        recipientId: jour,
        projectId: nej.id,
        status: "SUBMITTED",
        periodStartYear: 2018,
        periodEndYear: 2018,
        note: "Ansökan nämns i uppföljningen; belopp och Socialstyrelsens beslut framgår inte.",
        sourcePassageId: pNej,
      },
    });

    const followUp = await tx.evaluation.create({
      data: {
        seedKey: "haninge-uppfoljning-2019",
        kind: "FOLLOW_UP",
        title: "Uppföljning av socialnämndens avtal med Haninge Kvinnojour",
        projectId: operation.id,
        agreementId: agreement.id,
        evaluatorOrganisationId: förvaltning,
        evaluatorName: "Sofia Nordgren, Xerxes Fallah",
        ...YEAR_2018,
        replyDueDate: day("2019-03-01"),
        contacts: "Sofia Nordgren 08-606 7307, Xerxes Fallah 08-606 7302, socialforvaltningen@haninge.se",
        summary: "Föreningen ska visa vilka resultat den har uppnått med sin verksamhet. 13 frågor; svaren avser i huvudsak 2018.",
        sourcePassageId: pDue,
      },
    });

    const answerPassages: string[] = [];
    for (const [i, qa] of haningeQuestions.entries()) {
      const n = i + 1;
      const question = await tx.questionTemplate.create({ data: { seedKey: `haninge-avtal-fraga-${n}`, text: qa.question } });
      const passageId = await passage(`Fråga ${n}`, `${qa.question} ${qa.answer ?? ""}`.trim());
      answerPassages.push(passageId);
      await tx.evaluationAnswer.create({
        data: { evaluationId: followUp.id, questionId: question.id, position: n, answer: qa.answer, sourcePassageId: passageId },
      });
    }
    const q = (n: number) => answerPassages[n - 1];

    const indicator = (seedKey: string, name: string, unit: string, countsPeople: boolean, definition: string) =>
      tx.indicator.create({ data: { seedKey, name, unit, countsPeople, definition } });
    const facebook = await indicator(
      "facebook-foljare",
      "Följare på Facebook",
      "följare",
      false,
      "Antal följare av föreningens Facebooksida vid en tidpunkt.",
    );
    const instagram = await indicator(
      "instagram-foljare",
      "Följare på Instagram",
      "följare",
      false,
      "Antal följare av föreningens Instagramkonto vid en tidpunkt.",
    );
    const meetings = await indicator(
      "personligt-mote-erbjudet",
      "Skyddsbehövande som erbjudits tid för personligt möte",
      "personer",
      true,
      "Skyddsbehövande personer som föreningen erbjudit tid för personligt möte.",
    );
    const contacts = await indicator(
      "kvinnor-kontakt",
      "Kvinnor som kontaktat jouren via telefon eller mejl",
      "kvinnor",
      true,
      "Kvinnor med behov av samtalsstöd och rådgivning som kontaktat jouren via telefon eller mejl.",
    );
    const calls = await indicator(
      "stod-och-radgivningssamtal",
      "Stöd- och rådgivningssamtal",
      "samtal",
      false,
      "Stöd- och rådgivningssamtal som de anställda på boendet utfört.",
    );
    const sheltered = await indicator(
      "skyddat-boende-erbjudet",
      "Haningebor utan kontakt med socialtjänsten som erbjudits skyddat boende",
      "personer",
      true,
      "Personer bosatta i Haninge som inte har kontakt med socialtjänsten och som föreningen erbjudit skyddat boende.",
    );
    const nights = await indicator(
      "skyddat-boende-natter",
      "Nätter i skyddat boende för Haningebor utan kontakt med socialtjänsten",
      "nätter",
      false,
      "Nätter i skyddat boende som erbjudits personer bosatta i Haninge utan kontakt med socialtjänsten.",
    );
    const newsletters = await indicator(
      "nyhetsbrev-per-termin",
      "Nyhetsbrev per termin",
      "nummer per termin",
      false,
      "Nyhetsbrev till medlemmar och gåvogivare.",
    );
    const complaints = await indicator(
      "synpunkter-klagomal-lex-sarah",
      "Inkomna synpunkter, klagomål och lex Sarah-rapporter",
      "ärenden",
      false,
      "Synpunkter, klagomål och lex Sarah-rapporter som inkommit till föreningen.",
    );

    const base = { projectId: operation.id, organisationId: jour };
    await tx.observation.createMany({
      data: [
        {
          ...base,
          indicatorId: facebook.id,
          periodStart: day("2017-12-31"),
          periodEnd: day("2017-12-31"),
          value: "699",
          sourcePassageId: q(4),
        },
        {
          ...base,
          indicatorId: facebook.id,
          periodStart: day("2018-12-31"),
          periodEnd: day("2018-12-31"),
          value: "758",
          sourcePassageId: q(4),
        },
        {
          ...base,
          indicatorId: instagram.id,
          value: "209",
          note: "”har idag 209 följare” – dagen för svaret, senast 1 mars 2019; exakt datum anges inte.",
          sourcePassageId: q(4),
        },
        {
          ...base,
          indicatorId: meetings.id,
          value: "133",
          note: "Perioden (”Vilka år?”) och fördelningen bosatta i respektive utanför Haninge anges inte i svaret.",
          sourcePassageId: q(5),
        },
        { ...base, indicatorId: contacts.id, ...YEAR_2018, value: "143", sourcePassageId: q(6) },
        { ...base, indicatorId: contacts.id, ...YEAR_2018, breakdown: "Bosatta i Haninge kommun", value: "138", sourcePassageId: q(6) },
        { ...base, indicatorId: calls.id, ...YEAR_2018, value: "2137", sourcePassageId: q(6) },
        {
          ...base,
          indicatorId: sheltered.id,
          value: "0",
          note: "Perioden anges inte. ”De flesta har minderåriga barn.”",
          sourcePassageId: q(7),
        },
        {
          ...base,
          indicatorId: nights.id,
          value: "0",
          note: "Svaret ”0” gäller frågan om personer och nätter; perioden anges inte.",
          sourcePassageId: q(7),
        },
        { ...base, indicatorId: newsletters.id, ...YEAR_2018, value: "2", note: "”2 ggr/termin” under 2018.", sourcePassageId: q(4) },
        {
          ...base,
          indicatorId: complaints.id,
          periodStart: day("2015-01-01"),
          periodEnd: day("2018-12-31"),
          value: "0",
          note: "”Finns inga” – de senaste fyra åren före uppföljningen.",
          sourcePassageId: q(13),
        },
      ],
    });

    await tx.activity.createMany({
      data: [
        {
          projectId: operation.id,
          organisationId: jour,
          title: "Kampanj på FN:s internationella dag för avskaffande av våld mot kvinnor",
          date: day("2018-11-25"),
          description: "Återkommande den 25 november.",
          sourcePassageId: q(2),
        },
        { projectId: operation.id, organisationId: jour, title: "Deltagande på Haningedagen", sourcePassageId: q(2) },
        {
          projectId: operation.id,
          organisationId: jour,
          title: "Studiecirkel för nya volontärer: 8 tillfällen à 2,5 timmar",
          sourcePassageId: q(10),
        },
        {
          projectId: operation.id,
          organisationId: förvaltning,
          title: "Svar på uppföljningen senast",
          date: day("2019-03-01"),
          sourcePassageId: pDue,
        },
      ],
    });
  },
};
