/**
 * jsdom has no window.matchMedia, which Mantine's provider asks (colour scheme, breakpoints): for
 * component tests, a media query that never matches (a wide screen, light colours).
 */
export function stubMatchMedia() {
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  })) as unknown as typeof window.matchMedia;
}
