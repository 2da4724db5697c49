import { builder } from "../../builder";
import { expectedVersionArg } from "../audit/expected-version";
import { PartnerRoleKindEnum } from "../shared/enums";
import { decodeId } from "../shared/list-query";
import { addPartnerRole, deletePartnerRole } from "./partner-role.service";

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
      const r = await addPartnerRole(ctx, {
        input: {
          ...args.input,
          projectId: decodeId(String(args.input.projectId), "Project", "input.projectId"),
          organisationId: decodeId(String(args.input.organisationId), "Organisation", "input.organisationId"),
        },
      });
      return ctx.prisma.partnerRole.findUniqueOrThrow({ ...query, where: { id: r.id } });
    },
  }),
  deletePartnerRole: t.boolean({
    authScopes: { permission: "write:partnerRoles" },
    description: "Ta bort en roll.",
    args: {
      id: t.arg.id({ required: true, description: "Rollens id." }),
      expectedVersion: expectedVersionArg(t, "the role"),
    },
    resolve: async (_root, args, ctx) => {
      await deletePartnerRole(ctx, { id: decodeId(String(args.id), "PartnerRole", "id"), expectedVersion: args.expectedVersion });
      return true;
    },
  }),
}));
