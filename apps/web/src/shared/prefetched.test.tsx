// @vitest-environment jsdom
import { ApolloClient, ApolloLink, InMemoryCache, type TypedDocumentNode } from "@apollo/client";
import { ApolloProvider, useQuery } from "@apollo/client/react";
import { act, cleanup, render, screen } from "@testing-library/react";
import { parse } from "graphql";
import { Observable } from "rxjs";
import { afterEach, describe, expect, it } from "vitest";
import { prefetchQuery, usePrefetchedPolicy } from "./prefetched";

type Data = { greeting: string };
type Vars = { name: string };
// Not in the app's schema: parsed here, not written with gql`…` (which the generated types check against it).
const GREETING: TypedDocumentNode<Data, Vars> = parse("query Greeting($name: String!) { greeting(name: $name) }");

/** A client whose "server" answers every Greeting (after `delayMs`, if given), and counts the requests it got. */
function setup(answer: (name: string) => object = (name) => ({ data: { greeting: `hej ${name}` } }), delayMs?: number) {
  const asked: string[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        asked.push(operation.variables.name as string);
        const reply = () => {
          observer.next(answer(operation.variables.name as string));
          observer.complete();
        };
        if (delayMs === undefined) reply();
        else setTimeout(reply, delayMs);
      }),
  );
  const client = new ApolloClient({
    link,
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: "cache-and-network" } },
  });
  return { client, asked };
}

function Page({ name }: { name: string }) {
  const variables = { name };
  const { data } = useQuery(GREETING, { variables, ...usePrefetchedPolicy(GREETING, variables) });
  return <p>{data?.greeting ?? "…"}</p>;
}

async function show(client: ApolloClient, name: string) {
  const view = render(
    <ApolloProvider client={client}>
      <Page name={name} />
    </ApolloProvider>,
  );
  await screen.findByText(`hej ${name}`);
  return view;
}

afterEach(cleanup);

describe("a page's prefetched first query", () => {
  it("is shown from the cache, not asked again", async () => {
    const { client, asked } = setup();
    await prefetchQuery(client, GREETING, { name: "Anna" });
    await show(client, "Anna");
    expect(asked).toEqual(["Anna"]);
  });

  it("a page shown while the prefetched answer is still on its way waits for that answer, not a second one", async () => {
    const { client, asked } = setup(undefined, 50);
    const prefetched = prefetchQuery(client, GREETING, { name: "Anna" });
    await show(client, "Anna");
    await prefetched;
    expect(asked).toEqual(["Anna"]);
  });

  it("does not keep the page from asking for new variables, nor from asking again when shown anew", async () => {
    const { client, asked } = setup();
    await prefetchQuery(client, GREETING, { name: "Anna" });
    const view = await show(client, "Anna");
    // New variables (a filter changed): asked.
    view.rerender(
      <ApolloProvider client={client}>
        <Page name="Bo" />
      </ApolloProvider>,
    );
    await screen.findByText("hej Bo");
    expect(asked).toEqual(["Anna", "Bo"]);
    view.unmount();
    // The page shown again later: the prefetched answer has been used once, so cache and network as usual.
    await show(client, "Anna");
    await act(async () => {});
    expect(asked).toEqual(["Anna", "Bo", "Anna"]);
  });

  it("other variables than the prefetched ones are asked as usual", async () => {
    const { client, asked } = setup();
    await prefetchQuery(client, GREETING, { name: "Anna" });
    await show(client, "Cecilia");
    expect(asked).toEqual(["Anna", "Cecilia"]);
  });

  it("an answer with errors is not taken as prefetched", async () => {
    let fail = true;
    const { client, asked } = setup((name) => (fail ? { errors: [{ message: "nej" }] } : { data: { greeting: `hej ${name}` } }));
    await prefetchQuery(client, GREETING, { name: "Anna" }).catch(() => {});
    fail = false;
    await show(client, "Anna");
    expect(asked).toEqual(["Anna", "Anna"]);
  });
});
