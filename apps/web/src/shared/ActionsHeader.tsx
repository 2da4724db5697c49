import { Table } from "@mantine/core";
import { useI18n } from "../i18n/i18n";

/** The header of a column of buttons: empty to the eye, "Åtgärder"/"Actions" to a screen reader. */
export function ActionsHeader() {
  const { t } = useI18n();
  return (
    <Table.Th>
      <span className="visually-hidden">{t("layout.actions")}</span>
    </Table.Th>
  );
}
