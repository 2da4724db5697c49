import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from "@pothos/core";
import type { GraphQLFieldResolver } from "graphql";

/**
 * Each mutation of an operation starts with empty loaders (`ctx.loaders`: an indicator's values and
 * protection, the programmes a project's gaps could be closed by, …). Mutations run one after the
 * other, each with the fields asked of it, so a second mutation's answer is read after the first's
 * changes and its own: without this it would be read from what the first mutation's answer loaded
 * (a list without the value just added, or one still holding a value just deleted).
 */
class FreshReadsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types["Context"], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types["Context"], object> {
    if (fieldConfig.parentType !== "Mutation") return resolver;
    return (parent, args, ctx, info) => {
      (ctx as { loaders?: Map<string, unknown> }).loaders?.clear();
      return resolver(parent, args, ctx, info);
    };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      freshReads: FreshReadsPlugin<Types>;
    }
  }
}

export const freshReadsPlugin = "freshReads" as const;
SchemaBuilder.registerPlugin(freshReadsPlugin, FreshReadsPlugin);
