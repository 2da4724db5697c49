import { Center, Loader } from "@mantine/core";
import { type ComponentType, isValidElement, lazy, type ReactNode } from "react";
import { useI18n } from "../i18n/i18n";

/**
 * A component (a page, a chart) loaded when first shown: its chunk and its libraries stay out
 * of the first download. `pick` names the module's export (the components are named exports);
 * `preload()` starts the download before the first render.
 *
 * Once the module has arrived the component is rendered directly, not through React.lazy: a lazy
 * component suspends on its first render even when its chunk is already here, and the page then
 * renders a second time in a Suspense retry, which React throws away and starts over whenever
 * anything else updates meanwhile (seen as two to four renders of the first page before it showed).
 */
export function lazyComponent<M, P extends object = object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>) {
  let loaded: ComponentType<P> | null = null;
  const preload = () =>
    load().then((module) => {
      loaded = pick(module);
      return module;
    });
  // Resolves only after `loaded` is set: the retry after a suspension already takes the direct path.
  const Lazy = lazy(async () => {
    await preload();
    return { default: loaded as ComponentType<P> };
  });
  // biome-ignore lint/correctness/noComponentHookFactories: made once per lazily loaded module, at module level (as React.lazy is).
  function LazyComponent(props: P) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return Object.assign(LazyComponent, { preload });
}

/** Starts loading the lazy components among `elements` (those made by lazyComponent); settles when all have arrived. */
export function preloadElements(elements: ReactNode[]): Promise<unknown> {
  const loads: Promise<unknown>[] = [];
  for (const element of elements) {
    if (isValidElement(element) && typeof element.type === "function" && "preload" in element.type) {
      loads.push((element.type as unknown as { preload(): Promise<unknown> }).preload());
    }
  }
  return Promise.all(loads);
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
