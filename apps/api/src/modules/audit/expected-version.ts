import type { builder } from "../../builder";

type ArgBuilder = Parameters<Parameters<typeof builder.mutationFields>[0]>[0]["arg"];

/**
 * The optional `expectedVersion` argument of an edit: the version the user read. When given, the
 * change is refused with CONFLICT if someone else has changed the record since (the web app always
 * sends it); left out, the change is made on whatever is stored.
 */
export const expectedVersionArg = (t: { arg: ArgBuilder }, what: string) =>
  t.arg.int({
    required: false,
    description: `The version of ${what} you read (its \`version\`): refused with CONFLICT if it has changed since.`,
  });

/** The description of every `version` field. */
export const VERSION_DESCRIPTION = "Version: raised by one with every change; send it as `expectedVersion` when you change the record.";
