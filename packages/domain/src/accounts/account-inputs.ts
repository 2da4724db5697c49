import { z } from "zod";
import { optionalIsoDate } from "../dates/date-schemas";
import { Role } from "../generated/prisma/enums";
import { requiredLine } from "../text/text-schemas";

/** An e-mail address as a login name: trimmed and lower-case. */
export const emailSchema = requiredLine(254, "Ange e-postadress")
  .transform((v) => v.toLowerCase())
  .refine((v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), "Ogiltig e-postadress");

export const PASSWORD_MIN = 12;

/** A new password: long rather than clever (NIST 800-63B): 12–200 characters, any characters. */
export const newPasswordSchema = z
  .string({ message: "Ange ett lösenord" })
  .min(PASSWORD_MIN, `Lösenordet ska vara minst ${PASSWORD_MIN} tecken`)
  .max(200, "Lösenordet får vara högst 200 tecken")
  .refine((v) => new Set(v).size > 3, "Välj ett lösenord med fler olika tecken");

export const logInSchema = z.object({
  email: emailSchema,
  // Any password may be tried (an old one may be shorter than today's rule); only its size is bounded.
  password: z.string().min(1, "Ange lösenord").max(200, "Fel e-post eller lösenord"),
});

/** A user as an administrator creates or changes them. */
export const userSchema = z
  .object({
    email: emailSchema,
    name: requiredLine(100, "Ange namn"),
    roles: z
      .array(z.enum(Role, { message: "Okänd roll" }))
      .min(1, "Välj minst en roll")
      .max(5),
    projectIds: z.array(z.string()).max(200).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.roles.includes("PROJECT_LEAD") && v.projectIds.length === 0)
      ctx.addIssue({ code: "custom", path: ["projectIds"], message: "En projektledare behöver minst ett projekt" });
    if (new Set(v.roles).size !== v.roles.length) ctx.addIssue({ code: "custom", path: ["roles"], message: "Varje roll bara en gång" });
  });
export type UserInput = z.input<typeof userSchema>;

/** A personal access token or calendar link: a name to recognise it by and an optional last day. */
export const accessTokenSchema = z.object({
  name: requiredLine(100, "Ge token ett namn"),
  expiresAt: optionalIsoDate,
});
export type AccessTokenInput = z.input<typeof accessTokenSchema>;

/** A password change: the current one, and the new one twice-checked by the form. */
export const passwordChangeSchema = z
  .object({ currentPassword: z.string().min(1, "Ange nuvarande lösenord").max(200), newPassword: newPasswordSchema })
  .refine((v) => v.currentPassword !== v.newPassword, { path: ["newPassword"], message: "Välj ett nytt lösenord" });
