import { useApolloClient, useQuery } from "@apollo/client/react";
import { daySpan } from "@bk/domain";
import { Anchor, Badge, Button, Chip, Group, Loader, NumberInput, Paper, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import type { AttentionKind } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import { filterWords } from "../../shared/export/filter-words";
import { TableExport } from "../../shared/export/TableExport";
import { useFormat } from "../../shared/format";
import { PageHeading } from "../../shared/page-head/PageHeading";
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
  // in between) starts right after the last row shown, but rows shown earlier may be out of date: said, with a way
  // to start over. Starting over (or another list) makes the pages still on their way stale: they are dropped.
  const [changedFor, setChangedFor] = useState<string | null>(null);
  const [startingOver, setStartingOver] = useState(false);
  const generation = useRef(0);
  const listTop = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: another list (kind, day, funder) is a list not yet changed.
  useEffect(() => setChangedFor(null), [listKey]);
  const showMore = async () => {
    const askedFor = listKey;
    const asked = generation.current;
    const countedBefore = list?.totalCount;
    setLoadingFor(askedFor);
    try {
      const { data: more } = await fetchMore({
        variables: { after: list?.pageInfo.endCursor },
        updateQuery: (prev, { fetchMoreResult }) => {
          // Apollo hands over the list shown now: unchanged when it is another one, started over, or not there.
          if (shownKey.current !== askedFor || generation.current !== asked || !prev?.attention) return prev;
          const page = fetchMoreResult.attention;
          // An empty page (the rest resolved meanwhile) has no cursor of its own: the last row's stays.
          const pageInfo = page.edges.length ? page.pageInfo : { ...page.pageInfo, endCursor: prev.attention.pageInfo.endCursor };
          return { attention: { ...page, pageInfo, edges: [...prev.attention.edges, ...page.edges] } };
        },
      });
      if (shownKey.current === askedFor && generation.current === asked && more && more.attention.totalCount !== countedBefore)
        setChangedFor(askedFor);
    } finally {
      setLoadingFor((k) => (k === askedFor ? null : k));
    }
  };
  const startOver = async () => {
    if (startingOver) return;
    generation.current++;
    setStartingOver(true);
    try {
      await refetch();
      setChangedFor(null);
      // The notice and its button go: the focus goes to the list's first row, not to the page's start.
      listTop.current?.querySelector<HTMLElement>("a")?.focus();
    } catch {
      // Said by the list's own error state, with its retry.
    } finally {
      setStartingOver(false);
    }
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
      <PageHeading page="attention" values={{ days: horizon }} />
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
        onRetry={() => {
          generation.current++;
          setChangedFor(null);
          return refetch();
        }}
      >
        <Paper withBorder radius="md" ref={listTop}>
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
            hasMore={list?.pageInfo.hasNextPage}
            showMore={showMore}
            step={ATTENTION_PAGE}
            loading={loadingFor === listKey}
          />
          {/* Always there, so that the notice is announced when it comes. */}
          <Group justify="space-between" px="sm" pb={changedFor === listKey ? "sm" : 0} data-testid="attention-changed" role="status">
            {changedFor === listKey && (
              <>
                <Text size="sm">{t("attention.changed")}</Text>
                <Button
                  variant="default"
                  size="xs"
                  aria-busy={startingOver}
                  leftSection={startingOver ? <Loader size={12} /> : null}
                  onClick={startOver}
                >
                  {t("attention.refresh")}
                </Button>
              </>
            )}
          </Group>
        </Paper>
      </QueryState>
    </Stack>
  );
}
