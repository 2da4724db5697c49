import { fieldViolations, wordReason } from "@bk/domain";
import { useForm } from "@mantine/form";
import { useEffect } from "react";
import type { z } from "zod";
import { useI18n } from "../../i18n/i18n";
import type { ServerErrors } from "./server-errors";

/**
 * A Mantine form validated by the same zod schema the API uses, as the user types, with the
 * schema's reasons worded from the catalogue in the user's language.
 * `toInput` turns the form's values into the schema's (and the mutation's) input.
 * Field errors the server returns are shown on their fields.
 */
export function useZodForm<V extends Record<string, unknown>, S extends z.ZodType>(
  schema: S,
  initialValues: V,
  toInput: (values: V) => z.input<S>,
  server?: ServerErrors,
) {
  const { locale } = useI18n();
  const form = useForm<V>({
    mode: "controlled",
    initialValues,
    validateInputOnChange: true,
    validate: (values) => {
      const r = schema.safeParse(toInput(values));
      if (r.success) return {};
      return Object.fromEntries(
        Object.entries(fieldViolations(r.error)).map(([field, v]) => [field, wordReason(v.reason, v.params, locale)]),
      );
    },
  });
  const serverFields = JSON.stringify(server?.fields ?? {});
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run only when the server's errors change.
  useEffect(() => {
    if (server && Object.keys(server.fields).length) form.setErrors(server.fields);
  }, [serverFields]);
  return form;
}

/** Empty text → null, for optional fields. */
export const orNull = (v: string) => (v.trim() === "" ? null : v);
/** A NumberInput's value → number or null. */
export const numOrNull = (v: number | string) => (typeof v === "number" ? v : v.trim() === "" ? null : Number(v));
