import { useSyncExternalStore } from "react";

/** Where the app is: the address's parts and what a navigation left with it (history.state). */
export interface Location {
  pathname: string;
  search: string;
  hash: string;
  state: unknown;
  /** Differs for every entry of the history, also between two visits of one address. */
  key: string;
}

export interface NavigateOptions {
  /** Replace the current entry of the history instead of adding one (filters, redirects). */
  replace?: boolean;
  state?: unknown;
}

interface HistoryState {
  bk: { key: string; state: unknown };
}

const listeners = new Set<() => void>();
let current: Location | null = null;

function read(): Location {
  const entry = (window.history.state as HistoryState | null)?.bk;
  const { pathname, search, hash } = window.location;
  return { pathname, search, hash, state: entry?.state ?? null, key: entry?.key ?? "default" };
}

function changed() {
  current = read();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) window.addEventListener("popstate", changed);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("popstate", changed);
  };
}

/** The address now, the same object until it changes (useSyncExternalStore compares them). */
export function currentLocation(): Location {
  if (!current || current.pathname !== window.location.pathname || current.search !== window.location.search) current = read();
  return current;
}

/** `to` resolved against the current address: a path with its query and fragment, or null for another origin. */
export function resolvePath(to: string): string | null {
  const url = new URL(to, window.location.href);
  if (url.origin !== window.location.origin) return null;
  return url.pathname + url.search + url.hash;
}

/**
 * `to` as a path of this site when it is one, else null: it starts with "/" and, as the browser
 * reads it, stays on this origin (a backslash or a tab after the "/" makes "//evil.example", another
 * site). For addresses that come from outside, such as the login page's `next`.
 */
export function sameSitePath(to: string | null | undefined): string | null {
  return to?.startsWith("/") ? resolvePath(to) : null;
}

/**
 * Goes to `to` (a path of this site, or a number of steps back or forward in the history). Another
 * origin is refused (an error, as history.replaceState gives): the app never leaves itself by
 * navigating, only by a link's href. Adding an entry for the address one is already at replaces it
 * instead (a second click on the same link does not make "back" a no-op).
 */
export function navigateTo(to: string | number, options: NavigateOptions = {}) {
  if (typeof to === "number") {
    window.history.go(to);
    return;
  }
  const path = resolvePath(to);
  if (path === null) throw new Error(`navigateTo: ${to} is not an address of this site`);
  const here = window.location.pathname + window.location.search + window.location.hash;
  const entry: HistoryState = { bk: { key: Math.random().toString(36).slice(2, 10), state: options.state ?? null } };
  if (options.replace || path === here) window.history.replaceState(entry, "", path);
  else window.history.pushState(entry, "", path);
  changed();
}

/** The current address; the component renders again when it changes. */
export function useLocation(): Location {
  return useSyncExternalStore(subscribe, currentLocation);
}

/** A function that goes to a path (or a number of steps in the history): navigateTo itself, the same on every render. */
export function useNavigate(): typeof navigateTo {
  return navigateTo;
}
