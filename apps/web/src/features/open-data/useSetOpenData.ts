import { useMutation } from "@apollo/client/react";
import { notifications } from "@mantine/notifications";
import { useI18n } from "../../i18n/i18n";
import { refusalOf, wordRefusal } from "../../shared/forms/server-errors";
import { OPEN_DATA_SETTINGS, SET_OPEN_DATA_SETTINGS } from "./open-data.queries";

/** Makes the 360Giving export public or not: the settings in the cache follow, and a notification says what happened. */
export function useSetOpenData() {
  const { t, locale } = useI18n();
  const [mutate, { loading }] = useMutation(SET_OPEN_DATA_SETTINGS, {
    // The settings have no id: the one query that reads them is updated with the answer.
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: OPEN_DATA_SETTINGS, data: { openDataSettings: data.setOpenDataSettings } });
    },
  });
  const set = async (giving360Public: boolean, expectedVersion: number) => {
    try {
      await mutate({ variables: { input: { giving360Public }, expectedVersion } });
      notifications.show({ color: "green", message: giving360Public ? t("openData.nowPublic") : t("openData.nowPrivate") });
    } catch (e) {
      notifications.show({ color: "red", message: wordRefusal(refusalOf(e), locale) });
    }
  };
  return { set, saving: loading };
}
