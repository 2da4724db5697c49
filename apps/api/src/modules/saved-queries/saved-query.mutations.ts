import { builder } from "../../builder";
import { expectedVersionArg } from "../audit/expected-version";
import { decodeId } from "../shared/list-query";
import { createSavedQuery, deleteSavedQuery, updateSavedQuery } from "./saved-query.service";

const SavedQueryInput = builder.inputType("SavedQueryInput", {
  description: "En sparad fråga.",
  fields: (t) => ({
    name: t.string({ required: true, description: "Namn (1–200 tecken)." }),
    description: t.string({ required: false, description: "Beskrivning (högst 2 000 tecken)." }),
    query: t.string({ required: true, description: "Frågan: a GraphQL document that parses (at most 20 000 characters)." }),
    variables: t.string({ required: false, description: 'Variabler: JSON text of an object, e.g. `{ "first": 10 }` (empty: none).' }),
    shared: t.boolean({ required: false, description: "Delad with everyone logged in (default: private)." }),
  }),
});

const LOGGED_IN = { authenticated: true } as const;

builder.mutationFields((t) => ({
  createSavedQuery: t.prismaField({
    authScopes: LOGGED_IN,
    type: "SavedQuery",
    description: "Spara en fråga ur utforskaren; the viewer becomes its owner.",
    args: { input: t.arg({ type: SavedQueryInput, required: true, description: "Frågan." }) },
    resolve: async (query, _root, args, ctx) => {
      const saved = await createSavedQuery(ctx, { input: args.input });
      return ctx.prisma.savedQuery.findUniqueOrThrow({ ...query, where: { id: saved.id } });
    },
  }),
  updateSavedQuery: t.prismaField({
    authScopes: LOGGED_IN,
    type: "SavedQuery",
    description: "Ändra en sparad fråga (its owner only).",
    args: {
      id: t.arg.id({ required: true, description: "Frågans id." }),
      input: t.arg({ type: SavedQueryInput, required: true, description: "Frågan." }),
      expectedVersion: expectedVersionArg(t, "the saved query"),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = decodeId(String(args.id), "SavedQuery", "id");
      await updateSavedQuery(ctx, { id, input: args.input, expectedVersion: args.expectedVersion });
      return ctx.prisma.savedQuery.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  deleteSavedQuery: t.field({
    authScopes: LOGGED_IN,
    type: "ID",
    description: "Ta bort en sparad fråga (its owner; an administrator a shared one). Answers the deleted query's id.",
    args: {
      id: t.arg.id({ required: true, description: "Frågans id." }),
      expectedVersion: expectedVersionArg(t, "the saved query"),
    },
    resolve: async (_root, args, ctx) => {
      await deleteSavedQuery(ctx, { id: decodeId(String(args.id), "SavedQuery", "id"), expectedVersion: args.expectedVersion });
      return String(args.id);
    },
  }),
}));
