import { builder } from "../../builder";
import { expectedVersionArg } from "../audit/expected-version";
import { OrganisationKindEnum } from "../shared/enums";
import { decodeId } from "../shared/list-query";
import { createOrganisation, updateOrganisation } from "./organisation.service";

const OrganisationInput = builder.inputType("OrganisationInput", {
  description: "En organisation (part).",
  fields: (t) => ({
    name: t.string({ required: true, description: "Namn." }),
    shortName: t.string({ required: false, description: "Kortnamn." }),
    kind: t.field({ type: OrganisationKindEnum, required: true, description: "Organisationstyp." }),
    parentId: t.id({ required: false, description: "Överordnad organisation." }),
    municipality: t.string({ required: false, description: "Kommun." }),
    organisationNumber: t.string({ required: false, description: "Organisationsnummer, checked with its check digit." }),
    description: t.string({ required: false, description: "Beskrivning." }),
    website: t.string({ required: false, description: "Webbplats." }),
    email: t.string({ required: false, description: "E-post." }),
    phone: t.string({ required: false, description: "Telefon." }),
    address: t.string({ required: false, description: "Postadress." }),
  }),
});

/** The organisation as the domain takes it: the parent's Relay id decoded. */
const organisationInput = (input: typeof OrganisationInput.$inferInput) => ({
  ...input,
  parentId: input.parentId ? decodeId(String(input.parentId), "Organisation", "input.parentId") : null,
});

builder.mutationFields((t) => ({
  createOrganisation: t.prismaField({
    authScopes: { permission: "write:organisations" },
    type: "Organisation",
    description: "Ny organisation.",
    args: { input: t.arg({ type: OrganisationInput, required: true, description: "Organisationen." }) },
    resolve: async (query, _root, args, ctx) => {
      const o = await createOrganisation(ctx, { input: organisationInput(args.input) });
      return ctx.prisma.organisation.findUniqueOrThrow({ ...query, where: { id: o.id } });
    },
  }),
  updateOrganisation: t.prismaField({
    authScopes: { permission: "write:organisations" },
    type: "Organisation",
    description: "Ändra en organisation.",
    args: {
      id: t.arg.id({ required: true, description: "Organisationens id." }),
      input: t.arg({ type: OrganisationInput, required: true, description: "Organisationen." }),
      expectedVersion: expectedVersionArg(t, "the organisation"),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = decodeId(String(args.id), "Organisation", "id");
      await updateOrganisation(ctx, { id, input: organisationInput(args.input), expectedVersion: args.expectedVersion });
      return ctx.prisma.organisation.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
