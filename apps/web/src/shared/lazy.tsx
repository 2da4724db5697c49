import { Center, Loader } from "@mantine/core";
import { type ComponentType, isValidElement, lazy, type ReactNode } from "react";
import { useI18n } from "../i18n/i18n";

/**
 * A component (a page, a chart) loaded when first shown: its chunk and its libraries stay out
 * of the first download. `pick` names the module's export (the components are named exports);
 * `preload()` starts the download before the first render.
 */
export function lazyComponent<M, P extends object = object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>) {
  return Object.assign(
    lazy(async () => ({ default: pick(await load()) })),
    { preload: load },
  );
}

/** Starts loading the lazy components among `elements` (those made by lazyComponent). */
export function preloadElements(elements: ReactNode[]) {
  for (const element of elements) {
    if (isValidElement(element) && typeof element.type === "object" && element.type && "preload" in element.type) {
      void (element.type as { preload(): Promise<unknown> }).preload();
    }
  }
}

/** What stands in the page's place (the layout around it stays) while its chunk loads. */
export function PageLoading() {
  const { t } = useI18n();
  return (
    <Center h="50vh">
      <Loader role="status" aria-label={t("state.loading")} />
    </Center>
  );
}
