/** Strings of open data: the administrators' page and the 360Giving download links. */
export const openData = {
  "nav.openData": "Öppna data",
  "openData.title": "Öppna data",
  "openData.intro":
    "Beviljade bidrag publiceras enligt 360Giving Data Standard 1.4: som JSON-paket och som CSV i 360Givings platta format. Ansökningar utan beslut, avslag, återkallade bidrag och bidrag utan beslutsdatum eller beviljat belopp ingår inte.",
  "openData.public": "Offentlig: vem som helst får ladda ner utan att logga in",
  "openData.publicHint": "Avstängd: bara inloggade användare kan ladda ner filerna.",
  "openData.nowPublic": "360Giving-exporten är nu offentlig.",
  "openData.nowPrivate": "360Giving-exporten är nu bara för inloggade.",
  "openData.changed": "Senast ändrad {when}",
  "openData.addresses": "Adresser för andra system",
  "openData.included": "Exporten innehåller {count} bidrag.",
  "openData.leftOut": "{count} beviljade bidrag saknar beslutsdatum eller beviljat belopp och kommer med först när de är ifyllda.",
  "openData.linksTitle": "Öppna data (360Giving)",
  "openData.linksText": "Alla beviljade bidrag enligt 360Giving Data Standard, för analys i andra verktyg.",
  "openData.json": "Ladda ner JSON (360Giving-paket)",
  "openData.csv": "Ladda ner CSV (360Givings platta format)",
  "openData.isPublic": "Offentlig",
  "openData.isPrivate": "Endast inloggade",
} as const;
