/** A page of a connection as the API answers it: its nodes and whether there is a next one. */
export type Page<N> = { pageInfo: { hasNextPage: boolean; endCursor?: string | null }; edges: { node: N }[] };

/**
 * Every node of a connection, page after page (`after` the last one's cursor): what a download
 * holds of a list that the page itself shows only the start of.
 */
export async function everyPage<N>(page: (after: string | null) => Promise<Page<N>>): Promise<N[]> {
  const nodes: N[] = [];
  let after: string | null = null;
  do {
    const { pageInfo, edges } = await page(after);
    nodes.push(...edges.map((e) => e.node));
    after = pageInfo.hasNextPage ? (pageInfo.endCursor ?? null) : null;
  } while (after);
  return nodes;
}
