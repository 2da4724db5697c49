/** Where the reader's choice of language is kept (localStorage); read before the app starts too (vite/early-viewer.ts). */
export const LOCALE_STORAGE_KEY = "bk.locale";
