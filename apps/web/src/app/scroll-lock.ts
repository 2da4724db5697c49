/**
 * The class that react-remove-scroll (Mantine's dialogs) looks for on fixed bars: while a dialog
 * locks the page's scrolling it pads them as it pads the page, so the header does not jump by the
 * scroll bar's width. scroll-lock.test.ts checks it against the library.
 */
export const FIXED_BAR_CLASS = "right-scroll-bar-position";
