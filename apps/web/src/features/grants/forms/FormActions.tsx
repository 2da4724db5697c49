import { Alert, Button, Group } from "@mantine/core";
import { useI18n } from "../../../i18n/i18n";

/** Save/cancel row with the server's refusal, if any, above it. */
export function FormActions({ loading, error, onCancel }: { loading: boolean; error: string | null; onCancel(): void }) {
  const { t } = useI18n();
  return (
    <>
      {error && (
        <Alert color="red" role="alert" data-testid="form-error">
          {error}
        </Alert>
      )}
      <Group justify="flex-end" mt="sm">
        <Button variant="default" onClick={onCancel}>
          {t("form.cancel")}
        </Button>
        <Button type="submit" loading={loading}>
          {t("form.save")}
        </Button>
      </Group>
    </>
  );
}
