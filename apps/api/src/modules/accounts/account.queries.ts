import { builder } from "../../builder";
import { defineListQuery } from "../shared/list-query";

builder.queryField("viewer", (t) =>
  t.prismaField({
    type: "User",
    nullable: true,
    // The one query an anonymous caller may make: it answers null until someone logs in.
    skipTypeScopes: true,
    description: "Den inloggade användaren, with roles and projects; empty when nobody is logged in.",
    resolve: (query, _root, _args, ctx) => (ctx.viewer ? ctx.prisma.user.findUnique({ ...query, where: { id: ctx.viewer.id } }) : null),
  }),
);

defineListQuery(
  "users",
  {
    model: "User",
    authScopes: { permission: "manage:users" },
    visibleTo: (ctx) => (ctx.viewer?.permissions.has("manage:users") ? {} : { id: { in: [] } }),
    text: ["email", "name"],
    booleans: { active: { column: "active", description: "Aktiv." } },
    order: {
      NAME: { column: "name", description: "Namn." },
      EMAIL: { column: "email", description: "E-post." },
      LAST_LOGIN: { column: "lastLoginAt", description: "Senast inloggad.", nullable: true },
    },
    defaultOrder: [{ name: "asc" }],
  },
  "Användare (administrators only).",
);
