import SchemaBuilder, { BasePlugin, type SchemaTypes } from "@pothos/core";
import type { GraphQLFieldResolver } from "graphql";
import { timeoutError } from "./limit-error";

/** A query's time limit, set on its context by deadlinePlugin (deadline.ts) when its execution starts. */
export type Deadline = { at: number; ms: number; passed: boolean };

/** Throws TIMEOUT once the request's deadline has passed (and marks it, for the answer). */
export function checkDeadline(ctx: { deadline?: Deadline }) {
  const deadline = ctx.deadline;
  if (deadline && (deadline.passed || Date.now() > deadline.at)) {
    deadline.passed = true;
    throw timeoutError(deadline.ms);
  }
}

/**
 * The deadline checked before every field of the schema resolves: a plain call in the resolver
 * Pothos builds anyway. (Apollo's per-field hook, which did this before, wraps every resolver of
 * the schema in its instrumentation, a promise watcher per field: a list of a few hundred values
 * spent more time there than in its own resolvers.)
 */
class DeadlineCheckPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types["Context"], object>,
  ): GraphQLFieldResolver<unknown, Types["Context"], object> {
    return (parent, args, ctx, info) => {
      checkDeadline(ctx as { deadline?: Deadline });
      return resolver(parent, args, ctx, info);
    };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      deadlineCheck: DeadlineCheckPlugin<Types>;
    }
  }
}

export const deadlineCheckPlugin = "deadlineCheck" as const;
SchemaBuilder.registerPlugin(deadlineCheckPlugin, DeadlineCheckPlugin);
