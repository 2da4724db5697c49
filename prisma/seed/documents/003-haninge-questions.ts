/** The 13 questions of Haninge socialnämnd's follow-up of its agreement with Haninge Kvinnojour, with the association's answers. */
export const haningeQuestions: { question: string; answer: string | null }[] = [
  {
    question: "Hur arbetar föreningen med att skyddsbehövande kvinnor som inte har kontakt med socialtjänsten?",
    answer:
      "Kvinnojouren ger stöd till alla kvinnor som kontaktar oss, antingen via telefon, mejl, eller genom personliga möten. Vi arbetar med stödsamtal. Ger de verktyg som de behöver och med kontakter till olika myndigheter och advokater. Även följa med till olika myndigheter och rättegångar.",
  },
  {
    question: "Hur har föreningen uppsökt skyddsbehövande kvinnor?",
    answer:
      "Att sprida kunskap och information på vår hemsida och våra sociala medier, Facebook, Instagram. Informera om verksamheten, ex. SFI. Deltar i intervjuer. Informerar blivande poliser, socionomstuderande samt vårdpersonal. Skriva artiklar och uppmärksamma events och aktuella händelser. Vara med på Haningedagen och har kampanj på FN:s internationella dag för avskaffande av våld mot kvinnor, den 25 november.",
  },
  {
    question: "Hur har föreningen säkerställt att förebyggande arbetet har gett de önskade resultaten?",
    answer:
      "En omfattande och viktig del av kvinnojourens uppdrag handlar om påverkan och opinionsarbete. Vi vill driva frågor som rör våldsutsatta kvinnors och barns vardag, men även vara en röst i samhället för de unga tjejer som tjejjouren möter i sitt arbete. Vårt opinionsarbete bedriver vi framförallt inom ramen för projektet ”NEJ till VÅLD mot kvinnor och barn”! Vi skriver debattartiklar, sprider information om vår verksamhet, håller utbildningar och föreläser om mäns våld mot kvinnor och barn. Vi uppfattar att det finns ett genuint intresse för kvinnojourens arbete och kunskap. Verksamhetsplanen för 2018 och ansökan till Socialstyrelsen med beskrivning av mål och aktiviteter har styrt projektledarens arbetsinnehåll. Styrgruppsmöten en gång per månad med två styrelseledamöter och verksamhetsledare har säkerställt att kvalitet och måloppfyllelse har uppnåtts.",
  },
  {
    question: "Hur har föreningen bedrivit informationsverksamhet?",
    answer:
      "Kvinnojourens Facebooksida har ökat från 699 följare per den 31 december 2017 till 758 per den 31 december 2018. Vi har startat upp ett Instagramkonto för att bredda våra kommunikationskanaler, och har idag 209 följare. Kvinnojouren och tjejjouren använder flitigt Facebook och Instagram med uppdateringar om verksamheten, artiklar, events och aktuella händelser. Vi har under 2018 kommunicerat våra aktiviteter till våra medlemmar och gåvogivare genom vårt nyhetsbrev som under 2018 getts ut 2 ggr/termin. Vår hemsida uppdateras i takt med att vi vill presentera aktuella händelser och utbildningar. Varje kvartal uppdateras också projektloggen ”NEJ till VÅLD mot kvinnor och barn” i sammanfattande ordalag med personliga reflektioner från projektledaren. Vi delar ut våra foldrar vid våra offentliga arrangemang och våra egna utbildningar. Foldrar har lagts ut på vårdcentraler, sjukhus, familjecentraler och hos tandläkare i kommunen. Foldrarna finns översatta till engelska, spanska, turkiska och arabiska.",
  },
  {
    question:
      "Hur många skyddsbehövande personer bosatta i respektive utanför Haninge har föreningen erbjudit tid för personligt möte? Vilka år?",
    answer: "133 stycken. (Fördelningen bosatta i respektive utanför Haninge och vilka år anges inte.)",
  },
  {
    question: "Hur många skyddsbehövande personer bosatta i respektive utanför Haninge har föreningen erbjudit råd och stöd?",
    answer:
      "Under 2018 kontaktade 143 kvinnor Haninge kvinnojour via telefon eller mejl. Kvinnorna hade behov av samtalsstöd och rådgivning. Av dessa var 138 kvinnor bosatta i Haninge kommun. Sammanlagt utförde våra anställda på boendet 2137 stöd- och rådgivningssamtal med dessa kvinnor. När man ringer eller besöker oss så får kvinnan vara anonym och inga journaler förs. Även anhöriga till kvinnor som utsätts för våld är välkomna att höra av sig till oss.",
  },
  {
    question:
      "Hur många personer bosatta i Haninge som inte har kontakt med socialtjänsten har föreningen erbjudit skyddat boende? Hur många nätter?",
    answer: "0. De flesta har minderåriga barn.",
  },
  {
    question: "Beskriv föreningens tillgänglighet för Haningebor? Öppettider, telefontider?",
    answer: "Vardagar mellan 10.00–15.00, övrig tid telefonsvarare.",
  },
  {
    question: "Beskriv hur föreningen har ett tydligt barnperspektiv i sitt arbete?",
    answer:
      "Barnansvarig joursamordnare bevakar information från ROKS, avseende barnens rättigheter och perspektiv i samhället. Hon och en av styrelseledamöterna deltar i ROKS årliga barnnätverksträff, där utbyte av kunskap och erfarenheter ger uppslag till förbättringar av struktur och arbetssätt på kvinnojourerna. För barnens bästa.",
  },
  {
    question: "Hur säkerställer ni att personal och frivilliga har kompetens och är lämpliga för sitt uppdrag?",
    answer:
      "För att få bli aktiv som volontär på kvinnojouren ska en ha gått studiecirkeln som omfattar 8 tillfällen à 2,5 timmar. Utbildningen ger kunskap om kvinnojourens arbete och uppdrag, värdegrund och etik, feminism, kvinnoseparatism, maktordning, våldets många uttryck, normaliseringsprocessen, brottmålsprocessen och innebörden av jourarbetet.\n\nKompetensutveckling personal, styrelsen och volontärer:\n- Ett fönster av möjligheter – stärkt barnrättsperspektiv. Länsstyrelsen\n- Deltagarstyrd kursplanering. ABF Stockholm\n- Hur tas brottsoffer om hand? Brottsoffermyndigheten\n- Myndigheters arbete med brottsoffer. Brottsoffermyndigheten\n- Barnkonferens. ROKS\n- Barnkonferens. Rädda Barnen\n- Intersektionalitet och våld. Länsstyrelsen\n- Om barns utsatthet. Säkra varje unge\n- Hedersrelaterat våld. Origo\n- Maskulinitetsnormer. Machofabriken\n- Fråga männen! Haninge kvinnojour\n- Mänskliga rättigheter. ROKS ordförande Jenny Westerstrand\n- Boken Medkänslans pris. Temadag i personalgruppen\n- Kvalitet i det skyddade boendet. Länsstyrelsen\n- UL – Utvecklande ledarskap (4 dgr). Spira Fusion\n- Studiebesök på Linköpings kvinnojour, Jönköpings kvinno- och tjejjour och Trondheim krisesenter",
  },
  {
    question:
      "Ni ombeds att visa hur ni arbetar systematiskt med att följa och förbättra kvaliteten på er verksamhet i enlighet med gällande lagar.",
    answer:
      "Anställda, styrelseledamöter och volontärer får en möjlighet att kontinuerligt delta i kompetenshöjande utbildningar, föreläsningar och seminarier. Genom Socialstyrelsen, Länsstyrelsen och ROKS får vi information om aktuella händelser som sker inom området. Sedan 2014 är det krav från Socialstyrelsen att föra statistik och dokumentera aktiviteter. För våra medlemmar är det angeläget att kunna ta del av verksamhetens omfattning. Statistik och fakta från kvinnojourerna är också en mycket viktig faktabas för politiker och myndigheter som är bidragsgivare och samverkansparter. Statistiken utgör även ett nödvändigt underlag för politiska beslut.",
  },
  {
    question: "Vänligen skicka kopia på era rutiner för systematiskt kvalitetsarbete, lex Sarah m.m.",
    answer: "Se bilaga.",
  },
  {
    question: "Vänligen skicka en sammanställning av inkomna synpunkter, klagomål samt lex Sarah-rapporter under de senaste fyra åren.",
    answer: "Finns inga.",
  },
];
