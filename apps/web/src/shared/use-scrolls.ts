import { type RefObject, useEffect, useState } from "react";

/**
 * Whether the element's content is larger than the element (it scrolls, sideways or down):
 * measured after every render and again whenever the element or what it holds changes size
 * (a phone turned, a column filled in).
 *
 * Measured by the ResizeObserver alone, whose first report on each element comes with the
 * browser's own layout of the frame: measuring in the render's commit (a layout effect) forced that
 * layout early, inside the commit's task (50–80 ms of the grant list's first render at 4x CPU). The
 * answer changes only the box's role and tab stop, not how it looks, so it may come a frame later.
 */
export function useScrolls(ref: RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const observer = new ResizeObserver(() => setScrolls(box.scrollWidth > box.clientWidth || box.scrollHeight > box.clientHeight));
    observer.observe(box);
    // The box keeps its size when a table inside it grows; the table's own size change is what tells.
    for (const inner of box.querySelectorAll(":scope > *, :scope > * > *")) observer.observe(inner);
    return () => observer.disconnect();
  });
  return scrolls;
}
