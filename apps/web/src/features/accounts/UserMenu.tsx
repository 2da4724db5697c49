import { useApolloClient, useMutation } from "@apollo/client/react";
import { Avatar, Menu, UnstyledButton } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { useNavigate } from "../../shared/router";
import { LOG_OUT } from "./accounts.queries";
import { useViewer } from "./viewer";

/** The logged-in user in the header: their account, the users page for administrators, log out. */
export function UserMenu() {
  const { t } = useI18n();
  const { viewer, can } = useViewer();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logOut] = useMutation(LOG_OUT);
  if (!viewer) return null;
  const initials = viewer.name
    .split(/\s+/)
    .slice(0, 2)
    .map((w) => w[0])
    .join("");
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={`${viewer.name} – ${t("nav.account")}`} data-testid="user-menu">
          <Avatar color="grape" radius="xl" size={32}>
            {initials}
          </Avatar>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {viewer.name}
          <br />
          {viewer.email}
        </Menu.Label>
        <Menu.Item onClick={() => navigate("/account")}>{t("nav.account")}</Menu.Item>
        {can("manage:users") && <Menu.Item onClick={() => navigate("/admin/users")}>{t("nav.users")}</Menu.Item>}
        {can("manage:settings") && <Menu.Item onClick={() => navigate("/admin/open-data")}>{t("nav.openData")}</Menu.Item>}
        <Menu.Divider />
        <Menu.Item
          color="red"
          onClick={async () => {
            await logOut();
            // Nothing of this user's may stay in the browser after logging out.
            await client.clearStore();
            window.location.assign("/login");
          }}
        >
          {t("logout")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
