import { useQuery } from "@apollo/client/react";
import { label, sourceDocumentKindLabels } from "@bk/domain";
import { Anchor, Stack, Table, Text, Title } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { QueryState } from "../../shared/QueryState";
import { Link } from "../../shared/router";
import { SOURCE_DOCUMENTS } from "./source-documents.queries";

export function SourceDocumentsPage() {
  const { t, locale } = useI18n();
  const { data, loading, error, refetch } = useQuery(SOURCE_DOCUMENTS);
  const docs = data?.sourceDocuments.edges.map((e) => e.node) ?? [];
  return (
    <Stack>
      <div>
        <Title order={1}>{t("documents.title")}</Title>
        <Text c="dimmed">{t("documents.intro")}</Text>
      </div>
      <QueryState loading={loading} error={error} onRetry={() => refetch()}>
        <Table striped className="stack-on-phone">
          <Table.Tbody>
            {docs.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/documents/${encodeURIComponent(d.id)}`}>
                    {d.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{label(sourceDocumentKindLabels, d.kind, locale)}</Table.Td>
                <Table.Td>{d.reference ?? "–"}</Table.Td>
                <Table.Td>{d.year ?? "–"}</Table.Td>
                <Table.Td>{d.authorOrganisation?.name}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </QueryState>
    </Stack>
  );
}
