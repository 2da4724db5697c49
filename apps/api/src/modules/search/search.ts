import { foldForSearch } from "@bk/domain";
import { ownProjectsWhere } from "../../auth/visibility";
import { builder } from "../../builder";
import { badInput } from "../../errors";
import { COMPUTED_COST } from "../../limits/limits";
import { likeLiteral } from "../shared/like-literal";
import { whereSql } from "../shared/where-sql";
import { grantHitsSql } from "./grant-hits-sql";

type Search = { folded: string; take: number };

const SearchResultRef = builder.objectRef<Search>("SearchResult").implement({
  description: "Sökträffar bland bidrag, projekt och organisationer.",
  fields: (t) => ({
    grants: t.prismaField({
      type: ["Grant"],
      description: "Bidrag vars rubrik, beskrivning, diarienummer eller parter matchar.",
      resolve: async (query, s, _args, ctx) => {
        // The search reads descriptions and reference numbers: for a project lead, their own grants only.
        const visible = ownProjectsWhere(ctx);
        const hits = await ctx.prisma.$queryRaw<{ id: string }[]>(grantHitsSql(s.folded, s.take, whereSql("Grant", visible, "g")));
        return ctx.prisma.grant.findMany({
          ...query,
          where: { id: { in: hits.map((h) => h.id) }, ...visible },
          orderBy: [{ title: "asc" }, { id: "asc" }],
        });
      },
    }),
    projects: t.prismaField({
      type: ["Project"],
      description: "Projekt vars namn, beskrivning eller målgrupp matchar.",
      resolve: (query, s, _args, ctx) =>
        ctx.prisma.project.findMany({
          ...query,
          take: s.take,
          orderBy: [{ name: "asc" }],
          where: { searchText: { contains: s.folded }, ...ownProjectsWhere(ctx, "id") },
        }),
    }),
    organisations: t.prismaField({
      type: ["Organisation"],
      description: "Organisationer vars namn, kortnamn, beskrivning eller kommun matchar.",
      resolve: (query, s, _args, ctx) =>
        ctx.prisma.organisation.findMany({
          ...query,
          take: s.take,
          orderBy: [{ name: "asc" }],
          where: { searchText: { contains: s.folded } },
        }),
    }),
  }),
});

builder.queryField("search", (t) =>
  t.field({
    type: SearchResultRef,
    description:
      'Sök i bidrag, projekt och organisationer; ignores case and diacritics ("hasselby" finds Hässelby-Vällingby, "vald" finds våld).',
    args: {
      text: t.arg.string({ required: true, description: "Söktext (2–200 tecken)." }),
      first: t.arg.int({ required: false, defaultValue: 10, description: "Max träffar per typ (1–50)." }),
    },
    // Each of the three lists counts as ten hits (the list default); more hits per type cost more.
    complexity: (args) => ({ field: 5 * COMPUTED_COST, multiplier: Math.ceil(Math.min(50, Math.max(1, args.first ?? 10)) / 10) }),
    resolve: (_root, args) => {
      const folded = foldForSearch(args.text);
      if (folded.length < 2 || folded.length > 200) throw badInput("text", "search.length", { min: 2, max: 200 });
      const take = args.first ?? 10;
      if (take < 1 || take > 50) throw badInput("first", "value.between", { min: 1, max: 50, value: String(take) });
      return { folded: likeLiteral(folded), take };
    },
  }),
);
