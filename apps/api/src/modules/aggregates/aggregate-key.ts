import type { Wording } from "@bk/domain";
import { encodeGlobalID } from "@pothos/plugin-relay";
import DataLoader from "dataloader";
import { builder } from "../../builder";
import type { Context } from "../../context";
import type { EntityTable } from "./aggregate-sql";

/** One key of a group: the dimension, its value, and the row it names (an organisation, programme or project). */
export type AggregateKey = { dimension: string; value: string | null; entity: EntityTable | null; name: string | null; label: Wording };
/** A group's (or the totals') measures by name: a count, or an amount as a decimal string; null where the viewer may not see it. */
export type AggregateValues = Record<string, string | number | null>;
/** The measures of the totals or of one group (with its keys). */
export type Measured = { values: AggregateValues };
export type AggregateGroup = Measured & { keys: AggregateKey[] };

// biome-ignore lint/suspicious/noExplicitAny: a Prisma query (include/select) built by Pothos for the entity's selection.
export type EntityQuery = Record<string, any>;
const loaders = new WeakMap<Context, Map<string, DataLoader<string, unknown>>>();

/**
 * The rows one request's keys name, by table and selection: the keys of a page are loaded with one
 * `findMany` per table (with what the query selects of them), however many groups the page has.
 */
export function entityLoader(ctx: Context, entity: EntityTable | "Indicator", query: EntityQuery) {
  const perRequest = loaders.get(ctx) ?? new Map<string, DataLoader<string, unknown>>();
  loaders.set(ctx, perRequest);
  const name = `${entity}:${JSON.stringify(query)}`;
  const known = perRequest.get(name);
  if (known) return known;
  // biome-ignore lint/suspicious/noExplicitAny: one of the delegates, chosen by the key's table.
  const delegate = (ctx.prisma as any)[entity[0].toLowerCase() + entity.slice(1)];
  const loader = new DataLoader<string, unknown>(async (ids) => {
    const select = query.select ? { select: { ...query.select, id: true } } : {};
    const rows: { id: string }[] = await delegate.findMany({ ...query, ...select, where: { id: { in: [...ids] } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  perRequest.set(name, loader);
  return loader;
}

/** The entity a key names, loaded with what the query selects of it. */
function entityField(entity: EntityTable, description: string) {
  return (t: Parameters<NonNullable<Parameters<ReturnType<typeof builder.objectRef<AggregateKey>>["implement"]>[0]["fields"]>>[0]) =>
    t.prismaField({
      type: entity,
      nullable: true,
      description,
      resolve: (query, key, _args, ctx) => {
        const loader = entityLoader(ctx, entity, query);
        return (key.entity === entity && key.value ? loader.load(key.value) : null) as never;
      },
    });
}

export const LanguageEnum = builder.enumType("Language", {
  description: "Språk for readable labels: Swedish (SV) or English (EN).",
  values: { SV: { description: "Svenska." }, EN: { description: "English." } },
});

export const AggregateKeyRef = builder.objectRef<AggregateKey>("AggregateKey").implement({
  description:
    "Nyckel: a group's value for one dimension. For an organisation, programme or project, `id` is its global id (usable as is in the lists' `where`) and the typed field holds it.",
  fields: (t) => ({
    dimension: t.exposeString("dimension", { description: "The dimension (a value of groupBy)." }),
    value: t.exposeString("value", {
      nullable: true,
      description:
        "The key as text: a year, an enum value, a municipality, or the database id of a row; empty for the rows without one (no programme, no year …).",
    }),
    id: t.id({
      nullable: true,
      description: "Globalt id of the organisation, programme or project the key names (for `where: { funder: { equals: id } }`).",
      resolve: (k) => (k.entity && k.value ? encodeGlobalID(k.entity, k.value) : null),
    }),
    label: t.string({
      description: "Readable name of the key (an entity's name; a year; a status, kind or role in the language asked).",
      args: { language: t.arg({ type: LanguageEnum, required: false, defaultValue: "SV", description: "Språk: SV or EN." }) },
      resolve: (k, args) => k.name ?? k.label[args.language === "EN" ? "en" : "sv"],
    }),
    organisation: entityField("Organisation", "The organisation the key names (funder, recipient, applicant, partner …).")(t),
    programme: entityField("Programme", "The programme the key names.")(t),
    project: entityField("Project", "The project the key names.")(t),
  }),
});
