import { useDeferredValue } from "react";

/**
 * Whether what has arrived may be shown: false at once when `ready` turns false, and true only in
 * the deferred render after it turned true. An answer's arrival (Apollo's store update, rendered
 * synchronously in one piece) then keeps the loader, and the content it brings renders in a
 * transition that React time-slices, instead of one long task.
 */
export function useReadyInTransition(ready: boolean): boolean {
  return useDeferredValue(ready) && ready;
}
