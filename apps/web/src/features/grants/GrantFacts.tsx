import { Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import type { GrantDetailFieldsFragment } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import { useFormat } from "../../shared/format";
import { StatusBadge } from "./StatusBadge";

export type GrantDetail = GrantDetailFieldsFragment;

function Fact({ labelKey, children, testId }: { labelKey: MessageKey; children: ReactNode; testId?: string }) {
  const { t } = useI18n();
  return (
    <div data-testid={testId}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {t(labelKey)}
      </Text>
      <Text component="div" className="wrap-on-phone">
        {children}
      </Text>
    </div>
  );
}

/** Every field of the application and its decision. */
export function GrantFacts({ grant }: { grant: GrantDetail }) {
  const { t } = useI18n();
  const f = useFormat();
  const notStated = (
    <Text c="dimmed" span>
      {t("grant.notStated")}
    </Text>
  );
  const or = (value: string | null | undefined, shown?: string) => (value ? (shown ?? value) : notStated);
  const period =
    grant.periodStartYear == null
      ? null
      : grant.periodEndYear && grant.periodEndYear !== grant.periodStartYear
        ? `${grant.periodStartYear}–${grant.periodEndYear}`
        : String(grant.periodStartYear);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="facts-title">
      <Title order={2} size="h4" id="facts-title" mb="sm">
        {t("grant.facts")}
      </Title>
      <SimpleGrid cols={{ base: 2, md: 3 }} spacing="md">
        <Fact labelKey="grant.status">
          <StatusBadge status={grant.status} />
        </Fact>
        <Fact labelKey="grant.amountApplied" testId="amount-applied">
          {or(grant.amountApplied, f.money(grant.amountApplied))}
        </Fact>
        <Fact labelKey="grant.amountGranted" testId="amount-granted">
          <Text fw={700} span>
            {or(grant.amountGranted, f.money(grant.amountGranted))}
          </Text>
        </Fact>
        <Fact labelKey="grant.funder">{grant.funder.name}</Fact>
        <Fact labelKey="grant.applicant">{grant.applicant.name}</Fact>
        <Fact labelKey="grant.recipient">{grant.recipient.name}</Fact>
        <Fact labelKey="grant.programme">{grant.programme?.name ?? notStated}</Fact>
        <Fact labelKey="grant.project">{grant.project ? grant.project.name : notStated}</Fact>
        <Fact labelKey="grant.period">{period ?? notStated}</Fact>
        <Fact labelKey="grant.funderReference">{or(grant.funderReference)}</Fact>
        <Fact labelKey="grant.applicantReference">{or(grant.applicantReference)}</Fact>
        <Fact labelKey="grant.applicationDeadline">{or(grant.applicationDeadline, f.date(grant.applicationDeadline))}</Fact>
        <Fact labelKey="grant.submittedDate">{or(grant.submittedDate, f.date(grant.submittedDate, grant.submittedPrecision))}</Fact>
        <Fact labelKey="grant.decisionDate" testId="decision-date">
          {or(grant.decisionDate, f.date(grant.decisionDate, grant.decisionPrecision))}
        </Fact>
      </SimpleGrid>
      <Stack gap="sm" mt="md">
        {grant.description && <Fact labelKey="grant.description">{grant.description}</Fact>}
        {grant.decisionText && <Fact labelKey="grant.decisionText">{grant.decisionText}</Fact>}
        {grant.note && <Fact labelKey="grant.note">{grant.note}</Fact>}
      </Stack>
    </Paper>
  );
}
