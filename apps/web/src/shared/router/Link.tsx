import { type AnchorHTMLAttributes, type MouseEvent, type Ref, useLayoutEffect } from "react";
import { type NavigateOptions, navigateTo, resolvePath } from "./location";

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement>, NavigateOptions {
  to: string;
  ref?: Ref<HTMLAnchorElement>;
}

/** A click the browser should handle itself: another button, a modifier (new tab, window, download), another target. */
const browsersOwn = (event: MouseEvent<HTMLAnchorElement>, target: string | undefined) =>
  event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey || (!!target && target !== "_self");

/**
 * A link inside the app: a real `<a href>` (opens in a new tab, can be copied), whose plain click
 * changes the page without loading the app again.
 */
export function Link({ to, replace, state, onClick, target, ref, ...rest }: LinkProps) {
  const path = resolvePath(to);
  return (
    <a
      {...rest}
      ref={ref}
      href={path ?? to}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || path === null || browsersOwn(event, target)) return;
        event.preventDefault();
        navigateTo(path, { replace, state });
      }}
    />
  );
}

/** Goes to `to` once rendered (a redirect). */
export function Navigate({ to, replace, state }: { to: string } & NavigateOptions) {
  // Before the browser paints, where the router is already listening: no empty page between this render and the next.
  useLayoutEffect(() => navigateTo(to, { replace, state }), [to, replace, state]);
  return null;
}
