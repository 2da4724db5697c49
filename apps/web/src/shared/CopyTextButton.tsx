import { Button, type ButtonProps, CopyButton } from "@mantine/core";
import { useI18n } from "../i18n/i18n";

/** A small button that copies `value` to the clipboard and says so ("Kopierat") for a moment; `label` instead of "Kopiera". */
export function CopyTextButton({
  value,
  label,
  variant = "default",
  size = "xs",
  ...rest
}: { value: string; label?: string } & ButtonProps) {
  const { t } = useI18n();
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Button {...rest} size={size} variant={variant} onClick={copy}>
          {copied ? t("copy.copied") : (label ?? t("copy.copy"))}
        </Button>
      )}
    </CopyButton>
  );
}
