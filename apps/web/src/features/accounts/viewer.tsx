import { useQuery } from "@apollo/client/react";
import { canWriteProject, type Permission, permissionsOf, type Role } from "@bk/domain";
import { createContext, type ReactNode, useContext, useMemo } from "react";
import type { ViewerFieldsFragment } from "../../gql/graphql";
import { VIEWER } from "./viewer.queries";

type ViewerState = {
  viewer: ViewerFieldsFragment | null;
  loading: boolean;
  /** May the viewer do this? The same table as the API's rules (packages/domain/src/accounts/permissions.ts). */
  can(permission: Permission): boolean;
  /** May the viewer change this project's budget and co-financing, or its statistics? */
  canWriteProject(projectId: string | null | undefined, area: "financing" | "statistics"): boolean;
  refetch(): Promise<unknown>;
};

const ViewerContext = createContext<ViewerState | null>(null);

/** Who is logged in, asked once; pages and buttons show only what the viewer's roles allow. */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const { data, loading, refetch } = useQuery(VIEWER, { fetchPolicy: "cache-first" });
  const viewer = data?.viewer ?? null;
  const value = useMemo<ViewerState>(() => {
    const roles = (viewer?.roles ?? []) as Role[];
    const permissions = permissionsOf(roles);
    // The projects' global ids: the domain's rule compares whatever ids it is given.
    const projectIds = viewer?.projects.map((p) => p.id) ?? [];
    return {
      viewer,
      loading: loading && !data,
      can: (p) => permissions.has(p),
      canWriteProject: (projectId, area) => canWriteProject({ roles, projectIds }, projectId ?? null, area),
      refetch,
    };
  }, [viewer, loading, data, refetch]);
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

export function useViewer(): ViewerState {
  const ctx = useContext(ViewerContext);
  if (!ctx) throw new Error("useViewer outside ViewerProvider");
  return ctx;
}
