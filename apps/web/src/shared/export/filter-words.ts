/**
 * The filters a list applies, in words for its printout: "Label: value" for each one set, in the
 * order given ("Status: Beviljat, Avslaget"); unset ones (empty, null, no values) are left out.
 */
export function filterWords(filters: readonly [label: string, value: string | number | readonly string[] | null | undefined][]): string[] {
  return filters.flatMap(([label, value]) => {
    const text = Array.isArray(value) ? value.join(", ") : value == null ? "" : String(value).trim();
    return text ? [`${label}: ${text}`] : [];
  });
}
