import type { OperationVariables, TypedDocumentNode } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n";
import { NO_ERRORS, onlyMessage, type ServerErrors, serverErrors } from "./server-errors";

export type { ServerErrors } from "./server-errors";

/**
 * One mutation with its notification: success shows `successText`; a refusal keeps the form
 * open with the server's refusal worded in the user's language, at its field or as `message`
 * for the form to show. Without a form (`{ toast: true }`, e.g. a delete button) the message is a
 * notification instead. Returns the data, or null when refused.
 */
export function useServerMutation<TData, TVars extends OperationVariables>(
  document: TypedDocumentNode<TData, TVars>,
  successText: string,
  { toast = false }: { toast?: boolean } = {},
) {
  const { locale } = useI18n();
  const [mutate, state] = useMutation(document);
  const [errors, setErrors] = useState<ServerErrors>(NO_ERRORS);
  async function run(variables: TVars): Promise<TData | null> {
    setErrors(NO_ERRORS);
    try {
      const res = await mutate({ variables } as never);
      notifications.show({ color: "green", message: successText });
      return (res.data as TData) ?? null;
    } catch (e) {
      const errs = serverErrors(e, locale);
      setErrors(errs);
      if (toast) notifications.show({ color: "red", message: onlyMessage(errs) });
      return null;
    }
  }
  return { run, loading: state.loading, errors, clearErrors: () => setErrors(NO_ERRORS) };
}
