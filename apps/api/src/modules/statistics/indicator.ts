import { builder } from "../../builder";
import { VERSION_DESCRIPTION } from "../audit/expected-version";
import { timestamps } from "../shared/common-fields";

/** Indikator: a measured quantity, with its values (observations, statistics.ts) per period and breakdown. */
export const IndicatorRef = builder.prismaNode("Indicator", {
  id: { field: "id", description: "Globalt id." },
  fields: (t) => ({
    version: t.exposeInt("version", { description: VERSION_DESCRIPTION }),
    name: t.exposeString("name", { description: "Namn." }),
    unit: t.exposeString("unit"),
    definition: t.exposeString("definition", { nullable: true, description: "Definition." }),
    countsPeople: t.exposeBoolean("countsPeople"),
    ...timestamps(t),
  }),
});
