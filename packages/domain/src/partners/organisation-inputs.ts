import { z } from "zod";
import { OrganisationKind } from "../generated/prisma/enums";
import { because } from "../rules/zod-violations";
import { optionalEmail, optionalHttpUrl, optionalLine, optionalLong, optionalPhone, requiredLine } from "../text/text-schemas";
import { normaliseOrganisationNumber } from "./organisation-number";

/** An organisation as the partner form and the API take it. */
export const organisationSchema = z.object({
  name: requiredLine(200, "organisation.nameRequired", 2),
  shortName: optionalLine(30),
  kind: z.enum(OrganisationKind, because("organisation.kindRequired")),
  parentId: z.string().nullish(),
  municipality: optionalLine(100),
  organisationNumber: z
    .string()
    .nullish()
    .transform((v, ctx) => {
      if (!v?.trim()) return null;
      const normalised = normaliseOrganisationNumber(v);
      if (!normalised) {
        ctx.addIssue({ code: "custom", ...because("organisation.numberInvalid") });
        return z.NEVER;
      }
      return normalised;
    }),
  description: optionalLong(2000),
  website: optionalHttpUrl,
  email: optionalEmail,
  phone: optionalPhone,
  address: optionalLong(300),
});
export type OrganisationInput = z.input<typeof organisationSchema>;
