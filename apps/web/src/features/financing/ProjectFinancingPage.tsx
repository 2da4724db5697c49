import { useQuery } from "@apollo/client/react";
import { FIRST_YEAR, isHeldYear, LAST_YEAR, type WhatIf } from "@bk/domain";
import { Alert, Anchor, Button, Center, Grid, Group, Loader, Modal, NumberInput, Stack, Text } from "@mantine/core";
import { Suspense, useState } from "react";
import { useI18n } from "../../i18n/i18n";
import { AuditTrail } from "../../shared/AuditTrail";
import { refusalOf, wordRefusal } from "../../shared/forms/server-errors";
import { lazyComponent } from "../../shared/lazy";
import { usePrefetchedPolicy } from "../../shared/prefetched";
import { RecordState } from "../../shared/QueryState";
import { Link, useParams, useSearchParams } from "../../shared/router";
import { useReadyInTransition } from "../../shared/use-ready-in-transition";
import { useViewer } from "../accounts/viewer";
import { ProjectLink } from "../projects/ProjectLink";
import { ProjectTitle } from "../projects/ProjectTitle";
import { BudgetYears } from "./BudgetYears";
import { CoFinancingMatrix } from "./CoFinancingMatrix";
import { DeadlineList } from "./DeadlineList";
import { ExportButtons } from "./ExportButtons";
import { FinancingChart } from "./FinancingChart";
import { FinancingSummary } from "./FinancingSummary";
import { FinancingTable } from "./FinancingTable";
import { FinancingWarnings } from "./FinancingWarnings";
import { projectFinancingVariables } from "./financing.prefetch";
import { PROJECT_FINANCING } from "./financing.queries";
import { type FinancingProject, useProjectFinancing } from "./useProjectFinancing";
import { WhatIfPanel } from "./WhatIfPanel";

// The forms (zod, the inputs) load when a dialog first opens: the page shows without them.
const BudgetYearForm = lazyComponent(
  () => import("./BudgetYearForm"),
  (m) => m.BudgetYearForm,
);
const ContributionForm = lazyComponent(
  () => import("./ContributionForm"),
  (m) => m.ContributionForm,
);

type Dialog =
  | { kind: "budget"; budget?: FinancingProject["budgetYears"][number] }
  | { kind: "contribution"; contribution?: FinancingProject["contributions"][number] };

