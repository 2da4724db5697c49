import { Anchor } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "../../shared/router";

/** A project's name leading to its hub (/projects/<id>), wherever the project is mentioned. */
export function ProjectLink({
  project,
  children,
  size,
  underline,
}: {
  project: { id: string; name: string };
  children?: ReactNode;
  size?: string;
  /** "always" inside running text, where colour alone must not mark a link. */
  underline?: "always" | "hover";
}) {
  return (
    <Anchor component={Link} to={`/projects/${encodeURIComponent(project.id)}`} size={size} underline={underline}>
      {children ?? project.name}
    </Anchor>
  );
}
