import { type GrantStatus, grantStatusLabels, label } from "@bk/domain";
import { Badge } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";

const COLORS: Record<GrantStatus, string> = {
  DRAFT: "gray",
  SUBMITTED: "blue",
  GRANTED: "green",
  PARTIALLY_GRANTED: "teal",
  REJECTED: "red",
  ACTIVE: "violet",
  REPORTED: "indigo",
  CLOSED: "dark",
  WITHDRAWN: "orange",
};

export function StatusBadge({ status }: { status: GrantStatus }) {
  const { locale } = useI18n();
  return (
    <Badge color={COLORS[status]} variant="light" data-status={status}>
      {label(grantStatusLabels, status, locale)}
    </Badge>
  );
}