/** One project's financing: are we financed next year, and if not, how much is missing and from whom could it come? */
export function ProjectFinancingPage() {
  const { t, locale } = useI18n();
  const { id = "" } = useParams();
  // Budget and co-financing: for those who may change them (the project's lead, administrators).
  const writable = useViewer().canWriteProject(id, "financing");
  const [params, setParams] = useSearchParams();
  const variables = projectFinancingVariables(id);
  const today = variables.from;
  const { data, dataState, loading, error, refetch } = useQuery(PROJECT_FINANCING, {
    variables,
    ...usePrefetchedPolicy(PROJECT_FINANCING, variables),
  });
  const node = dataState === "complete" ? data.node : null;
  const project = node?.__typename === "Project" ? node : null;
  const [whatIf, setWhatIf] = useState<WhatIf>({});
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const yearParam = Number(params.get("year"));
  // Unless the user chose a year: the project's opening year (its next unfinanced year, else this year or its last year with figures).
  const referenceYear = isHeldYear(yearParam) ? yearParam : (project?.financingOpeningYear ?? null);
  // The figures come from the API (all grants, the exports' rules); a what-if is asked of it, never saved.
  const figures = useProjectFinancing(id, referenceYear, whatIf);
  // When the figures first arrive, the query's update shows the loader a moment longer and the
  // sections (summary, chart, tables, audit trail) render in a transition, which yields to the
  // browser every few milliseconds instead of holding it for one long task. (Figures gone, for
  // another project, give way to the loader at once.)
  const figuresShown = useReadyInTransition(figures.loaded);
  // After a change to the budget or the co-financing the computed figures are asked for again.
  const saved = () => void figures.refetch();
  const closeDialog = (changed?: boolean) => {
    setDialog(null);
    if (changed) saved();
  };

  return (
    <Stack>
      <Anchor component={Link} to={referenceYear ? `/financing?year=${referenceYear}` : "/financing"} size="sm" className="no-print">
        ← {t("fin.title")}
      </Anchor>
      <RecordState loading={loading} error={error} found={!!project} onRetry={() => refetch()}>
        {project && (
          <>
            <Group justify="space-between" align="flex-end">
              <ProjectTitle project={project}>
                <Text c="dimmed">
                  {project.owner ? `${project.owner.name} · ` : ""}
                  <ProjectLink project={project} underline="always">
                    {t("proj.hubLink")}
                  </ProjectLink>
                </Text>
                <Text size="xs" c="dimmed" className="print-only">
                  {t("fin.printed", { date: today })}
                </Text>
              </ProjectTitle>
              <Group align="flex-end">
                <NumberInput
                  label={t("fin.referenceYear")}
                  w={140}
                  size="xs"
                  value={referenceYear ?? ""}
                  min={FIRST_YEAR}
                  max={LAST_YEAR}
                  allowDecimal={false}
                  thousandSeparator=""
                  className="no-print"
                  onChange={(v) => typeof v === "number" && isHeldYear(v) && setParams({ year: String(v) }, { replace: true })}
                />
                <ExportButtons projectId={project.id} />
              </Group>
            </Group>
            {figures.error && !figures.loaded && (
              <Alert color="red" title={t("state.error")}>
                <Group justify="space-between">
                  <Text size="sm">{wordRefusal(refusalOf(figures.error), locale)}</Text>
                  <Button size="compact-xs" variant="default" onClick={saved}>
                    {t("state.retry")}
                  </Button>
                </Group>
              </Alert>
            )}
            {/* The figures arrive after the project (they need its opening year): until then one loader, so that nothing jumps. */}
            {!figuresShown && !figures.error ? (
              <Center py="xl">
                <Loader aria-label={t("state.loading")} />
              </Center>
            ) : (
              <>
                {referenceYear !== null && <FinancingSummary years={figures.years} referenceYear={referenceYear} />}
                <FinancingWarnings warnings={figures.warnings} />
                <Grid>
                  <Grid.Col span={{ base: 12, lg: 8 }}>
                    <Stack>
                      <FinancingChart years={figures.years} />
                      <FinancingTable years={figures.years} />
                      <CoFinancingMatrix
                        project={project}
                        onEdit={writable ? (c) => setDialog({ kind: "contribution", contribution: c }) : undefined}
                      />
                      {writable && (
                        <Group className="no-print">
                          <Button size="xs" onClick={() => setDialog({ kind: "contribution" })}>
                            {t("fin.contribution.add")}
                          </Button>
                        </Group>
                      )}
                    </Stack>
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, lg: 4 }}>
                    <Stack>
                      <WhatIfPanel project={project} whatIf={whatIf} onChange={setWhatIf} computing={figures.computing} />
                      <DeadlineList deadlines={project.deadlines} />
                      <BudgetYears
                        project={project}
                        onAdd={writable ? () => setDialog({ kind: "budget" }) : undefined}
                        onEdit={writable ? (b) => setDialog({ kind: "budget", budget: b }) : undefined}
                        onSaved={saved}
                      />
                    </Stack>
                  </Grid.Col>
                </Grid>
                <AuditTrail changes={project.changes} />
              </>
            )}
            <Modal
              opened={!!dialog}
              onClose={() => closeDialog()}
              title={
                dialog?.kind === "budget"
                  ? t("fin.budget.add")
                  : dialog?.contribution
                    ? t("fin.contribution.edit")
                    : t("fin.contribution.add")
              }
            >
              <Suspense fallback={<Loader role="status" aria-label={t("state.loading")} />}>
                {dialog?.kind === "budget" && (
                  <BudgetYearForm
                    project={project}
                    budget={dialog.budget}
                    year={referenceYear ?? new Date().getFullYear()}
                    onDone={closeDialog}
                  />
                )}
                {dialog?.kind === "contribution" && (
                  <ContributionForm project={project} contribution={dialog.contribution} onDone={closeDialog} />
                )}
              </Suspense>
            </Modal>
          </>
        )}
      </RecordState>
    </Stack>
  );
}
