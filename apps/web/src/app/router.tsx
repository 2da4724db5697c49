import { createBrowserRouter, Navigate } from "react-router";
import { AccountPage } from "../features/accounts/AccountPage";
import { LoginPage } from "../features/accounts/LoginPage";
import { RequireLogin } from "../features/accounts/RequireLogin";
import { SetPasswordPage } from "../features/accounts/SetPasswordPage";
import { UsersPage } from "../features/accounts/UsersPage";
import { homeFor, useViewer } from "../features/accounts/viewer";
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
import { ProjectHubPage } from "../features/projects/ProjectHubPage";
import { ProjectsPage } from "../features/projects/ProjectsPage";
import { SourceDocumentPage } from "../features/source-documents/SourceDocumentPage";
import { SourceDocumentsPage } from "../features/source-documents/SourceDocumentsPage";
import { StatisticsPage } from "../features/statistics/StatisticsPage";
import { AppLayout } from "./AppLayout";

/** The start page follows the role: the attention list for staff, the financing for project leads. */
function Home() {
  const { viewer } = useViewer();
  return <Navigate to={homeFor(viewer?.roles ?? [])} replace />;
}

export const router = createBrowserRouter([
  { path: "login", element: <LoginPage /> },
  { path: "set-password", element: <SetPasswordPage /> },
  {
    element: (
      <RequireLogin>
        <AppLayout />
      </RequireLogin>
    ),
    children: [
      { index: true, element: <Home /> },
      { path: "account", element: <AccountPage /> },
      { path: "admin/users", element: <UsersPage /> },
      { path: "attention", element: <AttentionPage /> },
      { path: "programmes", element: <ProgrammeOverviewPage /> },
      { path: "grants/new", element: <NewGrantPage /> },
      { path: "grants", element: <GrantsPage /> },
      { path: "grants/:id", element: <GrantDetailPage /> },
      { path: "documents", element: <SourceDocumentsPage /> },
      { path: "documents/:id", element: <SourceDocumentPage /> },
      { path: "projects", element: <ProjectsPage /> },
      { path: "projects/:id", element: <ProjectHubPage /> },
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
