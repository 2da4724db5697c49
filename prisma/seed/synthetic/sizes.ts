/**
 * How big a synthetic county is. Measured on the county issue 11 describes: at 10 000 grants
 * there are 3 000 organisations, 500 programmes (2005–2025), 2 000 projects, about 16 000
 * conditions, 13 000 reports and 13 000 payments, 30 000 contributions, 200 indicators and
 * 100 000 observations. Everything but the grants' own parts scales with the number of grants.
 */
export const PER_10000_GRANTS = {
  organisations: 3000,
  programmes: 500,
  projects: 2000,
  contributions: 30000,
  indicators: 200,
  observations: 100000,
} as const;

/** Averages per grant of its parts (the statuses decide which grants have them). */
export const PARTS_PER_GRANT = { conditions: 1.6, reports: 1.3, payments: 1.3 } as const;

export const FIRST_YEAR = 2005;
export const LAST_YEAR = 2025;

export type CountySizes = { grants: number } & { [K in keyof typeof PER_10000_GRANTS]: number };

/** The county for `grants` grants: the rest in proportion, and a few of each at the smallest sizes. */
export function countySizes(grants: number): CountySizes {
  const scale = (per10000: number, min: number) => Math.max(min, Math.round((per10000 * grants) / 10000));
  return {
    grants,
    organisations: scale(PER_10000_GRANTS.organisations, 12),
    programmes: scale(PER_10000_GRANTS.programmes, 4),
    projects: scale(PER_10000_GRANTS.projects, 6),
    contributions: scale(PER_10000_GRANTS.contributions, 10),
    indicators: scale(PER_10000_GRANTS.indicators, 3),
    observations: scale(PER_10000_GRANTS.observations, 30),
  };
}
