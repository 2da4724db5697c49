import { APPLIED_FOR, IN_FAVOUR, sumMoney } from "@bk/domain";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../../builder";
import { WHOLE_TABLE_COST } from "../../limits/limits";
import { yearShares } from "../grants/grant-summary";

type ProgrammeYear = {
  programmeId: string;
  programmeName: string;
  year: number;
  nationalAllocation: string | null;
  countyAllocation: string | null;
  allocationApproximate: boolean;
  applied: string;
  granted: string;
  disbursed: string;
  grantCount: number;
};

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
      "Per programme and year: the allocation against the amounts applied for, granted and disbursed. A fixed number of SQL statements.",
    complexity: { field: WHOLE_TABLE_COST, multiplier: 10 },
    resolve: async (_root, _args, ctx) => {
      const programmes = await ctx.prisma.programme.findMany({
        orderBy: [{ startYear: "asc" }, { name: "asc" }],
        include: {
          allocations: true,
          grants: { where: { status: { in: [...APPLIED_FOR] } }, include: { yearAmounts: true, disbursements: true } },
        },
      });
      const rows: ProgrammeYear[] = [];
      for (const p of programmes) {
        const years = new Map<
          number,
          { applied: (string | null)[]; granted: (string | null)[]; disbursed: string[]; grants: Set<string> }
        >();
        const at = (y: number) => {
          const row = years.get(y) ?? { applied: [], granted: [], disbursed: [], grants: new Set<string>() };
          years.set(y, row);
          return row;
        };
        for (const y of p.allocations.map((a) => a.year)) at(y);
        for (let y = p.startYear ?? 0; p.startYear && p.endYear && y <= p.endYear; y++) at(y);
        for (const g of p.grants) {
          for (const share of yearShares(g)) {
            const row = at(share.year);
            row.applied.push(share.applied);
            if (IN_FAVOUR.includes(g.status)) row.granted.push(share.granted);
            row.grants.add(g.id);
          }
          for (const d of g.disbursements)
            if (d.status === "PAID" && d.paidDate) at(d.paidDate.getUTCFullYear()).disbursed.push(d.amount.toString());
        }
        for (const [year, r] of [...years.entries()].sort((a, b) => a[0] - b[0])) {
          const alloc = (level: string) => p.allocations.filter((a) => a.year === year && a.level === level);
          const national = alloc("NATIONAL");
          const county = alloc("COUNTY");
          rows.push({
            programmeId: p.id,
            programmeName: p.name,
            year,
            nationalAllocation: national.length ? sumMoney(national.map((a) => a.amount.toString())) : null,
            countyAllocation: county.length ? sumMoney(county.map((a) => a.amount.toString())) : null,
            allocationApproximate: [...national, ...county].some((a) => a.approximate),
            applied: sumMoney(r.applied),
            granted: sumMoney(r.granted),
            disbursed: sumMoney(r.disbursed),
            grantCount: r.grants.size,
          });
        }
      }
      return rows;
    },
  }),
);
