import { savedQuerySchema } from "@bk/domain";
import { Code, Modal, Stack, Switch, Text, Textarea, TextInput } from "@mantine/core";
import type { SavedQueryFieldsFragment } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";
import { formMessage } from "../../shared/forms/server-errors";
import { useServerMutation } from "../../shared/forms/useServerMutation";
import { orNull, useZodForm } from "../../shared/forms/useZodForm";
import { FormActions } from "../grants/forms/FormActions";
import type { EditorText } from "./editor-text";
import { CREATE_SAVED_QUERY, UPDATE_SAVED_QUERY } from "./saved-queries.queries";

type Props = {
  /** The saved query to change ("Spara"), or none for a new one ("Spara som"). */
  saved: SavedQueryFieldsFragment | null;
  /** The editor's query and variables, saved with the name. */
  text: EditorText;
  onClose(): void;
  onSaved(saved: SavedQueryFieldsFragment): void;
};

/**
 * Saves the editor's query and variables under a name, with a description and whether everyone
 * logged in sees it: a new saved query, or a change to the viewer's own (with the version read, so
 * that a change made elsewhere meanwhile is refused, not overwritten).
 */
export function SaveQueryDialog({ saved, text, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const create = useServerMutation(CREATE_SAVED_QUERY, t("savedQueries.saved"));
  const update = useServerMutation(UPDATE_SAVED_QUERY, t("savedQueries.saved"));
  const mutation = saved ? update : create;
  const initial = { name: saved?.name ?? "", description: saved?.description ?? "", shared: saved?.shared ?? false };
  const toInput = (v: typeof initial) => ({
    ...v,
    description: orNull(v.description),
    query: text.query,
    variables: orNull(text.variables),
  });
  const form = useZodForm(savedQuerySchema, initial, toInput, mutation.errors);
  // The query and variables have no input here: their refusals (the editor's text) show below the fields.
  const textError = formMessage(mutation.errors, form.values) ?? ((form.errors.query ?? form.errors.variables ?? null) as string | null);
  return (
    <Modal
      opened
      onClose={onClose}
      title={saved ? t("savedQueries.saveTitle") : t("savedQueries.saveAsTitle")}
      size="lg"
      closeButtonProps={{ "aria-label": t("savedQueries.close") }}
    >
      <form
        data-testid="save-query-form"
        onSubmit={form.onSubmit(async (v) => {
          const input = toInput(v);
          const res = saved
            ? (await update.run({ id: saved.id, input, expectedVersion: saved.version }))?.updateSavedQuery
            : (await create.run({ input }))?.createSavedQuery;
          if (res) onSaved(res);
        })}
      >
        <Stack>
          <TextInput label={t("savedQueries.name")} withAsterisk data-autofocus {...form.getInputProps("name")} />
          <Textarea label={t("savedQueries.description")} autosize minRows={2} maxRows={6} {...form.getInputProps("description")} />
          <Switch
            label={t("savedQueries.shareLabel")}
            description={t("savedQueries.shareHint")}
            {...form.getInputProps("shared", { type: "checkbox" })}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="save-query-text">
              {t("savedQueries.queryLabel")}
            </Text>
            <Code
              block
              aria-labelledby="save-query-text"
              // A long query scrolls here: reachable by keyboard too.
              tabIndex={0}
              mah={160}
              style={{ overflow: "auto", whiteSpace: "pre-wrap", wordBreak: "break-word" }}
            >
              {text.query || t("savedQueries.queryEmpty")}
            </Code>
          </Stack>
          <FormActions loading={mutation.loading} error={textError} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
