// Without zod: pages that only filter by year (the grant list, the portfolio) need not load it.

/** The years the product holds: the papers start in 2007; 1990–2100 leaves room both ways. */
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;

/** Whether `y` is a whole year the product can hold: every year check (forms, filters, the API) asks this. */
export const isHeldYear = (y: number) => Number.isInteger(y) && y >= FIRST_YEAR && y <= LAST_YEAR;

/** Today in Stockholm, as the domain's day: what "has happened" means for the product's users. */
export const stockholmToday = (now = new Date()): string =>
  new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
