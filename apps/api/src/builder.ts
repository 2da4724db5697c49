import type { IsoDate } from "@bk/domain";
import type PrismaTypes from "@bk/domain/pothos-types";
import { getDatamodel } from "@bk/domain/pothos-types";
import SchemaBuilder from "@pothos/core";
import ComplexityPlugin from "@pothos/plugin-complexity";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import { forbidden } from "./auth/auth-errors";
import { type AuthScopes, authScopes, unauthorizedError } from "./auth/scopes";
import type { Context } from "./context";
import { fieldCost } from "./limits/cost";
import "./sync-global-ids";
import { freshReadsPlugin } from "./fresh-reads";
import { deadlineCheckPlugin } from "./limits/deadline-check";

/**
 * To a viewer who does not read everything, an id that names nothing answers like one they may
 * not see (FORBIDDEN), so that nobody learns which of another project's objects exist.
 */
async function hidingMissing<T>(ctx: Context, resolve: () => T | Promise<T>): Promise<T> {
  try {
    return await resolve();
  } catch (error) {
    const e = error as { code?: string; extensions?: { code?: string } };
    const code = e?.code ?? e?.extensions?.code;
    if ((code === "P2025" || code === "NOT_FOUND") && !ctx.viewer?.permissions.has("read:all")) throw forbidden();
    throw error;
  }
}

export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: AuthScopes;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  Scalars: {
    Money: { Input: string; Output: string | { toString(): string } };
    Date: { Input: IsoDate; Output: Date | IsoDate };
    DateTime: { Input: Date; Output: Date };
    ID: { Input: string; Output: string | number };
  };
}>({
  // Scope auth first, so that no other plugin's wrapper runs before the permission check.
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin, ComplexityPlugin, deadlineCheckPlugin, freshReadsPlugin],
  scopeAuth: { authScopes, unauthorizedError },
  // The cost of each field, for the cost limit checked before execution (limits/cost-limit.ts).
  complexity: { fieldComplexity: fieldCost },
  defaultFieldNullability: false,
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "warn",
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodeQueryOptions: {
      description: "Hämta ett objekt med dess globala id (Relay Node).",
      resolve: (_root, args, ctx, _info, resolveNode) => hidingMissing(ctx, () => resolveNode(args.id)),
    },
    nodesQueryOptions: {
      description: "Hämta flera objekt med deras globala id (Relay Node).",
      resolve: (_root, args, ctx, _info, resolveNodes) => hidingMissing(ctx, () => resolveNodes(args.ids)),
    },
    nodeTypeOptions: { description: "Ett objekt med ett globalt id (Relay Node interface)." },
    pageInfoTypeOptions: { description: "Sidinformation för en connection (Relay PageInfo)." },
  },
});
