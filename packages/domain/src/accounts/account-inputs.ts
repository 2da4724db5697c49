import { z } from "zod";
import { optionalIsoDate } from "../dates/date-schemas";
import { Role } from "../generated/prisma/enums";
import { because } from "../rules/zod-violations";
import { requiredLine } from "../text/text-schemas";

/**
 * An e-mail address as a login name: trimmed, lower-case, without a trailing dot, and in plain
 * ASCII – so that "hаndlaggare@" with a Cyrillic а, or a full-width letter, cannot pose as
 * another user (an international domain is written in its xn-- form).
 */
export const emailSchema = requiredLine(254, "email.required")
  .transform((v) => v.normalize("NFKC").toLowerCase().replace(/\.$/, ""))
  .refine((v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), because("text.email"))
  .refine((v) => /^[\x21-\x7e]+$/.test(v), because("email.plainCharacters"));

/** Words that make a password guessable however many digits follow them. */
const COMMON = new Set(
  "password passord lösenord losenord qwerty qwertyuiop asdfgh azerty sommar vinter varen hosten hösten welcome välkommen valkommen admin administrator letmein bidragskollen kvinnojour stockholm sverige test abc iloveyou monkey dragon football".split(
    " ",
  ),
);
const guessable = (v: string) => {
  const core = v.toLowerCase().replace(/[^a-zåäö]/g, "");
  return COMMON.has(core) || core.length === 0 || /^(.)\1+$/.test(core);
};

export const PASSWORD_MIN = 12;

/** A new password: long rather than clever (NIST 800-63B): 12–200 characters, any characters. */
export const newPasswordSchema = z
  .string(because("password.newRequired"))
  .min(PASSWORD_MIN, because("password.tooShort"))
  .max(200, because("password.tooLong"))
  .refine((v) => new Set(v).size > 3, because("password.tooFewCharacters"))
  .refine((v) => !guessable(v), because("password.guessable"));

export const logInSchema = z.object({
  email: emailSchema,
  // Any password may be tried (an old one may be shorter than today's rule); only its size is bounded.
  password: z.string().min(1, because("password.required")).max(200, because("auth.wrongCredentials")),
});

/** A user as an administrator creates or changes them. */
export const userSchema = z
  .object({
    email: emailSchema,
    name: requiredLine(100, "user.nameRequired"),
    roles: z
      .array(z.enum(Role, because("user.unknownRole")))
      .min(1, because("user.roleRequired"))
      .max(5),
    projectIds: z.array(z.string()).max(200).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.roles.includes("PROJECT_LEAD") && v.projectIds.length === 0)
      ctx.addIssue({ code: "custom", path: ["projectIds"], ...because("user.leadNeedsProject") });
    if (new Set(v.roles).size !== v.roles.length) ctx.addIssue({ code: "custom", path: ["roles"], ...because("user.roleTwice") });
  });
export type UserInput = z.input<typeof userSchema>;

/** A personal access token or calendar link: a name to recognise it by and an optional last day. */
export const accessTokenSchema = z.object({
  name: requiredLine(100, "token.nameRequired"),
  expiresAt: optionalIsoDate,
});
export type AccessTokenInput = z.input<typeof accessTokenSchema>;

/** A password change: the current one, and the new one twice-checked by the form. */
export const passwordChangeSchema = z
  .object({ currentPassword: z.string().min(1, because("password.currentRequired")).max(200), newPassword: newPasswordSchema })
  .refine((v) => v.currentPassword !== v.newPassword, { path: ["newPassword"], ...because("password.mustChange") });
