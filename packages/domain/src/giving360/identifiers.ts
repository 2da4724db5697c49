/**
 * Identifiers in the 360Giving export. A grant's identifier is the publisher's 360Giving prefix
 * plus its own id; an organisation's follows org-id.guide: `SE-ON-<10 digits>` (the Swedish
 * organisationsnummer, list SE-ON) where the number is known, else the publisher's prefix plus
 * the organisation's own id (what 360Giving's guidance asks for when no register identifies it).
 */

/**
 * Bidragskollen's own 360Giving prefix (`360G-` plus the publisher's name). 360Giving issues
 * registered prefixes to publishers; an installation that has one replaces this constant.
 */
export const GIVING360_PREFIX = "360G-bidragskollen-";

/** Where the export is published: the package as JSON and the same grants as 360Giving's flat CSV. */
export const GIVING360_EXPORT_PATHS = { json: "/exports/360giving.json", csv: "/exports/360giving.csv" } as const;

/** The org-id.guide list of Swedish organisation numbers (Bolagsverket; replaced SE-BLV and SE-KK). */
export const SWEDISH_ORG_ID_LIST = "SE-ON";

/** `360G-bidragskollen-<grant id>`. */
export const giving360GrantId = (grantId: string) => `${GIVING360_PREFIX}${grantId}`;

/**
 * `SE-ON-5560000000` for an organisationsnummer (stored `NNNNNN-NNNN`, with or without the dash),
 * else `360G-bidragskollen-org-<organisation id>`.
 */
export function giving360OrgId(org: { id: string; organisationNumber: string | null }): string {
  const digits = org.organisationNumber?.replace(/\D/g, "") ?? "";
  return digits.length === 10 ? `${SWEDISH_ORG_ID_LIST}-${digits}` : `${GIVING360_PREFIX}org-${org.id}`;
}

/** A grant programme's code: `360G-bidragskollen-programme-<programme id>`. */
export const giving360ProgrammeCode = (programmeId: string) => `${GIVING360_PREFIX}programme-${programmeId}`;
