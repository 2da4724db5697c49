import type { ApolloClient } from "@apollo/client";
import { homeFor } from "@bk/domain";
import { Suspense } from "react";
import { RequireLogin } from "../features/accounts/RequireLogin";
import { useViewer } from "../features/accounts/viewer";
import { lazyComponent, PageLoading, preloadElements } from "../shared/lazy";
import { NotFoundPage } from "../shared/RouteProblem";
import { matchRoutes, Navigate, type RouteObject, useRoutes } from "../shared/router";
import { AppLayout } from "./AppLayout";
import { PREFETCH } from "./prefetch";

// Each page is its own chunk, loaded when first shown (AppLayout holds the Suspense that waits for it).
const AccountPage = lazyComponent(
  () => import("../features/accounts/AccountPage"),
  (m) => m.AccountPage,
);
const LoginPage = lazyComponent(
  () => import("../features/accounts/LoginPage"),
  (m) => m.LoginPage,
);
const SetPasswordPage = lazyComponent(
  () => import("../features/accounts/SetPasswordPage"),
  (m) => m.SetPasswordPage,
);
const UsersPage = lazyComponent(
  () => import("../features/accounts/UsersPage"),
  (m) => m.UsersPage,
);
const OpenDataPage = lazyComponent(
  () => import("../features/open-data/OpenDataPage"),
  (m) => m.OpenDataPage,
);
const AttentionPage = lazyComponent(
  () => import("../features/attention/AttentionPage"),
  (m) => m.AttentionPage,
);
const EvaluationPage = lazyComponent(
  () => import("../features/evaluations/EvaluationPage"),
  (m) => m.EvaluationPage,
);
const EvaluationsPage = lazyComponent(
  () => import("../features/evaluations/EvaluationsPage"),
  (m) => m.EvaluationsPage,
);
const ExplorerPage = lazyComponent(
  () => import("../features/explorer/ExplorerPage"),
  (m) => m.ExplorerPage,
);
const FinancingPortfolioPage = lazyComponent(
  () => import("../features/financing/FinancingPortfolioPage"),
  (m) => m.FinancingPortfolioPage,
);
const ProjectFinancingPage = lazyComponent(
  () => import("../features/financing/ProjectFinancingPage"),
  (m) => m.ProjectFinancingPage,
);
const GrantDetailPage = lazyComponent(
  () => import("../features/grants/GrantDetailPage"),
  (m) => m.GrantDetailPage,
);
const GrantsPage = lazyComponent(
  () => import("../features/grants/GrantsPage"),
  (m) => m.GrantsPage,
);
const NewGrantPage = lazyComponent(
  () => import("../features/grants/NewGrantPage"),
  (m) => m.NewGrantPage,
);
const OrganisationPage = lazyComponent(
  () => import("../features/partners/OrganisationPage"),
  (m) => m.OrganisationPage,
);
const PartnersPage = lazyComponent(
  () => import("../features/partners/PartnersPage"),
  (m) => m.PartnersPage,
);
const ProgrammeOverviewPage = lazyComponent(
  () => import("../features/programmes/ProgrammeOverviewPage"),
  (m) => m.ProgrammeOverviewPage,
);
const ProjectHubPage = lazyComponent(
  () => import("../features/projects/ProjectHubPage"),
  (m) => m.ProjectHubPage,
);
const ProjectsPage = lazyComponent(
  () => import("../features/projects/ProjectsPage"),
  (m) => m.ProjectsPage,
);
const SourceDocumentPage = lazyComponent(
  () => import("../features/source-documents/SourceDocumentPage"),
  (m) => m.SourceDocumentPage,
);
const SourceDocumentsPage = lazyComponent(
  () => import("../features/source-documents/SourceDocumentsPage"),
  (m) => m.SourceDocumentsPage,
);
const ChangesPage = lazyComponent(
  () => import("../features/changes/ChangesPage"),
  (m) => m.ChangesPage,
);
const StatisticsPage = lazyComponent(
  () => import("../features/statistics/StatisticsPage"),
  (m) => m.StatisticsPage,
);

/** The start page follows the role: the attention list for staff, the financing for project leads. */
function Home() {
  const { viewer } = useViewer();
  return <Navigate to={homeFor(viewer?.roles ?? [])} replace />;
}

const routes: RouteObject[] = [
  {
    path: "login",
    element: (
      <Suspense fallback={<PageLoading />}>
        <LoginPage />
      </Suspense>
    ),
  },
  {
    path: "set-password",
    element: (
      <Suspense fallback={<PageLoading />}>
        <SetPasswordPage />
      </Suspense>
    ),
  },
  {
    element: (
      <RequireLogin>
        <AppLayout />
      </RequireLogin>
    ),
    // A page that crashes shows RouteError inside the layout (AppLayout's RouteErrorBoundary): menu and header stay.
    children: [
      { index: true, element: <Home /> },
      { path: "account", element: <AccountPage /> },
      { path: "admin/users", element: <UsersPage /> },
      { path: "admin/open-data", element: <OpenDataPage /> },
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
      { path: "changes", element: <ChangesPage /> },
      { path: "explorer", element: <ExplorerPage /> },
      { path: "explorer/q/:id", element: <ExplorerPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];

/**
 * The app's pages (shared/router: React Router's declarative API without the library, whose 13 KB
 * gzip were a twelfth of the first download; the app loads no data through the router).
 */
export function AppRoutes() {
  return useRoutes(routes);
}

/** Starts downloading the page at `pathname` (its chunk), before it is shown. */
export function preloadPage(pathname: string): Promise<unknown> {
  return preloadElements((matchRoutes(routes, pathname) ?? []).map((match) => match.route.element));
}

/** Starts the first query of the page at this address, if it has one in PREFETCH (errors are the page's to show). */
export function prefetchPageData(client: ApolloClient, location: { pathname: string; search: string }, loggedIn: Promise<boolean>) {
  for (const match of matchRoutes(routes, location.pathname) ?? []) {
    const prefetch = match.route.path ? PREFETCH[match.route.path] : undefined;
    prefetch?.(client, match.params, new URLSearchParams(location.search), loggedIn).catch(() => {});
  }
}
