import { useMutation } from "@apollo/client/react";
import { Button, Code, Group, Popover, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n";
import { CREATE_CALENDAR_TOKEN, MY_TOKENS } from "../accounts/accounts.queries";

/** The financing out of the app: CSV and XLSX files, a print view and a calendar link to subscribe to. */
export function ExportButtons({ projectId }: { projectId: string }) {
  const { t } = useI18n();
  const id = encodeURIComponent(projectId);
  const [token, setToken] = useState<string | null>(null);
  const [createLink, { loading }] = useMutation(CREATE_CALENDAR_TOKEN, { refetchQueries: [MY_TOKENS] });
  const calendar = token ? `${window.location.origin}/calendar/projects/${id}.ics?token=${token}` : null;
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
      <Popover width={440} withArrow>
        <Popover.Target>
          <Button variant="default" size="xs">
            {t("fin.export.calendar")}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs">
            <Text size="sm">{t("calendar.hint")}</Text>
            {calendar ? (
              <Code block data-testid="calendar-url" style={{ wordBreak: "break-all" }}>
                {calendar}
              </Code>
            ) : (
              <Button
                size="xs"
                loading={loading}
                onClick={async () => {
                  const res = await createLink({ variables: { input: { name: t("fin.export.calendar") } } });
                  setToken(res.data?.createCalendarToken.token ?? null);
                }}
              >
                {t("calendar.create")}
              </Button>
            )}
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Group>
  );
}
