import { Button, Code, Group, Popover, Text } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";

/** The financing out of the app: CSV and XLSX files, a print view and a calendar feed. */
export function ExportButtons({ projectId }: { projectId: string }) {
  const { t } = useI18n();
  const id = encodeURIComponent(projectId);
  const calendar = `${window.location.origin}/calendar/projects/${id}.ics`;
  return (
    <Group gap="xs" className="no-print">
      <Button component="a" href={`/exports/projects/${id}/financing.csv`} download variant="default" size="xs">
        {t("fin.export.csv")}
      </Button>
      <Button component="a" href={`/exports/projects/${id}/financing.xlsx`} download variant="default" size="xs">
        {t("fin.export.xlsx")}
      </Button>
      <Button variant="default" size="xs" onClick={() => window.print()}>
        {t("fin.export.print")}
      </Button>
      <Popover width={420} withArrow>
        <Popover.Target>
          <Button variant="default" size="xs">
            {t("fin.export.calendar")}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <Text size="sm" mb={6}>
            {t("fin.export.calendarHint")}
          </Text>
          <Code block data-testid="calendar-url">
            {calendar}
          </Code>
        </Popover.Dropdown>
      </Popover>
    </Group>
  );
}
