import type { MessageKey } from "../../i18n/messages";

/** A page's heading and the line under it, in words alone: no data of the page's own. */
export type PageHead = {
  title: MessageKey;
  intro: MessageKey;
  /** The intro's numbers (`{days}`): each from the address's parameter (a whole number), else its fallback. */
  params?: Record<string, { param: string; fallback: number }>;
};

/**
 * The pages whose heading and intro need nothing but the reader's language and the address, by
 * route. Each is a page of the main menu that every logged-in reader may open (app/nav.ts), so the
 * server writes them into index.html's frame for a logged-in reader, seconds before the app's
 * JavaScript has arrived on a slow phone (vite/page-heads.ts, apps/api/src/http/page-head.ts); the
 * page draws the same words in the same place (PageHeading), so nothing moves when the app takes over.
 */
export const PAGE_HEADS = {
  attention: {
    title: "attention.title",
    intro: "attention.intro",
    // The list's horizon (features/attention/attention-variables.ts): `?days=…`, else 30 days.
    params: { days: { param: "days", fallback: 30 } },
  },
  grants: { title: "grants.title", intro: "grants.intro" },
  programmes: { title: "programmes.title", intro: "programmes.intro" },
  projects: { title: "proj.title", intro: "proj.intro" },
  financing: { title: "fin.title", intro: "fin.intro" },
  partners: { title: "org.title", intro: "org.intro" },
  evaluations: { title: "eval.title", intro: "eval.intro" },
  changes: { title: "changes.title", intro: "changes.intro" },
} as const satisfies Record<string, PageHead>;

export type HeadedPage = keyof typeof PAGE_HEADS;
