import { offsetForArgs, offsetToCursor } from "@pothos/plugin-relay";
import { badInput } from "../../errors";

type PageArgs = { first?: number | null; after?: string | null; last?: number | null; before?: string | null };
export type OffsetPage = ReturnType<typeof offsetForArgs>;

/**
 * The page a connection paged by position asks for (`first`/`after` or `last`/`before`, cursors
 * that are offsets); a cursor this API did not give out is refused naming its argument.
 */
export function offsetPageOf(args: PageArgs, sizes: { defaultSize: number; maxSize: number }): OffsetPage {
  try {
    return offsetForArgs({ args, ...sizes });
  } catch {
    throw badInput(args.after != null ? "after" : "before", "cursor.invalid");
  }
}

/** A connection's edges and pageInfo for the rows read for `page` (one more than it shows, or fewer) of `total`. */
export function offsetEdges<N>(rows: readonly N[], page: OffsetPage, total: number) {
  const shown = rows.slice(0, page.expectedSize);
  const edges = shown.map((node, i) => ({ cursor: offsetToCursor(page.offset + i), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.offset + shown.length < total,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
