import { fieldErrors } from "@bk/domain";
import { useForm } from "@mantine/form";
import { useEffect } from "react";
import type { z } from "zod";
import type { ServerErrors } from "./useServerMutation";

/**
 * A Mantine form validated by the same zod schema the API uses, as the user types.
 * `toInput` turns the form's values into the schema's (and the mutation's) input.
 * Field errors the server returns are shown on their fields.
 */
export function useZodForm<V extends Record<string, unknown>, S extends z.ZodType>(
  schema: S,
  initialValues: V,
  toInput: (values: V) => z.input<S>,
  server?: ServerErrors,
) {
  const form = useForm<V>({
    mode: "controlled",
    initialValues,
    validateInputOnChange: true,
    validate: (values) => {
      const r = schema.safeParse(toInput(values));
      return r.success ? {} : fieldErrors(r.error);
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
