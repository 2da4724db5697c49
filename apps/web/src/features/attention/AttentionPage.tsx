import { useQuery } from "@apollo/client/react";
import { daySpan } from "@bk/domain";
import { Anchor, Badge, Group, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { Link, useSearchParams } from "react-router";
import type { AttentionKind } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import { TableExport } from "../../shared/export/TableExport";
import { useFormat } from "../../shared/format";
import { QueryState } from "../../shared/QueryState";
import { ATTENTION } from "./attention.queries";
import { attentionTable } from "./attention-export";

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
  const [params, setParams] = useSearchParams();
  const today = params.get("today") ?? new Date().toISOString().slice(0, 10);
  const horizon = Number(params.get("days") ?? 30);
  const { data, loading, error, refetch } = useQuery(ATTENTION, { variables: { today, horizonDays: horizon } });
  const items = data?.attention ?? [];
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
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
        <TableExport testId="attention-export" disabled={!data} load={() => attentionTable(items, today, t)} />
      </Group>
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
        </Paper>
      </QueryState>
    </Stack>
  );
}
