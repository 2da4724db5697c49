import { useApolloClient, useQuery } from "@apollo/client/react";
import { FIRST_YEAR, isHeldYear, LAST_YEAR, label, type ProjectPhase, projectPhaseLabels } from "@bk/domain";
import { Anchor, Badge, Group, NumberInput, Paper, Stack, Table, Text, TextInput } from "@mantine/core";
import { useMemo } from "react";
import { useI18n } from "../../i18n/i18n";
import { TableExport } from "../../shared/export/TableExport";
import { PageHeading } from "../../shared/page-head/PageHeading";
import { QueryState } from "../../shared/QueryState";
import { Link, useQueryParam } from "../../shared/router";
import { ScrollTable } from "../../shared/ScrollTable";
import { ShowMore, useShownRows } from "../../shared/ShowMore";
import { PORTFOLIO } from "./financing.queries";
import { GapText } from "./GapText";
import { NextUnfinancedYear } from "./NextUnfinancedYear";
import { portfolioExport, projectsNamed } from "./portfolio-export";

/** Rows drawn at a time: a county's portfolio holds thousands of projects, a lead's a few. */
const ROWS_STEP = 100;

/**
 * The project lead's portfolio: every project with the reference year's and the next year's gap, and its
 * next unfinanced year; gaps first, drawn a hundred rows at a time.
 */
export function FinancingPortfolioPage() {
  const { t, locale } = useI18n();
  const client = useApolloClient();
  const [params, setParam] = useQueryParam();
  const chosen = Number(params.get("year"));
  const text = params.get("q") ?? "";
  // Unless the user chose a year, the API picks it: the next year with a gap, or the latest year with figures.
  const { data, loading, error, refetch } = useQuery(PORTFOLIO, { variables: { referenceYear: isHeldYear(chosen) ? chosen : null } });
  const all = data?.financingPortfolio;
  const rows = useMemo(() => projectsNamed(all ?? [], text), [all, text]);
  const year = isHeldYear(chosen) ? chosen : (all?.[0]?.referenceYear ?? new Date().getFullYear());
  const list = useShownRows(rows, ROWS_STEP, `${year} ${text}`);
  return (
    <Stack>
      <PageHeading page="financing" />
      <Group align="flex-end">
        <NumberInput
          label={t("fin.referenceYear")}
          w={160}
          value={year}
          min={FIRST_YEAR}
          max={LAST_YEAR}
          allowDecimal={false}
          thousandSeparator=""
          onChange={(v) => typeof v === "number" && isHeldYear(v) && setParam("year", String(v))}
        />
        <TextInput label={t("fin.search")} type="search" w={260} value={text} onChange={(e) => setParam("q", e.currentTarget.value)} />
        <TableExport
          testId="portfolio-export"
          title={t("fin.title")}
          filters={[`${t("export.col.year")}: ${year}`, ...(text ? [`${t("fin.search")}: ${text}`] : [])]}
          disabled={!data}
          load={() => portfolioExport(client, year, text, t, locale)}
        />
      </Group>
      <QueryState loading={loading && !data} error={error} onRetry={() => refetch()}>
        <Paper withBorder radius="md">
          <ScrollTable label={t("fin.title")} minWidth={960}>
            <Table verticalSpacing="sm" data-testid="portfolio">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("fin.project")}</Table.Th>
                  <Table.Th>{t("fin.nextUnfinanced")}</Table.Th>
                  <Table.Th>{t("fin.phase")}</Table.Th>
                  <Table.Th ta="right">
                    {t("fin.gap")} {year}
                  </Table.Th>
                  <Table.Th ta="right">
                    {t("fin.gap")} {year + 1}
                  </Table.Th>
                  <Table.Th>{t("fin.latest")}</Table.Th>
                  <Table.Th>{t("fin.warnings")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.shown.map((r) => (
                  <Table.Tr key={r.projectId}>
                    <Table.Td>
                      <Anchor component={Link} to={`/financing/${encodeURIComponent(r.projectId)}?year=${year}`} fw={500}>
                        {r.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <NextUnfinancedYear row={r} />
                    </Table.Td>
                    <Table.Td>{label(projectPhaseLabels, r.phase as ProjectPhase, locale)}</Table.Td>
                    <Table.Td ta="right">
                      <GapText year={r.thisYear} />
                    </Table.Td>
                    <Table.Td ta="right">
                      <GapText year={r.nextYear} />
                    </Table.Td>
                    <Table.Td>
                      {r.latestYear ? (
                        <Group gap={6}>
                          <Anchor component={Link} to={`/financing/${encodeURIComponent(r.projectId)}?year=${r.latestYear.year}`} size="sm">
                            {r.latestYear.year}
                          </Anchor>
                          <GapText year={r.latestYear} />
                        </Group>
                      ) : (
                        "–"
                      )}
                    </Table.Td>
                    <Table.Td>
                      {r.warnings.length > 0 && (
                        <Badge color="orange" variant="light">
                          {r.warnings.length}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          {rows.length === 0 && text && (
            <Text p="sm" c="dimmed" role="status" data-testid="portfolio-no-match">
              {t("fin.noMatch")}
            </Text>
          )}
          <ShowMore {...list} />
        </Paper>
      </QueryState>
    </Stack>
  );
}
