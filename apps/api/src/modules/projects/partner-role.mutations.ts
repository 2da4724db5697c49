import { PartnerRoleKind } from "@bk/domain";
import { builder } from "../../builder";
import { AppError, badInput } from "../../errors";
import { PartnerRoleKindEnum } from "../shared/enums";
import { decodeId } from "../shared/list-query";

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
    type: "PartnerRole",
    description: "Ge en organisation en roll i ett projekt.",
    args: { input: t.arg({ type: PartnerRoleInput, required: true, description: "Rollen." }) },
    resolve: async (query, _root, args, ctx) => {
      const i = args.input;
      const projectId = decodeId(String(i.projectId), "Project", "input.projectId");
      const organisationId = decodeId(String(i.organisationId), "Organisation", "input.organisationId");
      if (!Object.values(PartnerRoleKind).includes(i.role)) throw badInput("input.role", "input.role: okänd roll");
      for (const [field, y] of [
        ["fromYear", i.fromYear],
        ["toYear", i.toYear],
      ] as const) {
        if (y != null && (y < 1990 || y > 2100)) throw badInput(`input.${field}`, `input.${field}: ange ett år mellan 1990 och 2100`);
      }
      if (i.fromYear != null && i.toYear != null && i.toYear < i.fromYear)
        throw badInput("input.toYear", "input.toYear: kan inte vara före från-året");
      if (!(await ctx.prisma.project.findUnique({ where: { id: projectId }, select: { id: true } })))
        throw badInput("input.projectId", "input.projectId: projektet finns inte");
      if (!(await ctx.prisma.organisation.findUnique({ where: { id: organisationId }, select: { id: true } }))) {
        throw badInput("input.organisationId", "input.organisationId: organisationen finns inte");
      }
      const r = await ctx.prisma.partnerRole.create({
        data: {
          projectId,
          organisationId,
          role: i.role,
          fromYear: i.fromYear ?? null,
          toYear: i.toYear ?? null,
          note: i.note?.trim() || null,
        },
      });
      return ctx.prisma.partnerRole.findUniqueOrThrow({ ...query, where: { id: r.id } });
    },
  }),
  deletePartnerRole: t.boolean({
    description: "Ta bort en roll.",
    args: { id: t.arg.id({ required: true, description: "Rollens id." }) },
    resolve: async (_root, args, ctx) => {
      const res = await ctx.prisma.partnerRole.deleteMany({ where: { id: decodeId(String(args.id), "PartnerRole", "id") } });
      if (!res.count) throw new AppError("NOT_FOUND", "Rollen finns inte", { field: "id" });
      return true;
    },
  }),
}));
