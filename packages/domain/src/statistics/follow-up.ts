/**
 * The next follow-up of an agreement: every N years (e.g. § 12: every four years) after the last
 * one, or after the agreement's start when there has been none.
 */
export function nextFollowUpDue(intervalYears: number | null, lastFollowUp: string | null, agreementStart: string | null): string | null {
  const from = lastFollowUp ?? agreementStart;
  if (!intervalYears || !from) return null;
  const [y, m, d] = from.split("-").map(Number);
  const date = new Date(Date.UTC(y + intervalYears, m - 1, d));
  return date.toISOString().slice(0, 10);
}
