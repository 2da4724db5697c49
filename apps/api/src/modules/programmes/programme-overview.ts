import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../../builder";
import { WHOLE_TABLE_COST } from "../../limits/limits";
import { type ProgrammeYear, programmeOverview } from "./programme-overview-sql";

const ProgrammeYearRef = builder.objectRef<ProgrammeYear>("ProgrammeYear").implement({
  description: "Ett programs år: allocation against amounts applied for, granted and disbursed.",
  fields: (t) => ({
    programmeId: t.id({ description: "Programmets globala id.", resolve: (r) => encodeGlobalID("Programme", r.programmeId) }),
    programmeName: t.exposeString("programmeName", { description: "Programmets namn." }),
    year: t.exposeInt("year", { description: "År." }),
    nationalAllocation: t.field({
      type: "Money",
      nullable: true,
      description: "Nationell ram (IATI budget).",
      resolve: (r) => r.nationalAllocation,
    }),
    countyAllocation: t.field({
      type: "Money",
      nullable: true,
      description: "Länets andel att fördela.",
      resolve: (r) => r.countyAllocation,
    }),
    allocationApproximate: t.exposeBoolean("allocationApproximate", {
      description: 'The source gives the allocation approximately ("drygt 21 mkr").',
    }),
    applied: t.field({ type: "Money", description: "Sökt (submitted and decided applications).", resolve: (r) => r.applied }),
    granted: t.field({ type: "Money", description: "Beviljat.", resolve: (r) => r.granted }),
    disbursed: t.field({
      type: "Money",
      nullable: true,
      description: "Utbetalt (paid in the year); payments are grant details, so empty for a viewer who does not read everything.",
      resolve: (r, _args, ctx) => (ctx.viewer?.permissions.has("read:all") ? r.disbursed : null),
    }),
    grantCount: t.exposeInt("grantCount", { description: "Antal ansökningar som räknas." }),
  }),
});

builder.queryField("programmeOverview", (t) =>
  t.field({
    type: [ProgrammeYearRef],
    description:
      "Per programme and year: the allocation against the amounts applied for, granted and disbursed. One SQL statement (GROUP BY in the database).",
    complexity: { field: WHOLE_TABLE_COST, multiplier: 10 },
    resolve: (_root, _args, ctx) => programmeOverview(ctx.prisma),
  }),
);
