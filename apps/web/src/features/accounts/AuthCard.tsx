import { Center, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useI18n } from "../../i18n/i18n";
import { LanguageSwitch } from "../../shared/LanguageSwitch";

/** The frame of the pages before login: the app's name, the language switch and one form. */
export function AuthCard({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={440}>
        <Stack>
          <Group justify="space-between" align="flex-start">
            <div>
              <Text fw={700} size="lg">
                {t("appName")}
              </Text>
              <Text size="sm" c="dimmed">
                {t("tagline")}
              </Text>
            </div>
            <LanguageSwitch />
          </Group>
          <Title order={1} size="h2">
            {title}
          </Title>
          <Text size="sm">{intro}</Text>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
