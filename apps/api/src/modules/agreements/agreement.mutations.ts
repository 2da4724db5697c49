import { builder } from "../../builder";
import { expectedVersionArg } from "../audit/expected-version";
import { decodeId } from "../shared/list-query";
import { createAgreement, updateAgreement } from "./agreement.service";

const AgreementInput = builder.inputType("AgreementInput", {
  description: "Avtal mellan en nämnd och en organisation.",
  fields: (t) => ({
    title: t.string({ required: true, description: "Rubrik." }),
    principalId: t.id({ required: true, description: "Uppdragsgivare (Organisation id)." }),
    counterpartyId: t.id({ required: true, description: "Motpart (Organisation id)." }),
    purpose: t.string({ required: false, description: "Syfte." }),
    startDate: t.field({ type: "Date", required: false, description: "Gäller från." }),
    endDate: t.field({ type: "Date", required: false, description: "Gäller till." }),
    followUpClause: t.string({ required: false, description: 'Uppföljningsklausul, e.g. "§ 12".' }),
    followUpIntervalYears: t.int({ required: false, description: "Uppföljning vart N:e år (1–10)." }),
  }),
});

/** The agreement as the domain takes it: the parties' Relay ids decoded, dates as ISO days. */
function agreementInput(i: typeof AgreementInput.$inferInput) {
  return {
    ...i,
    principalId: decodeId(String(i.principalId), "Organisation", "input.principalId"),
    counterpartyId: decodeId(String(i.counterpartyId), "Organisation", "input.counterpartyId"),
  };
}

builder.mutationFields((t) => ({
  createAgreement: t.prismaField({
    authScopes: { permission: "write:agreements" },
    type: "Agreement",
    description: "Nytt avtal med uppföljningsklausul.",
    args: { input: t.arg({ type: AgreementInput, required: true, description: "Avtalet." }) },
    resolve: async (query, _root, args, ctx) => {
      const a = await createAgreement(ctx, { input: agreementInput(args.input) });
      return ctx.prisma.agreement.findUniqueOrThrow({ ...query, where: { id: a.id } });
    },
  }),
  updateAgreement: t.prismaField({
    authScopes: { permission: "write:agreements" },
    type: "Agreement",
    description: "Ändra ett avtal.",
    args: {
      id: t.arg.id({ required: true, description: "Avtalets id." }),
      input: t.arg({ type: AgreementInput, required: true, description: "Avtalet." }),
      expectedVersion: expectedVersionArg(t, "the agreement"),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = decodeId(String(args.id), "Agreement", "id");
      await updateAgreement(ctx, { id, input: agreementInput(args.input), expectedVersion: args.expectedVersion });
      return ctx.prisma.agreement.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
