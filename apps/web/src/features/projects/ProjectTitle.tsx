import { label, type ProjectPhase, projectPhaseLabels } from "@bk/domain";
import { Badge, Group, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useI18n } from "../../i18n/i18n";

/** A project page's heading: its name and phase, and what the page says under them. A long name wraps on a phone. */
export function ProjectTitle({ project, children }: { project: { name: string; phase: ProjectPhase }; children?: ReactNode }) {
  const { locale } = useI18n();
  return (
    <div style={{ minWidth: 0, overflowWrap: "anywhere" }}>
      <Group gap="sm">
        <Title order={1} fz={{ base: "h2", sm: "h1" }}>
          {project.name}
        </Title>
        <Badge variant="outline">{label(projectPhaseLabels, project.phase, locale)}</Badge>
      </Group>
      {children}
    </div>
  );
}
