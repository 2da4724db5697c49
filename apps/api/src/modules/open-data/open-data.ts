import { GIVING360_EXPORT_PATHS } from "@bk/domain";
import { builder } from "../../builder";
import { expectedVersionArg, VERSION_DESCRIPTION } from "../audit/expected-version";
import { giving360Coverage } from "./giving360-source";
import { type OpenDataSettings, openDataSettings, setOpenDataSettings } from "./open-data.service";

const OpenDataSettingsRef = builder.objectRef<OpenDataSettings>("OpenDataSettings").implement({
  description:
    "Öppna data: how the grants are published as open data in the 360Giving Data Standard 1.4 (a JSON package and 360Giving's flat CSV).",
  fields: (t) => ({
    giving360Public: t.exposeBoolean("giving360Public", {
      description: "Offentlig: the 360Giving export is open to anyone without logging in; false: to logged-in users only.",
    }),
    giving360JsonPath: t.string({
      description: "Where the 360Giving data package (JSON) is downloaded, relative to the app's address.",
      resolve: () => GIVING360_EXPORT_PATHS.json,
    }),
    giving360CsvPath: t.string({
      description: "Where the same grants are downloaded as 360Giving's flat CSV (UTF-8, comma-separated).",
      resolve: () => GIVING360_EXPORT_PATHS.csv,
    }),
    giving360Coverage: t.field({
      type: Giving360CoverageRef,
      description: "How many grants the export holds, and how many decided in favour it leaves out (one count in SQL).",
      resolve: (_s, _args, ctx) => giving360Coverage(ctx.prisma),
    }),
    version: t.exposeInt("version", { description: VERSION_DESCRIPTION }),
    updatedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "Senast ändrad; empty before the first change.",
      resolve: (s) => s.updatedAt,
    }),
  }),
});

const Giving360CoverageRef = builder.objectRef<{ included: number; leftOut: number }>("Giving360Coverage").implement({
  description: "What the 360Giving export holds of the grants decided in favour.",
  fields: (t) => ({
    included: t.exposeInt("included", {
      description: "Grants in the export (decided in favour, with a decision date and an amount granted).",
    }),
    leftOut: t.exposeInt("leftOut", {
      description:
        "Grants decided in favour left out because their decision date or amount granted is not recorded (360Giving requires both).",
    }),
  }),
});

const OpenDataSettingsInput = builder.inputType("OpenDataSettingsInput", {
  description: "Öppna data: the administrator's choices.",
  fields: (t) => ({
    giving360Public: t.boolean({ required: true, description: "Offentlig: the 360Giving export needs no login." }),
  }),
});

builder.queryField("openDataSettings", (t) =>
  t.field({
    type: OpenDataSettingsRef,
    description: "Öppna data: whether the 360Giving export is public, and where it is downloaded (every logged-in user).",
    resolve: (_root, _args, ctx) => openDataSettings(ctx.prisma),
  }),
);

builder.mutationField("setOpenDataSettings", (t) =>
  t.field({
    type: OpenDataSettingsRef,
    authScopes: { permission: "manage:settings" },
    description:
      "Ändra öppna data (administrators): make the 360Giving export public or for logged-in users only. Recorded in the audit trail.",
    args: {
      input: t.arg({ type: OpenDataSettingsInput, required: true, description: "The choices." }),
      expectedVersion: expectedVersionArg(t, "the settings"),
    },
    resolve: async (_root, args, ctx) => {
      await setOpenDataSettings(ctx, { input: args.input, expectedVersion: args.expectedVersion });
      return openDataSettings(ctx.prisma);
    },
  }),
);
