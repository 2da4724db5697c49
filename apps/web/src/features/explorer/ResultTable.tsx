import { Button, Checkbox, Group, Table, Text, Title, UnstyledButton } from "@mantine/core";
import { IconArrowDown, IconArrowUp } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useI18n } from "../../i18n/i18n";
import { downloadJson } from "../../shared/export/download";
import type { ExportCell } from "../../shared/export/export-table";
import { TableExport } from "../../shared/export/TableExport";
import { ScrollTable } from "../../shared/ScrollTable";
import { type ResultTable as Flat, numericColumns, type ResultCell, sortRows } from "./flatten-result";

const SHOWN_ROWS = 500;

function exportCell(value: ResultCell): ExportCell {
  return typeof value === "boolean" ? String(value) : value;
}

/**
 * The last result as a table, sortable by clicking a column's header, downloadable as CSV (with a
 * decimal comma or point), Excel or the result's JSON as it came.
 */
export function ResultTable({ table, data }: { table: Flat | null; data?: unknown }) {
  const { t, locale } = useI18n();
  const [decimalComma, setDecimalComma] = useState(locale === "sv");
  const numeric = useMemo(() => (table ? numericColumns(table) : new Set<string>()), [table]);
  const [sort, setSort] = useState<{ column: string; direction: "asc" | "desc" } | null>(null);
  const rows = useMemo(() => (table && sort ? sortRows(table.rows, sort.column, sort.direction) : (table?.rows ?? [])), [table, sort]);
  function toggle(column: string) {
    setSort((s) => (s?.column === column && s.direction === "asc" ? { column, direction: "desc" } : { column, direction: "asc" }));
  }
  return (
    <section aria-labelledby="explorer-table-title" data-testid="explorer-table">
      <Group justify="space-between" mb="xs">
        <Group gap="sm">
          <Title order={2} size="h4" id="explorer-table-title">
            {t("explorer.table")}
          </Title>
          {table && <Text c="dimmed">{t("explorer.rows", { count: table.rows.length })}</Text>}
        </Group>
        <TableExport
          testId="explorer-export"
          title={t("explorer.table")}
          disabled={!table || table.rows.length === 0}
          decimalComma={decimalComma}
          load={() => ({
            name: t("explorer.exportName"),
            columns: (table?.columns ?? []).map((header) => ({ header, kind: numeric.has(header) ? "number" : "text" })),
            rows: rows.map((row) => (table?.columns ?? []).map((c) => exportCell(row[c] ?? null))),
          })}
        >
          <Button variant="default" size="xs" disabled={data == null} onClick={() => downloadJson(t("explorer.exportName"), data)}>
            JSON
          </Button>
          <Checkbox
            size="xs"
            label={t("explorer.decimalComma")}
            checked={decimalComma}
            onChange={(e) => setDecimalComma(e.currentTarget.checked)}
          />
        </TableExport>
      </Group>
      {!table ? (
        <Text c="dimmed">{t("explorer.tableEmpty")}</Text>
      ) : table.rows.length === 0 ? (
        <Text c="dimmed">{t("explorer.tableNoRows")}</Text>
      ) : (
        <ScrollTable label={t("explorer.table")} maxHeight="60vh">
          <Table striped withTableBorder stickyHeader>
            <Table.Thead>
              <Table.Tr>
                {table.columns.map((column) => (
                  <Table.Th
                    key={column}
                    aria-sort={sort?.column === column ? (sort.direction === "asc" ? "ascending" : "descending") : undefined}
                  >
                    <UnstyledButton onClick={() => toggle(column)} aria-label={t("explorer.sortBy", { column })} fw={600} fz="sm">
                      <Group gap={4} wrap="nowrap">
                        {column}
                        {sort?.column === column && (sort.direction === "asc" ? <IconArrowUp size={14} /> : <IconArrowDown size={14} />)}
                      </Group>
                    </UnstyledButton>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.slice(0, SHOWN_ROWS).map((row, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
                <Table.Tr key={i}>
                  {table.columns.map((column) => (
                    <Table.Td key={column}>{row[column] === null ? "" : String(row[column])}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}
