import { completeValue, RootFieldBuilder } from "@pothos/core";
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { GraphQLFieldResolver } from "graphql";

type GlobalIdResult = { type: string; id: string | number } | string | null | undefined;
type GlobalIdOptions = { resolve: GraphQLFieldResolver<unknown, unknown, object, GlobalIdResult | Promise<GlobalIdResult>> };
type FieldBuilder = {
  builder: { configStore: { getTypeConfig(type: unknown): { name: string } } };
  field(options: object): unknown;
};

/**
 * Global ids answered at once. Pothos' relay plugin resolves every `globalID` field (the `id` of
 * each node) with an async function, so every object with an id became a promise that graphql-js
 * waited on before its object was done: an indicator's 568 values made 568 promises, their
 * bookkeeping and garbage (about a tenth of such a request's time). The same field here resolves
 * synchronously when its id is at hand, and through its promise when not. The id is encoded as the
 * plugin encodes it without an `encodeGlobalID` of its own (builder.ts gives none): base64 of "Type:id".
 */
const proto = RootFieldBuilder.prototype as unknown as { globalID(this: FieldBuilder, options: GlobalIdOptions): unknown };
proto.globalID = function globalID(this: FieldBuilder, { resolve, ...options }: GlobalIdOptions) {
  return this.field({
    ...options,
    type: "ID",
    resolve: (parent: unknown, args: object, context: unknown, info: Parameters<GlobalIdOptions["resolve"]>[3]) =>
      completeValue(resolve(parent, args, context, info), (result) =>
        !result || typeof result !== "object"
          ? result
          : encodeGlobalID(this.builder.configStore.getTypeConfig(result.type).name, String(result.id)),
      ),
  });
};
