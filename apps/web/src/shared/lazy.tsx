import { Center, Loader } from "@mantine/core";
import { type ComponentType, lazy } from "react";
import { useI18n } from "../i18n/i18n";

/**
 * A component (a page, a chart) loaded when first shown: its chunk and its libraries stay out
 * of the first download. `pick` names the module's export (the components are named exports).
 */
export function lazyComponent<M, P extends object = object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>) {
  return lazy(async () => ({ default: pick(await load()) }));
}

/** What stands in the page's place (the layout around it stays) while its chunk loads. */
export function PageLoading() {
  const { t } = useI18n();
  return (
    <Center h="50vh">
      <Loader aria-label={t("state.loading")} />
    </Center>
  );
}
