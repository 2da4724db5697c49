import { useQuery } from "@apollo/client/react";
import { Code, Group, Paper, Stack, Switch, Text, Title } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { CopyTextButton } from "../../shared/CopyTextButton";
import { Forbidden } from "../../shared/Forbidden";
import { useFormat } from "../../shared/format";
import { QueryState } from "../../shared/QueryState";
import { useViewer } from "../accounts/viewer";
import { OpenDataLinks } from "./OpenDataLinks";
import { OPEN_DATA_SETTINGS } from "./open-data.queries";
import { useSetOpenData } from "./useSetOpenData";

/** The administrators' page of open data: whether the 360Giving export needs a login, and its addresses. */
export function OpenDataPage() {
  const { t } = useI18n();
  const f = useFormat();
  const { can } = useViewer();
  const { data, loading, error, refetch } = useQuery(OPEN_DATA_SETTINGS, { skip: !can("manage:settings") });
  const { set, saving } = useSetOpenData();
  if (!can("manage:settings")) return <Forbidden />;
  const s = data?.openDataSettings;
  return (
    <Stack>
      <div>
        <Title order={1}>{t("openData.title")}</Title>
        <Text c="dimmed">{t("openData.intro")}</Text>
      </div>
      <QueryState loading={loading && !data} error={error} onRetry={() => refetch()}>
        {s && (
          <>
            <Paper withBorder p="md">
              <Stack gap="xs">
                <Switch
                  data-testid="open-data-public"
                  checked={s.giving360Public}
                  disabled={saving}
                  onChange={(e) => set(e.currentTarget.checked, s.version)}
                  label={t("openData.public")}
                  description={t("openData.publicHint")}
                />
                {s.updatedAt && (
                  <Text size="xs" c="dimmed">
                    {t("openData.changed", { when: f.dateTime(s.updatedAt) })}
                  </Text>
                )}
              </Stack>
            </Paper>
            <Text data-testid="open-data-coverage">
              {t("openData.included", { count: f.number(s.giving360Coverage.included) })}
              {s.giving360Coverage.leftOut > 0 && ` ${t("openData.leftOut", { count: f.number(s.giving360Coverage.leftOut) })}`}
            </Text>
            <OpenDataLinks />
            <Stack gap="xs">
              <Title order={2} size="h4">
                {t("openData.addresses")}
              </Title>
              {[s.giving360JsonPath, s.giving360CsvPath].map((p) => {
                const url = `${window.location.origin}${p}`;
                return (
                  <Group key={p} gap="xs" wrap="nowrap" maw="100%">
                    <Code style={{ overflowWrap: "anywhere", minWidth: 0 }}>{url}</Code>
                    <CopyTextButton value={url} style={{ flexShrink: 0 }} />
                  </Group>
                );
              })}
            </Stack>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
