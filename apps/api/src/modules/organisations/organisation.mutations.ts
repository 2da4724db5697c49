import { organisationSchema } from "@bk/domain";
import { builder } from "../../builder";
import type { Context } from "../../context";
import { AppError } from "../../errors";
import { OrganisationKindEnum } from "../shared/enums";
import { decodeId } from "../shared/list-query";
import { parseInput } from "../shared/parse-input";

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

async function parseOrganisation(ctx: Context, input: Record<string, unknown>, selfId: string | null) {
  const parentId = input.parentId ? decodeId(String(input.parentId), "Organisation", "input.parentId") : null;
  const data = parseInput(organisationSchema, { ...input, parentId });
  // A parent must exist and must not be the organisation itself or one of its own descendants.
  for (let id = parentId, depth = 0; id; depth++) {
    if (id === selfId || depth > 20)
      throw new AppError("BAD_USER_INPUT", "input.parentId: en organisation kan inte ligga under sig själv", { field: "input.parentId" });
    const p = await ctx.prisma.organisation.findUnique({ where: { id }, select: { parentId: true } });
    if (!p) throw new AppError("BAD_USER_INPUT", "input.parentId: organisationen finns inte", { field: "input.parentId" });
    id = p.parentId;
  }
  // Two organisations of the same name in the same municipality are one organisation entered twice.
  const namesake = await ctx.prisma.organisation.findFirst({
    where: {
      name: { equals: data.name, mode: "insensitive" },
      municipality: data.municipality,
      ...(selfId ? { id: { not: selfId } } : {}),
    },
    select: { id: true },
  });
  if (namesake)
    throw new AppError("CONFLICT", "input.name: det finns redan en organisation med det namnet i samma kommun", { field: "input.name" });
  if (data.organisationNumber) {
    const same = await ctx.prisma.organisation.findUnique({
      where: { organisationNumber: data.organisationNumber },
      select: { id: true, name: true },
    });
    if (same && same.id !== selfId) {
      throw new AppError("CONFLICT", `input.organisationNumber: numret finns redan (${same.name})`, { field: "input.organisationNumber" });
    }
  }
  return data;
}

builder.mutationFields((t) => ({
  createOrganisation: t.prismaField({
    authScopes: { permission: "write:organisations" },
    type: "Organisation",
    description: "Ny organisation.",
    args: { input: t.arg({ type: OrganisationInput, required: true, description: "Organisationen." }) },
    resolve: async (query, _root, args, ctx) => {
      const data = await parseOrganisation(ctx, args.input, null);
      const o = await ctx.prisma.organisation.create({ data });
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
    },
    resolve: async (query, _root, args, ctx) => {
      const id = decodeId(String(args.id), "Organisation", "id");
      if (!(await ctx.prisma.organisation.findUnique({ where: { id }, select: { id: true } })))
        throw new AppError("NOT_FOUND", "Organisationen finns inte", { field: "id" });
      const data = await parseOrganisation(ctx, args.input, id);
      await ctx.prisma.organisation.update({ where: { id }, data });
      return ctx.prisma.organisation.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
