import { CombinedGraphQLErrors, type OperationVariables, type TypedDocumentNode } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

export type ServerErrors = { message: string | null; fields: Record<string, string> };

/** Server errors as a message plus field errors (`input.amountGranted` → `amountGranted`). */
export function serverErrors(error: unknown): ServerErrors {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const ext = (first?.extensions ?? {}) as { field?: string; fieldErrors?: Record<string, string> };
    const strip = (k: string) => k.replace(/^input\./, "");
    const fields: Record<string, string> = {};
    for (const [k, v] of Object.entries(ext.fieldErrors ?? {})) fields[strip(k)] = v;
    if (ext.field && !Object.keys(fields).length) fields[strip(ext.field)] = first.message.replace(/^[\w.]+: /, "");
    return { message: first?.message ?? null, fields };
  }
  return { message: error instanceof Error ? error.message : String(error), fields: {} };
}

/**
 * One mutation with its notification: success shows `successText`; a refusal keeps the form
 * open with the server's message and field errors. Returns the data, or null when refused.
 */
export function useServerMutation<TData, TVars extends OperationVariables>(document: TypedDocumentNode<TData, TVars>, successText: string) {
  const [mutate, state] = useMutation(document);
  const [errors, setErrors] = useState<ServerErrors>({ message: null, fields: {} });
  async function run(variables: TVars): Promise<TData | null> {
    setErrors({ message: null, fields: {} });
    try {
      const res = await mutate({ variables } as never);
      notifications.show({ color: "green", message: successText });
      return (res.data as TData) ?? null;
    } catch (e) {
      const errs = serverErrors(e);
      setErrors(errs);
      notifications.show({ color: "red", message: errs.message ?? "Fel" });
      return null;
    }
  }
  return { run, loading: state.loading, errors, clearErrors: () => setErrors({ message: null, fields: {} }) };
}
