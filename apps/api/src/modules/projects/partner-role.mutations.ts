import { overlappingPartnerRole, partnerRoleSchema } from "@bk/domain";
import { builder } from "../../builder";
import { AppError, badInput } from "../../errors";
import { PartnerRoleKindEnum } from "../shared/enums";
import { decodeId } from "../shared/list-query";
import { parseInput } from "../shared/parse-input";

const PartnerRoleInput = builder.inputType("PartnerRoleInput", {
  description: "En organisations roll i ett projekt under några år.",
  fields: (t) => ({
    projectId: t.id({ required: true, description: "Projektet." }),
    organisationId: t.id({ required: true, description: "Organisationen." }),
    role: t.field({ type: PartnerRoleKindEnum, required: true, description: "Roll." }),
    fromYear: t.int({ required: false, description: "Från år." }),
    toYear: t.int({ required: false, description: "Till år." }),
    note: t.string({ required: false, description: "Anmärkning." }),
  }),
});

builder.mutationFields((t) => ({
  addPartnerRole: t.prismaField({
    authScopes: { permission: "write:partnerRoles" },
    type: "PartnerRole",
    description: "Ge en organisation en roll i ett projekt.",
    args: { input: t.arg({ type: PartnerRoleInput, required: true, description: "Rollen." }) },
    resolve: async (query, _root, args, ctx) => {
      const v = parseInput(partnerRoleSchema, {
        ...args.input,
        projectId: decodeId(String(args.input.projectId), "Project", "input.projectId"),
        organisationId: decodeId(String(args.input.organisationId), "Organisation", "input.organisationId"),
      });
      if (!(await ctx.prisma.project.findUnique({ where: { id: v.projectId }, select: { id: true } })))
        throw badInput("input.projectId", "input.projectId: projektet finns inte");
      if (!(await ctx.prisma.organisation.findUnique({ where: { id: v.organisationId }, select: { id: true } }))) {
        throw badInput("input.organisationId", "input.organisationId: organisationen finns inte");
      }
      const existing = await ctx.prisma.partnerRole.findMany({
        where: { projectId: v.projectId, organisationId: v.organisationId, role: v.role },
        select: { projectId: true, organisationId: true, role: true, fromYear: true, toYear: true },
      });
      const clash = existing.find((e) => overlappingPartnerRole(e, v));
      if (clash) {
        const years = (r: { fromYear: number | null; toYear: number | null }) => `${r.fromYear ?? "…"}–${r.toYear ?? "…"}`;
        throw new AppError("CONFLICT", `Organisationen har redan den rollen i projektet ${years(clash)}; ändra den i stället`, {
          field: "input.fromYear",
        });
      }
      const r = await ctx.prisma.partnerRole.create({ data: v });
      return ctx.prisma.partnerRole.findUniqueOrThrow({ ...query, where: { id: r.id } });
    },
  }),
  deletePartnerRole: t.boolean({
    authScopes: { permission: "write:partnerRoles" },
    description: "Ta bort en roll.",
    args: { id: t.arg.id({ required: true, description: "Rollens id." }) },
    resolve: async (_root, args, ctx) => {
      const res = await ctx.prisma.partnerRole.deleteMany({ where: { id: decodeId(String(args.id), "PartnerRole", "id") } });
      if (!res.count) throw new AppError("NOT_FOUND", "Rollen finns inte", { field: "id" });
      return true;
    },
  }),
}));
