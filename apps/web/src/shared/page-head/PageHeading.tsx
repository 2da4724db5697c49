import { Text, Title } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { type HeadedPage, PAGE_HEADS, type PageHead } from "./page-heads";

/**
 * A page's heading and intro from PAGE_HEADS: the words the server wrote into index.html's frame
 * before the app had loaded, in the same place (layout.css's .bk-early-head has these elements' sizes).
 */
export function PageHeading({ page, values }: { page: HeadedPage; values?: Record<string, number> }) {
  const { t } = useI18n();
  const head: PageHead = PAGE_HEADS[page];
  return (
    <div>
      <Title order={1}>{t(head.title)}</Title>
      <Text c="dimmed">{t(head.intro, values)}</Text>
    </div>
  );
}
