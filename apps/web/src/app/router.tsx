import { createBrowserRouter, Navigate } from "react-router";
import { AttentionPage } from "../features/attention/AttentionPage";
import { ComingSoonPage } from "../features/coming-soon/ComingSoonPage";
import { EvaluationPage } from "../features/evaluations/EvaluationPage";
import { EvaluationsPage } from "../features/evaluations/EvaluationsPage";
import { FinancingPortfolioPage } from "../features/financing/FinancingPortfolioPage";
import { ProjectFinancingPage } from "../features/financing/ProjectFinancingPage";
import { GrantDetailPage } from "../features/grants/GrantDetailPage";
import { GrantsPage } from "../features/grants/GrantsPage";
import { NewGrantPage } from "../features/grants/NewGrantPage";
import { OrganisationPage } from "../features/partners/OrganisationPage";
import { PartnersPage } from "../features/partners/PartnersPage";
import { ProgrammeOverviewPage } from "../features/programmes/ProgrammeOverviewPage";
import { SourceDocumentPage } from "../features/source-documents/SourceDocumentPage";
import { SourceDocumentsPage } from "../features/source-documents/SourceDocumentsPage";
import { StatisticsPage } from "../features/statistics/StatisticsPage";
import { AppLayout } from "./AppLayout";

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/attention" replace /> },
      { path: "attention", element: <AttentionPage /> },
      { path: "programmes", element: <ProgrammeOverviewPage /> },
      { path: "grants/new", element: <NewGrantPage /> },
      { path: "grants", element: <GrantsPage /> },
      { path: "grants/:id", element: <GrantDetailPage /> },
      { path: "documents", element: <SourceDocumentsPage /> },
      { path: "documents/:id", element: <SourceDocumentPage /> },
      { path: "projects", element: <ComingSoonPage titleKey="nav.projects" /> },
      { path: "financing", element: <FinancingPortfolioPage /> },
      { path: "financing/:id", element: <ProjectFinancingPage /> },
      { path: "partners", element: <PartnersPage /> },
      { path: "partners/:id", element: <OrganisationPage /> },
      { path: "evaluations", element: <EvaluationsPage /> },
      { path: "evaluations/:id", element: <EvaluationPage /> },
      { path: "statistics", element: <StatisticsPage /> },
      { path: "explorer", element: <ComingSoonPage titleKey="nav.explorer" /> },
      { path: "*", element: <ComingSoonPage titleKey="state.notFound" /> },
    ],
  },
]);
