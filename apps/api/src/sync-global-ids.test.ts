import SchemaBuilder from "@pothos/core";
import RelayPlugin, { decodeGlobalID } from "@pothos/plugin-relay";
import { execute, parse } from "graphql";
import { expect, it } from "vitest";
import "./sync-global-ids";

// A builder of its own with the relay plugin only (the app's types make every builder's options ask for the app's plugins).
const builder = new SchemaBuilder<{ Context: object }>({ plugins: [RelayPlugin], relay: {} } as unknown as ConstructorParameters<
  typeof SchemaBuilder<{ Context: object }>
>[0]);
type Thing = { key: number };
const ThingRef = builder.objectRef<Thing>("Thing").implement({
  fields: (t) => ({
    id: t.globalID({ resolve: (thing) => ({ type: "Thing", id: thing.key }) }),
    later: t.globalID({ nullable: true, resolve: async (thing) => ({ type: "Thing", id: thing.key + 1 }) }),
    text: t.globalID({ resolve: () => "already-an-id" }),
  }),
});
builder.queryType({ fields: (t) => ({ things: t.field({ type: [ThingRef], resolve: () => [{ key: 1 }, { key: 2 }] }) }) });
const schema = builder.toSchema();

it("answers a global id at once, without a promise (graphql-js then completes the request synchronously)", () => {
  const result = execute({ schema, document: parse("{ things { id text } }"), contextValue: {} });
  expect(result).not.toBeInstanceOf(Promise);
  const { things } = (result as { data: { things: { id: string; text: string }[] } }).data;
  expect(things.map((t) => decodeGlobalID(t.id))).toEqual([
    { typename: "Thing", id: "1" },
    { typename: "Thing", id: "2" },
  ]);
  expect(things[0].text).toBe("already-an-id");
});

it("still waits for an id that comes from a promise", async () => {
  const result = await execute({ schema, document: parse("{ things { later } }"), contextValue: {} });
  expect((result.data as { things: { later: string }[] }).things.map((t) => decodeGlobalID(t.later).id)).toEqual(["2", "3"]);
});
