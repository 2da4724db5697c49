/** Strings of open data: the administrators' page and the 360Giving download links. */
export const openData = {
  sv: {
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
    "openData.linksTitle": "Öppna data (360Giving)",
    "openData.linksText": "Alla beviljade bidrag enligt 360Giving Data Standard, för analys i andra verktyg.",
    "openData.json": "Ladda ner JSON (360Giving-paket)",
    "openData.csv": "Ladda ner CSV (360Givings platta format)",
    "openData.isPublic": "Offentlig",
    "openData.isPrivate": "Endast inloggade",
  },
  en: {
    "nav.openData": "Open data",
    "openData.title": "Open data",
    "openData.intro":
      "Grants awarded are published in the 360Giving Data Standard 1.4: as a JSON package and as a CSV in 360Giving's flat format. Applications without a decision, rejected and withdrawn grants, and grants without a decision date or amount awarded are left out.",
    "openData.public": "Public: anyone may download without logging in",
    "openData.publicHint": "Off: only logged-in users can download the files.",
    "openData.nowPublic": "The 360Giving export is now public.",
    "openData.nowPrivate": "The 360Giving export is now for logged-in users only.",
    "openData.changed": "Last changed {when}",
    "openData.addresses": "Addresses for other systems",
    "openData.linksTitle": "Open data (360Giving)",
    "openData.linksText": "Every grant awarded in the 360Giving Data Standard, for analysis in other tools.",
    "openData.json": "Download JSON (360Giving package)",
    "openData.csv": "Download CSV (360Giving flat format)",
    "openData.isPublic": "Public",
    "openData.isPrivate": "Logged-in users only",
  },
} as const;
