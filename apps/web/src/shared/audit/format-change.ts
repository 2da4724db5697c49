import { formatDate, formatMoney, type Locale } from "@bk/domain";
import { isMessageKey, type MessageKey } from "../../i18n/messages";
import { FIELD_LABELS, type FieldSpec } from "./field-labels";

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export type FieldChangeLike = {
  field: string;
  before?: string | null;
  after?: string | null;
  beforeName?: string | null;
  afterName?: string | null;
};
export type ChangeLike = { entityType: string; action: string; fields: readonly FieldChangeLike[] };

/** A change in words: a title, and its fields as label with the value before and after ("–" for none). */
export type WordedChange = {
  title: string;
  /** A record made, planned or removed: its fields read "label: value" (one value), not "before → after". */
  oneSided: boolean;
  fields: { field: string; label: string; before: string; after: string }[];
};

/** Kinds of record whose title already says the state a lifecycle event moved them to. */
const STATE_IN_TITLE = new Set(["Grant", "Condition", "ReportRequirement", "Disbursement"]);

/** A moment (ISO instant) in Stockholm time, in the reader's language: "23 nov. 2026 17:55". */
export function formatMoment(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Europe/Stockholm",
  }).format(new Date(iso));
}

/** A stored value as the reader should see it. */
function formatValue(
  spec: FieldSpec,
  raw: string | null | undefined,
  name: string | null | undefined,
  precision: string | undefined,
  locale: Locale,
  t: Translate,
) {
  if (raw == null || raw === "") return "–";
  switch (spec.kind) {
    case "reference":
      return name ?? t("audit.unnamed");
    case "money":
      return formatMoney(raw);
    case "date":
      return formatDate(raw, precision === "MONTH" || precision === "YEAR" ? precision : "DAY", locale);
    case "bool":
      return t(raw === "true" ? "audit.yes" : "audit.no");
    case "enum":
      return spec.labels[raw]?.[locale] ?? raw;
    case "number":
      return Number.isFinite(Number(raw)) ? new Intl.NumberFormat(locale === "sv" ? "sv-SE" : "en-GB").format(Number(raw)) : raw;
    case "yearAmounts":
      return raw
        .split(", ")
        .map((part) => {
          const [y, amount] = part.split(": ");
          return `${y}: ${amount && amount !== "null" ? formatMoney(amount) : "–"}`;
        })
        .join(", ");
    default:
      return raw;
  }
}

/** Whether a field is worth showing in this change (bookkeeping and what the title says are not). */
function shown(c: ChangeLike, f: FieldChangeLike, spec: FieldSpec | undefined, oneSided: boolean): spec is FieldSpec {
  if (!spec) return false;
  if (f.field === "currency") return ![f.before, f.after].every((v) => v == null || v === "SEK");
  if (f.field === "status" && STATE_IN_TITLE.has(c.entityType) && c.action !== "updated") return false;
  if (oneSided && spec.kind === "bool") return (f.after ?? f.before) === "true";
  return true;
}

function title(c: ChangeLike, locale: Locale, t: Translate): string {
  if (c.entityType === "Grant" && c.action === "decided") {
    const status = c.fields.find((f) => f.field === "status")?.after;
    const spec = FIELD_LABELS.Grant.status;
    if (status && spec.kind === "enum") {
      const word = spec.labels[status]?.[locale] ?? status;
      return t("audit.change.Grant.decidedAs", { status: word.charAt(0).toLowerCase() + word.slice(1) });
    }
  }
  const key = `audit.change.${c.entityType}.${c.action}`;
  return isMessageKey(key) ? t(key) : t("audit.change.other");
}

/** One change in the reader's language: what happened, and each meaningful field with labels, names and formatted values. */
export function wordChange(c: ChangeLike, locale: Locale, t: Translate): WordedChange {
  const labels = FIELD_LABELS[c.entityType] ?? {};
  const oneSided = c.action !== "updated" && (c.fields.every((f) => f.before == null) || c.fields.every((f) => f.after == null));
  const precisionOf = (spec: FieldSpec, side: "before" | "after") =>
    spec.kind === "date" && spec.precisionField ? (c.fields.find((f) => f.field === spec.precisionField)?.[side] ?? undefined) : undefined;
  const order = Object.keys(labels);
  const inOrder = [...c.fields].sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  const fields = inOrder.flatMap((f) => {
    const spec = labels[f.field];
    if (!shown(c, f, spec, oneSided)) return [];
    return [
      {
        field: f.field,
        label: spec[locale],
        before: formatValue(spec, f.before, f.beforeName, precisionOf(spec, "before"), locale, t),
        after: formatValue(spec, f.after, f.afterName, precisionOf(spec, "after"), locale, t),
      },
    ];
  });
  return { title: title(c, locale, t), oneSided, fields };
}

/** A worded field on one line: "Beviljat belopp: 300 000 kr → 350 000 kr" (or "Finansiär: Länsstyrelsen" when one-sided). */
export function fieldLine(f: WordedChange["fields"][number], oneSided: boolean): string {
  if (oneSided) return `${f.label}: ${f.after === "–" ? f.before : f.after}`;
  return `${f.label}: ${f.before} → ${f.after}`;
}
