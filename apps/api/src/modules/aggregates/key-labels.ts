import type { Wording } from "@bk/domain";

/** Words for a group key without its own name: the value itself, or `empty` for the rows without one. */
export const asIs =
  (empty: Wording) =>
  (value: string | null): Wording =>
    value == null ? empty : { sv: value, en: value };

/** Words for an enum key: the domain's labels of its values. */
export const labelled =
  <T extends string>(labels: Record<T, Wording>, empty: Wording = { sv: "–", en: "–" }) =>
  (value: string | null): Wording =>
    value == null ? empty : (labels[value as T] ?? { sv: value, en: value });

export const NO_NAME: Wording = { sv: "–", en: "–" };
export const UNKNOWN_YEAR: Wording = { sv: "Okänt år", en: "Unknown year" };
export const NO_PROJECT: Wording = { sv: "Inget projekt", en: "No project" };
