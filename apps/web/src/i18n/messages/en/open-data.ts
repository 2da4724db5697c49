import type { openData as sv } from "../sv/open-data";

/** Strings of open data: the administrators' page and the 360Giving download links. */
export const openData: Record<keyof typeof sv, string> = {
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
  "openData.included": "The export holds {count} grants.",
  "openData.leftOut": "{count} grants awarded lack a decision date or amount awarded and are included once they are filled in.",
  "openData.linksTitle": "Open data (360Giving)",
  "openData.linksText": "Every grant awarded in the 360Giving Data Standard, for analysis in other tools.",
  "openData.json": "Download JSON (360Giving package)",
  "openData.csv": "Download CSV (360Giving flat format)",
  "openData.isPublic": "Public",
  "openData.isPrivate": "Logged-in users only",
};
