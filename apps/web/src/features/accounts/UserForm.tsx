import { useQuery } from "@apollo/client/react";
import { label, ROLES, type Role, roleLabels, userSchema } from "@bk/domain";
import { Checkbox, MultiSelect, PasswordInput, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import type { UserFieldsFragment } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";
import { formMessage } from "../../shared/forms/server-errors";
import { useServerMutation } from "../../shared/forms/useServerMutation";
import { useZodForm } from "../../shared/forms/useZodForm";
import { FormActions } from "../grants/forms/FormActions";
import { INVITE_USER, PROJECT_OPTIONS, UPDATE_USER } from "./accounts.queries";

type Link = { url: string; expiresAt: string };

/** Invite a user (with a first password or a one-time link) or change one's e-mail, name, roles and projects. */
export function UserForm({ user, onDone }: { user?: UserFieldsFragment; onDone(link: Link | null): void }) {
  const { t, locale } = useI18n();
  const projects = useQuery(PROJECT_OPTIONS);
  const invite = useServerMutation(INVITE_USER, t("users.saved"));
  const update = useServerMutation(UPDATE_USER, t("users.saved"));
  const mutation = user ? update : invite;
  const initial = {
    email: user?.email ?? "",
    name: user?.name ?? "",
    roles: (user?.roles ?? []) as Role[],
    projectIds: user?.projects.map((p) => p.id) ?? [],
    password: "",
  };
  const toInput = ({ password: _password, ...v }: typeof initial) => v;
  const form = useZodForm(userSchema, initial, toInput, mutation.errors);
  return (
    <form
      onSubmit={form.onSubmit(async (v) => {
        const input = toInput(v);
        if (user) {
          if (await update.run({ id: user.id, expectedVersion: user.version, input })) onDone(null);
        } else {
          const res = await invite.run({ input, password: v.password || null });
          if (res) onDone(res.inviteUser.passwordLink ?? null);
        }
      })}
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t("users.email")} type="email" withAsterisk {...form.getInputProps("email")} />
          <TextInput label={t("users.name")} withAsterisk {...form.getInputProps("name")} />
        </SimpleGrid>
        <Checkbox.Group label={t("users.roles")} withAsterisk {...form.getInputProps("roles")}>
          <Stack gap={6} mt={4}>
            {ROLES.map((r) => (
              <Checkbox
                key={r}
                value={r}
                label={label(roleLabels, r, locale)}
                description={locale === "en" ? roleLabels[r].descriptionEn : roleLabels[r].descriptionSv}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <MultiSelect
          label={t("users.projects")}
          searchable
          data={(projects.data?.projects.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }))}
          {...form.getInputProps("projectIds")}
        />
        {!user && (
          <>
            <PasswordInput label={t("users.firstPassword")} autoComplete="new-password" {...form.getInputProps("password")} />
            <Text size="xs" c="dimmed">
              {t("users.linkText")}
            </Text>
          </>
        )}
        <FormActions loading={mutation.loading} error={formMessage(mutation.errors, form.values)} onCancel={() => onDone(null)} />
      </Stack>
    </form>
  );
}
