import { type ReactNode, Suspense, useEffect, useState } from "react";

/** Settles once the page has loaded (its scripts and styles) and the browser is next idle (at most a second later). */
const afterLoad = new Promise<void>((resolve) => {
  const whenIdle = () =>
    window.requestIdleCallback ? window.requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve, 200);
  if (document.readyState === "complete") whenIdle();
  else window.addEventListener("load", whenIdle, { once: true });
});

/** False until the page has loaded. */
function useAfterLoad(): boolean {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let mounted = true;
    void afterLoad.then(() => mounted && setLoaded(true));
    return () => {
      mounted = false;
    };
  }, []);
  return loaded;
}

/**
 * Shows `children` (lazy components) once the page has loaded, `placeholder` until then and while
 * their chunks download: for what the first view can do without (the header's search, the user
 * menu, the toasts), so that their chunks do not compete with the page's own.
 */
export function AfterLoad({ children, placeholder = null }: { children: ReactNode; placeholder?: ReactNode }) {
  const loaded = useAfterLoad();
  return <Suspense fallback={placeholder}>{loaded ? children : placeholder}</Suspense>;
}
