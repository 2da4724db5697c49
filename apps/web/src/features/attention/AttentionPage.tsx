import { useApolloClient, useQuery } from "@apollo/client/react";
import { daySpan } from "@bk/domain";
import { Anchor, Badge, Button, Chip, Group, NumberInput, Paper, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useRef, useState } from "react";
import type { AttentionKind } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import { filterWords } from "../../shared/export/filter-words";
import { TableExport } from "../../shared/export/TableExport";
import { useFormat } from "../../shared/format";
import { usePrefetchedPolicy } from "../../shared/prefetched";
import { QueryState } from "../../shared/QueryState";
import { Link, useQueryParam } from "../../shared/router";
import { ShowMore } from "../../shared/ShowMore";
import { useGrantPartyOptions } from "../grants/organisation-options";
import { ATTENTION } from "./attention.queries";
import { attentionExport } from "./attention-export";
import { ATTENTION_PAGE, attentionKinds, attentionVariables } from "./attention-variables";

const COLORS: Record<AttentionKind, string> = {
  CONDITION_OVERDUE: "red",
  REPORT_OVERDUE: "red",
  ENDED_WITHOUT_FINAL_REPORT: "red",
  CONDITION_DUE: "orange",
  REPORT_DUE: "orange",
  PENDING_DECISION: "blue",
  NOT_FULLY_DISBURSED: "gray",
};

