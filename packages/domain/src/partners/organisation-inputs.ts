import { z } from "zod";
import { OrganisationKind } from "../generated/prisma/enums";
import { normaliseOrganisationNumber } from "./organisation-number";

const optional = (max: number) =>
  z
    .string()
    .max(max, `Högst ${max} tecken`)
    .nullish()
    .transform((v) => v?.trim() || null);

/** An organisation as the partner form and the API take it. */
export const organisationSchema = z.object({
  name: z.string().trim().min(2, "Namnet måste anges").max(200, "Högst 200 tecken"),
  shortName: optional(30),
  kind: z.enum(OrganisationKind, { message: "Välj organisationstyp" }),
  parentId: z.string().nullish(),
  municipality: optional(100),
  organisationNumber: z
    .string()
    .nullish()
    .transform((v, ctx) => {
      if (!v?.trim()) return null;
      const normalised = normaliseOrganisationNumber(v);
      if (!normalised) {
        ctx.addIssue({ code: "custom", message: "Ogiltigt organisationsnummer (tio siffror, NNNNNN-NNNN, med rätt kontrollsiffra)" });
        return z.NEVER;
      }
      return normalised;
    }),
  description: optional(2000),
  website: optional(200),
  email: z
    .string()
    .nullish()
    .transform((v) => v?.trim() || null)
    .refine((v) => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), "Ogiltig e-postadress"),
  phone: optional(40),
  address: optional(300),
});
export type OrganisationInput = z.input<typeof organisationSchema>;
