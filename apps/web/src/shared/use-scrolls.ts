import { type RefObject, useLayoutEffect, useState } from "react";

/**
 * Whether the element's content is larger than the element (it scrolls, sideways or down):
 * measured after every render and again whenever the element or what it holds changes size
 * (a phone turned, a column filled in).
 */
export function useScrolls(ref: RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth || box.scrollHeight > box.clientHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    // The box keeps its size when a table inside it grows; the table's own size change is what tells.
    for (const inner of box.querySelectorAll(":scope > *, :scope > * > *")) observer.observe(inner);
    return () => observer.disconnect();
  });
  return scrolls;
}