/** The county board officer's start page: what needs doing, computed for a chosen day. */
export function AttentionPage() {
  const { t, locale } = useI18n();
  const f = useFormat();
  const [params, set] = useQueryParam();
  const variables = attentionVariables(params);
  const { today, horizonDays: horizon } = variables;
  const funder = params.get("funder");
  const kinds = attentionKinds(params);
  const { funders } = useGrantPartyOptions();
  const client = useApolloClient();
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(ATTENTION, {
    variables,
    ...usePrefetchedPolicy(ATTENTION, variables),
  });
  // The API counts every kind and sends a page of the chosen ones, most urgent first; the chips keep
  // the counts they had while another choice loads.
  const list = data?.attention;
  const items = list?.edges.map((e) => e.node) ?? [];
  const counts = new Map((list ?? previousData?.attention)?.kindCounts.map((k) => [k.kind, k.count]));
  // "Show more" asks for the page after the last one shown, of the list it was asked for: an answer that
  // comes after another kind, day or funder was chosen is dropped (Apollo would add it to the list shown
  // then), and only that list's button shows it coming.
  const listKey = JSON.stringify(variables);
  const shownKey = useRef(listKey);
  shownKey.current = listKey;
  const [loadingFor, setLoadingFor] = useState<string | null>(null);
  // The list each page came from: a page counted otherwise than the ones before it (an item resolved or added
  // in between) starts right after the last row shown, but rows shown earlier may be out of date: said, with a way to start over.
  const [changedFor, setChangedFor] = useState<string | null>(null);
  const showMore = async () => {
    const askedFor = listKey;
    const countedBefore = list?.totalCount;
    setLoadingFor(askedFor);
    try {
      const { data: more } = await fetchMore({
        variables: { after: list?.pageInfo.endCursor },
        updateQuery: (prev, { fetchMoreResult }) =>
          // Apollo hands over the list shown now: unchanged when it is another one (or not there).
          shownKey.current !== askedFor || !prev?.attention
            ? prev
            : { attention: { ...fetchMoreResult.attention, edges: [...prev.attention.edges, ...fetchMoreResult.attention.edges] } },
      });
      if (shownKey.current === askedFor && more && more.attention.totalCount !== countedBefore) setChangedFor(askedFor);
    } finally {
      setLoadingFor((k) => (k === askedFor ? null : k));
    }
  };
  const startOver = async () => {
    await refetch();
    setChangedFor(null);
  };
  const when = (days: number | null | undefined) =>
    days == null
      ? ""
      : days < 0
        ? t("attention.daysOverdue", { days: daySpan(days, locale) })
        : days === 0
          ? t("attention.dueToday")
          : t("attention.daysLeft", { days: daySpan(days, locale) });

  return (
    <Stack>
      <div>
        <Title order={1}>{t("attention.title")}</Title>
        <Text c="dimmed">{t("attention.intro", { days: horizon })}</Text>
      </div>
      <Group align="flex-end">
        <TextInput
          type="date"
          label={t("attention.today")}
          value={today}
          onChange={(e) => e.currentTarget.value && set("today", e.currentTarget.value)}
        />
        <NumberInput
          label={t("attention.horizon")}
          value={horizon}
          min={0}
          max={365}
          allowDecimal={false}
          w={140}
          onChange={(v) => typeof v === "number" && set("days", String(v))}
        />
        <Select
          label={t("grants.filter.funder")}
          placeholder={t("grants.filter.any")}
          data={funders}
          value={funder}
          onChange={(v) => set("funder", v)}
          searchable
          clearable
          w={{ base: "100%", sm: 280 }}
        />
        <TableExport
          testId="attention-export"
          title={t("attention.title")}
          filters={filterWords([
            [t("attention.today"), today],
            [t("attention.horizon"), horizon],
            [t("grants.filter.funder"), funders.find((o) => o.value === funder)?.label ?? funder],
            [t("attention.kinds"), kinds.map((k) => t(`attention.kind.${k}` as MessageKey))],
          ])}
          disabled={!data}
          load={() => attentionExport(client, variables, t)}
        />
      </Group>
      {counts.size > 0 && (
        <Chip.Group multiple value={kinds} onChange={(v) => set("kinds", v.join(",") || null)}>
          <Group gap="xs" data-testid="attention-kinds" aria-label={t("attention.kinds")} role="group">
            {(Object.keys(COLORS) as AttentionKind[])
              .filter((k) => counts.has(k))
              .map((k) => (
                <Chip key={k} value={k} size="sm" color={COLORS[k]}>
                  {t(`attention.kind.${k}` as MessageKey)} ({counts.get(k)})
                </Chip>
              ))}
          </Group>
        </Chip.Group>
      )}
      <QueryState
        loading={loading && !data}
        error={error}
        empty={!loading && items.length === 0}
        emptyText={t("attention.empty")}
        onRetry={() => refetch()}
      >
        <Paper withBorder radius="md">
          <Table verticalSpacing="sm" data-testid="attention" className="stack-on-phone">
            <Table.Tbody>
              {items.map((i) => (
                <Table.Tr key={`${i.kind}-${i.grantId}-${i.itemId ?? ""}`} data-kind={i.kind}>
                  <Table.Td w={{ sm: 190 }}>
                    <Badge color={COLORS[i.kind]} variant="light">
                      {t(`attention.kind.${i.kind}` as MessageKey)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/grants/${encodeURIComponent(i.grantId)}`} fw={500}>
                      {i.grantTitle}
                    </Anchor>
                    {i.text !== i.grantTitle && (
                      <Text size="sm" lineClamp={2}>
                        {i.text}
                      </Text>
                    )}
                    {i.kind === "NOT_FULLY_DISBURSED" && (
                      <Text size="sm" c="dimmed">
                        {t("attention.paid", { paid: f.money(i.amountPaid), granted: f.money(i.amountGranted) })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{i.dueDate ? f.date(i.dueDate) : ""}</Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    <Text size="sm" c={i.daysLeft != null && i.daysLeft < 0 ? "red" : undefined}>
                      {when(i.daysLeft)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <ShowMore
            shown={items}
            total={Math.max(list?.totalCount ?? 0, items.length)}
            showMore={showMore}
            step={ATTENTION_PAGE}
            loading={loadingFor === listKey}
          />
          {changedFor === listKey && (
            <Group justify="space-between" p="sm" data-testid="attention-changed">
              <Text size="sm" role="status">
                {t("attention.changed")}
              </Text>
              <Button variant="default" size="xs" onClick={startOver}>
                {t("attention.refresh")}
              </Button>
            </Group>
          )}
        </Paper>
      </QueryState>
    </Stack>
  );
}
