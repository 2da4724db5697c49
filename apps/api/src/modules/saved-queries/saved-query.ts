import { builder } from "../../builder";
import type { Context } from "../../context";
import { VERSION_DESCRIPTION } from "../audit/expected-version";
import { timestamps } from "../shared/common-fields";
import { defineListQuery } from "../shared/list-query";

/** A saved query is seen by its owner, and by everyone logged in once it is shared. */
const readers = (q: { ownerId: string; shared: boolean }) => (q.shared ? { authenticated: true } : { self: q.ownerId });

/** The saved queries a viewer may list: their own and the shared ones, never another's private one. */
const visibleQueries = (ctx: Context) => ({ OR: [{ ownerId: ctx.viewer?.id ?? "" }, { shared: true }] });

builder.prismaNode("SavedQuery", {
  description: "Sparad fråga: a query of the explorer with its variables; private to its owner, or shared with everyone logged in.",
  authScopes: readers,
  // Another's private query answers FORBIDDEN as a whole (whatever fields are asked, __typename too).
  runScopesOnType: true,
  id: { field: "id", description: "Globalt id; the query opens at /explorer/q/<id>." },
  fields: (t) => ({
    version: t.exposeInt("version", { description: VERSION_DESCRIPTION }),
    name: t.exposeString("name", { description: "Namn." }),
    description: t.exposeString("description", { nullable: true, description: "Beskrivning: what the query answers." }),
    query: t.exposeString("query", { description: "Frågan: the GraphQL document." }),
    variables: t.string({
      nullable: true,
      description: "Variabler as JSON text of an object (empty: none).",
      select: { variables: true },
      resolve: (q) => (q.variables == null ? null : JSON.stringify(q.variables, null, 2)),
    }),
    shared: t.exposeBoolean("shared", { description: "Delad: everyone logged in sees and runs it; otherwise only its owner." }),
    ownerName: t.string({
      description: "Ägare: the name of the user who saved it (the only one who may change it).",
      select: { owner: { select: { name: true } } },
      resolve: (q) => q.owner.name,
    }),
    mine: t.boolean({
      description: "Min: the viewer saved it (and so may change and delete it).",
      select: { ownerId: true },
      resolve: (q, _args, ctx) => q.ownerId === ctx.viewer?.id,
    }),
    ...timestamps(t),
  }),
});

defineListQuery(
  "savedQueries",
  {
    model: "SavedQuery",
    visibleTo: visibleQueries,
    foldedText: ["searchText"],
    ids: { owner: { column: "ownerId", nodeType: "User", description: "Ägare (User id): your own with your viewer id." } },
    booleans: { shared: { column: "shared", description: "Delad." } },
    order: {
      NAME: { column: "name", description: "Namn." },
      UPDATED_AT: { column: "updatedAt", description: "Senast ändrad." },
    },
    defaultOrder: [{ updatedAt: "desc" }],
  },
  "Sparade frågor of the explorer: the viewer's own and the shared ones. `where.text` searches name, description and query, ignoring case and diacritics.",
);
