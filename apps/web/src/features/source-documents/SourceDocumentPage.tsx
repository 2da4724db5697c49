import { useQuery } from "@apollo/client/react";
import { label, sourceDocumentKindLabels } from "@bk/domain";
import { Anchor, Badge, Blockquote, Code, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useEffect } from "react";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import { useFormat } from "../../shared/format";
import { QueryState } from "../../shared/QueryState";
import { Link, useNavigate, useParams, useSearchParams } from "../../shared/router";
import { SOURCE_DOCUMENT } from "./source-documents.queries";

/** A source document with the passages figures come from; `?passage=` highlights one. */
export function SourceDocumentPage() {
  const { t, locale } = useI18n();
  const f = useFormat();
  const navigate = useNavigate();
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  const highlighted = params.get("passage");
  const { data, dataState, loading, error, refetch } = useQuery(SOURCE_DOCUMENT, { variables: { id } });
  const node = dataState === "complete" ? data.node : null;
  const doc = node?.__typename === "SourceDocument" ? node : null;

  useEffect(() => {
    if (doc && highlighted) document.getElementById(`passage-${highlighted}`)?.scrollIntoView({ block: "center" });
  }, [doc, highlighted]);

  const meta: [MessageKey, string | null | undefined][] = doc
    ? [
        ["document.reference", doc.reference],
        ["document.author", doc.authorOrganisation?.name],
        ["document.officer", [doc.officer, doc.officerPhone].filter(Boolean).join(", ")],
        ["document.addressee", doc.addressee],
        ["document.meetingDate", doc.meetingDate ? f.date(doc.meetingDate) : null],
        ["document.year", doc.year ? String(doc.year) : null],
        ["document.signatories", doc.signatories.join("; ")],
      ]
    : [];

  return (
    <Stack>
      <Anchor component="button" type="button" size="sm" onClick={() => navigate(-1)} style={{ alignSelf: "flex-start" }}>
        ← {t("document.back")}
      </Anchor>
      <QueryState
        loading={loading}
        error={error}
        empty={!loading && !error && !doc}
        emptyText={t("state.notFound")}
        onRetry={() => refetch()}
      >
        {doc && (
          <>
            {/* The papers are Swedish whatever the interface's language: screen readers read them so. */}
            <Title order={1} lang="sv">
              {doc.title}
            </Title>
            <Badge variant="light" style={{ alignSelf: "flex-start" }}>
              {label(sourceDocumentKindLabels, doc.kind, locale)}
            </Badge>
            {doc.summary && <Text lang="sv">{doc.summary}</Text>}
            <Paper withBorder p="md" radius="md">
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
                {meta
                  .filter(([, v]) => v)
                  .map(([k, v]) => (
                    <div key={k}>
                      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                        {t(k)}
                      </Text>
                      <Text>{v}</Text>
                    </div>
                  ))}
              </SimpleGrid>
            </Paper>
            <Title order={2} size="h3">
              {t("document.passages")}
            </Title>
            <Stack gap="sm" lang="sv">
              {doc.passages.map((p) => (
                <Blockquote
                  key={p.id}
                  id={`passage-${p.id}`}
                  color={p.id === highlighted ? "yellow" : "gray"}
                  data-highlighted={p.id === highlighted || undefined}
                  p="sm"
                  style={p.id === highlighted ? { background: "var(--mantine-color-yellow-light)" } : undefined}
                >
                  {p.section && (
                    <Text size="xs" c="dimmed" mb={4}>
                      {p.section}
                    </Text>
                  )}
                  {p.quote}
                </Blockquote>
              ))}
            </Stack>
            <details>
              <summary>{t("document.original")}</summary>
              <Code block mt="sm" style={{ whiteSpace: "pre-wrap" }}>
                {doc.originalText}
              </Code>
            </details>
            <Anchor component={Link} to="/documents" size="sm">
              {t("nav.documents")}
            </Anchor>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
