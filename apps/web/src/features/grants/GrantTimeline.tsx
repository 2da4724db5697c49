import { conditionStatusLabels, disbursementStatusLabels, grantStatusLabels, reportStatusLabels } from "@bk/domain";
import { Paper, Text, Timeline, Title } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { isMessageKey } from "../../i18n/messages";
import { ChangeFields } from "../../shared/audit/ChangeFields";
import { useWordChange } from "../../shared/audit/use-word-change";
import { useFormat } from "../../shared/format";
import type { GrantDetail } from "./GrantFacts";

const COLORS: Record<string, string> = {
  DECIDED: "grape",
  PAYMENT_PAID: "green",
  CONDITION_RESOLVED: "green",
  REPORT_RECEIVED: "green",
  REPORT_APPROVED: "green",
  CHANGE: "gray",
};

type Labels = Record<string, { sv: string; en: string }>;
const STATE_LABELS: Labels = { ...grantStatusLabels, ...conditionStatusLabels, ...reportStatusLabels, ...disbursementStatusLabels };

type Event = GrantDetail["timeline"][number];

/** One chronological view: applied, decided, conditions, reports, payments and every change, in the chosen language. */
export function GrantTimeline({ events }: { events: GrantDetail["timeline"] }) {
  const { t, locale } = useI18n();
  const f = useFormat();
  const { word, moment } = useWordChange();
  const when = (e: Event) => (!e.date ? t("timeline.undated") : e.kind === "CHANGE" ? moment(e.date) : f.date(e.date, e.precision));
  const detail = (e: Event) => (e.kind.startsWith("PAYMENT") && e.detail ? f.money(e.detail) : e.detail);
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid="timeline">
      <Title order={2} size="h4" mb="sm">
        {t("timeline.title")}
      </Title>
      {events.length === 0 ? (
        <Text c="dimmed">{t("timeline.empty")}</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2}>
          {events.map((e, i) => {
            const change = e.change ? word(e.change) : null;
            const key = `timeline.kind.${e.kind}`;
            const title = change?.title ?? (isMessageKey(key) ? t(key) : e.title);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: events are derived and have no id.
              <Timeline.Item key={i} color={COLORS[e.kind] ?? "blue"} title={title} data-kind={e.kind}>
                <Text size="xs" c="dimmed">
                  {when(e)}
                  {e.actor ? ` · ${e.actor}` : ""}
                  {e.state ? ` · ${STATE_LABELS[e.state]?.[locale] ?? e.state}` : ""}
                </Text>
                {change ? (
                  <ChangeFields change={change} />
                ) : (
                  e.detail && (
                    <Text size="sm" lineClamp={3} style={{ overflowWrap: "anywhere" }}>
                      {detail(e)}
                    </Text>
                  )
                )}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Paper>
  );
}
