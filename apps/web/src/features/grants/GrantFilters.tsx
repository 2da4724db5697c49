import { FIRST_YEAR, GrantStatus, grantStatusLabels, isHeldYear, LAST_YEAR, label, parseAmountText } from "@bk/domain";
import { Button, Group, MultiSelect, NumberInput, Paper, Select, SimpleGrid, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { useI18n } from "../../i18n/i18n";
import { SORTS, type SortKey } from "./grant-filters";
import { useGrantPartyOptions } from "./organisation-options";
import type { useGrantFilters } from "./useGrantFilters";

type Props = ReturnType<typeof useGrantFilters>;

/** A money field that only applies a valid amount and says so when it is not. */
function AmountInput({
  label: text,
  value,
  onChange,
  testId,
}: {
  label: string;
  value: string;
  onChange(v: string): void;
  testId: string;
}) {
  const { locale } = useI18n();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const invalid = draft.trim() !== "" && parseAmountText(draft) === null;
  return (
    <TextInput
      label={text}
      value={draft}
      inputMode="decimal"
      data-testid={testId}
      error={invalid ? (locale === "sv" ? "Ange ett belopp i kronor, t.ex. 500 000" : "Enter an amount in SEK, e.g. 500000") : undefined}
      onChange={(e) => {
        setDraft(e.currentTarget.value);
        const parsed = parseAmountText(e.currentTarget.value);
        if (e.currentTarget.value.trim() === "") onChange("");
        else if (parsed !== null) onChange(parsed);
      }}
    />
  );
}

export function GrantFilters({ filters, update, clear }: Props) {
  const { t, locale } = useI18n();
  const { funders, recipients, loading: optionsLoading } = useGrantPartyOptions();
  const [text, setText] = useState(filters.text);
  useEffect(() => setText(filters.text), [filters.text]);
  const applyText = useDebouncedCallback((q: string) => update({ text: q }), 300);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t("grants.filter.text")}>
      <SimpleGrid cols={{ base: 2, lg: 4 }}>
        <TextInput
          label={t("grants.filter.text")}
          placeholder={t("grants.filter.textPlaceholder")}
          value={text}
          type="search"
          onChange={(e) => {
            setText(e.currentTarget.value);
            applyText(e.currentTarget.value);
          }}
        />
        <MultiSelect
          label={t("grants.filter.status")}
          placeholder={filters.status.length ? undefined : t("grants.filter.any")}
          data={Object.values(GrantStatus).map((s) => ({ value: s, label: label(grantStatusLabels, s, locale) }))}
          value={filters.status}
          onChange={(v) => update({ status: v as GrantStatus[] })}
          clearable
        />
        <Select
          label={t("grants.filter.funder")}
          placeholder={t("grants.filter.any")}
          data={funders}
          value={filters.funder}
          onChange={(v) => update({ funder: v })}
          searchable
          clearable
          disabled={optionsLoading}
        />
        <Select
          label={t("grants.filter.recipient")}
          placeholder={t("grants.filter.any")}
          data={recipients}
          value={filters.recipient}
          onChange={(v) => update({ recipient: v })}
          searchable
          clearable
          disabled={optionsLoading}
        />
        <NumberInput
          label={t("grants.filter.year")}
          value={filters.year ?? ""}
          min={FIRST_YEAR}
          max={LAST_YEAR}
          allowDecimal={false}
          thousandSeparator=""
          onChange={(v) => update({ year: typeof v === "number" && isHeldYear(v) ? v : null })}
        />
        <AmountInput label={t("grants.filter.amountMin")} value={filters.min} onChange={(min) => update({ min })} testId="amount-min" />
        <AmountInput label={t("grants.filter.amountMax")} value={filters.max} onChange={(max) => update({ max })} testId="amount-max" />
        <Select
          label={t("grants.filter.sort")}
          data={(Object.keys(SORTS) as SortKey[]).map((k) => ({ value: k, label: t(`grants.sort.${k}`) }))}
          value={filters.sort}
          onChange={(v) => update({ sort: (v as SortKey) ?? "newest" })}
          allowDeselect={false}
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="sm">
        <Button variant="subtle" size="xs" onClick={clear}>
          {t("grants.filter.clear")}
        </Button>
      </Group>
    </Paper>
  );
}
