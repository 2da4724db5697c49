import { foldForSearch, type Permission, unsafeTextReason } from "@bk/domain";
import type PrismaTypes from "@bk/domain/pothos-types";
import type { EnumRef } from "@pothos/core";
import { decodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../../builder";
import type { Context } from "../../context";
import { badInput } from "../../errors";
import { DateFilter, IdFilter, IntFilter, MoneyFilter, SortDirectionEnum } from "./filter-inputs";
import { storedDate } from "./parse-input";

type Described = { description: string };
type Column = Described & { column: string };
// biome-ignore lint/suspicious/noExplicitAny: Prisma where fragments are built generically here.
type Where = Record<string, any>;
// biome-ignore lint/suspicious/noExplicitAny: enum refs of any GraphQL enum.
type AnyEnum = EnumRef<any, any>;
// biome-ignore lint/suspicious/noExplicitAny: the values arrive as validated GraphQL input.
type Args = Record<string, any> | null | undefined;

export type ListSpec = {
  /** The Prisma model, also the GraphQL type name. */
  model: keyof PrismaTypes & string;
  /** Columns searched by `text` (contains, case-insensitive); dotted paths reach relations. */
  text?: string[];
  /** Generated `searchText` columns, searched with the query folded (no case, no diacritics). */
  foldedText?: string[];
  ids?: Record<string, Column & { nodeType: string }>;
  enums?: Record<string, Column & { enumRef: AnyEnum; enumName: string }>;
  ints?: Record<string, Column>;
  dates?: Record<string, Column>;
  money?: Record<string, Column>;
  strings?: Record<string, Column>;
  booleans?: Record<string, Column>;
  /** Filters that need more than one column (e.g. a grant's year). */
  custom?: Record<string, Described & { type: "Int" | "String" | "Boolean"; where: (value: never) => Where }>;
  /** Sort fields; `nullable` ones sort their empty values last in both directions. */
  order: Record<string, Described & { column: string; nullable?: boolean }>;
  defaultOrder: Where[];
  /**
   * The rows this viewer may list (see auth/visibility.ts). Required: a list says who may see
   * what, even when that is everyone logged in (`() => ({})`).
   */
  visibleTo: (ctx: Context) => Where;
  /**
   * Filters and sort fields that reveal more than the list shows everyone (a grant's text,
   * reference numbers, project, dates of the application): used by a viewer who may not read
   * every row's details, they apply only within `privateScope` (the viewer's own projects).
   */
  private?: { filters: string[]; orders: string[]; scope: (ctx: Context) => Where };
  /** Who may ask for the list at all, beyond being logged in (e.g. only administrators list users). */
  authScopes?: { permission: Permission };
};

/** `a.b.c` + value → `{ a: { b: { c: value } } }`, so filters can reach related rows. */
function nest(path: string, value: unknown): Where {
  return path
    .split(".")
    .reverse()
    .reduce<Where>((acc, key, i) => ({ [key]: i === 0 ? value : acc }), {} as Where);
}

/**
 * Text for Prisma's `contains`, which becomes SQL LIKE without escaping: "%" and "_" must match
 * themselves, not any text (a search for "%" would otherwise list everything).
 */
export const likeLiteral = (text: string) => text.replace(/[\\%_]/g, "\\$&");

export function decodeId(value: string, nodeType: string, field: string): string {
  try {
    const decoded = decodeGlobalID(value);
    // The decoded id must be plain text too (a NUL byte hidden in the base64 breaks the database).
    if (decoded.typename === nodeType && decoded.id.length <= 200 && !unsafeTextReason(decoded.id, "line")) return decoded.id;
  } catch {
    // fall through to the error below
  }
  throw badInput(field, "id.invalid", { value: JSON.stringify(value), type: nodeType });
}

/** Bounds of a range whose order the caller has checked (ints, days and amounts each their own way). */
function rangeWhere(column: string, f: { gte?: unknown; lte?: unknown; isNull?: boolean | null }): Where[] {
  const out: Where[] = [];
  if (f.gte != null) out.push(nest(column, { gte: f.gte }));
  if (f.lte != null) out.push(nest(column, { lte: f.lte }));
  if (f.isNull === true) out.push(nest(column, null));
  if (f.isNull === false) out.push(nest(column, { not: null }));
  return out;
}

/** Turns a validated `where` argument into a Prisma where, refusing bad ids with the field path. */
export function buildWhere(spec: ListSpec, where: Args, path = "where"): Where {
  if (!where) return {};
  const and: Where[] = [];
  for (const [name, value] of Object.entries(where)) {
    if (value == null) continue;
    const field = `${path}.${name}`;
    if (name === "text") {
      const q = likeLiteral(String(value).trim());
      const folded = likeLiteral(foldForSearch(String(value).trim()));
      if (q) {
        and.push({
          OR: [
            ...(spec.text ?? []).map((c) => nest(c, { contains: q, mode: "insensitive" })),
            ...(spec.foldedText ?? []).map((c) => nest(c, { contains: folded })),
          ],
        });
      }
    } else if (spec.ids?.[name]) {
      const { column, nodeType } = spec.ids[name];
      if (value.equals != null) and.push(nest(column, decodeId(value.equals, nodeType, `${field}.equals`)));
      if (value.in != null) {
        const ids = (value.in as string[]).map((v, i) => decodeId(v, nodeType, `${field}.in.${i}`));
        and.push(nest(column, { in: ids }));
      }
    } else if (spec.enums?.[name]) {
      const { column } = spec.enums[name];
      if (value.equals != null) and.push(nest(column, value.equals));
      if (value.in != null) and.push(nest(column, { in: value.in }));
    } else if (spec.ints?.[name]) {
      const { column } = spec.ints[name];
      if (value.gte != null && value.lte != null && value.gte > value.lte) {
        throw badInput(`${field}.gte`, "range.reversed");
      }
      if (value.equals != null) and.push(nest(column, value.equals));
      if (value.in != null) and.push(nest(column, { in: value.in }));
      and.push(...rangeWhere(column, { gte: value.gte, lte: value.lte }));
    } else if (spec.dates?.[name]) {
      if (value.gte && value.lte && value.gte > value.lte) {
        throw badInput(`${field}.gte`, "range.datesReversed");
      }
      // Days (ISO strings from the Date scalar) meet the stored UTC-midnight dates here.
      const day = (d: string | null | undefined) => (d ? storedDate(d) : d);
      and.push(...rangeWhere(spec.dates[name].column, { ...value, gte: day(value.gte), lte: day(value.lte) }));
    } else if (spec.money?.[name]) {
      if (value.gte != null && value.lte != null && Number(value.gte) > Number(value.lte)) {
        throw badInput(`${field}.gte`, "grantFilter.amountRangeReversed");
      }
      and.push(...rangeWhere(spec.money[name].column, value));
    } else if (spec.strings?.[name]) {
      and.push(nest(spec.strings[name].column, { equals: value, mode: "insensitive" }));
    } else if (spec.booleans?.[name]) {
      and.push(nest(spec.booleans[name].column, value));
    } else if (spec.custom?.[name]) {
      and.push(spec.custom[name].where(value as never));
    }
  }
  return and.length ? { AND: and } : {};
}

const enumFilters = new Map<string, ReturnType<typeof builder.inputType>>();
function enumFilter(enumName: string, enumRef: AnyEnum) {
  const existing = enumFilters.get(enumName);
  if (existing) return existing;
  const ref = builder.inputType(`${enumName}Filter`, {
    description: `Filter on ${enumName}.`,
    fields: (t) => ({
      equals: t.field({ type: enumRef, required: false, description: "Lika med." }),
      in: t.field({ type: [enumRef], required: false, description: "Något av." }),
    }),
  });
  enumFilters.set(enumName, ref);
  return ref;
}

type InputFields = Parameters<NonNullable<Parameters<typeof builder.inputType>[1]["fields"]>>[0];

function whereFields(spec: ListSpec, t: InputFields) {
  // biome-ignore lint/suspicious/noExplicitAny: field refs of mixed input types.
  const fields: Record<string, any> = {};
  const searched = [...(spec.text ?? []), ...(spec.foldedText ?? [])];
  if (searched.length) {
    const folding = spec.foldedText ? ' and diacritics ("hasselby" finds Hässelby)' : "";
    fields.text = t.string({ required: false, description: `Fritext, ignoring case${folding}: ${searched.join(", ")}.` });
  }
  for (const [k, v] of Object.entries(spec.ids ?? {})) fields[k] = t.field({ type: IdFilter, required: false, description: v.description });
  for (const [k, v] of Object.entries(spec.enums ?? {}))
    fields[k] = t.field({ type: enumFilter(v.enumName, v.enumRef), required: false, description: v.description });
  for (const [k, v] of Object.entries(spec.ints ?? {}))
    fields[k] = t.field({ type: IntFilter, required: false, description: v.description });
  for (const [k, v] of Object.entries(spec.dates ?? {}))
    fields[k] = t.field({ type: DateFilter, required: false, description: v.description });
  for (const [k, v] of Object.entries(spec.money ?? {}))
    fields[k] = t.field({ type: MoneyFilter, required: false, description: v.description });
  for (const [k, v] of Object.entries(spec.strings ?? {})) fields[k] = t.string({ required: false, description: v.description });
  for (const [k, v] of Object.entries(spec.booleans ?? {})) fields[k] = t.boolean({ required: false, description: v.description });
  for (const [k, v] of Object.entries(spec.custom ?? {}))
    fields[k] =
      v.type === "Int"
        ? t.int({ required: false, description: v.description })
        : v.type === "Boolean"
          ? t.boolean({ required: false, description: v.description })
          : t.string({ required: false, description: v.description });
  return fields;
}

export function buildOrderBy(spec: ListSpec, orderBy: { field: string; direction?: string | null }[] | null | undefined): Where[] {
  const chosen = (orderBy ?? []).map((o) => {
    const { column, nullable } = spec.order[o.field];
    const sort = o.direction === "DESC" ? "desc" : "asc";
    return nest(column, nullable ? { sort, nulls: "last" } : sort);
  });
  return [...(chosen.length ? chosen : spec.defaultOrder), { id: "asc" }];
}

export function checkPageSize(args: { first?: number | null; last?: number | null }) {
  for (const key of ["first", "last"] as const) {
    const v = args[key];
    if (v != null && (v < 1 || v > 100)) throw badInput(key, "value.between", { min: 1, max: 100, value: String(v) });
  }
}

/** The filter asked for, within the rows this viewer may see (and may filter or sort on). */
export function visibleWhere(spec: ListSpec, where: Args, ctx: Context, orderBy?: { field: string }[] | null): Where {
  const usesPrivate =
    !!spec.private &&
    (Object.entries(where ?? {}).some(([k, v]) => v != null && spec.private?.filters.includes(k)) ||
      (orderBy ?? []).some((o) => spec.private?.orders.includes(o.field)));
  const parts = [buildWhere(spec, where), spec.visibleTo(ctx), usesPrivate ? (spec.private?.scope(ctx) ?? {}) : {}];
  const and = parts.filter((p) => Object.keys(p).length);
  return and.length > 1 ? { AND: and } : (and[0] ?? {});
}

/**
 * Defines `Query.<name>`: a Relay connection over a Prisma model with a typed `where`,
 * `orderBy`, `first/after` (1–100, default 20) and `totalCount`.
 */
export function defineListQuery(name: string, spec: ListSpec, description: string) {
  const WhereInput = builder.inputType(`${spec.model}Where`, {
    description: `Filter for ${name}. All given conditions must hold.`,
    fields: (t) => whereFields(spec, t),
  });
  const OrderField = builder.enumType(`${spec.model}OrderField`, {
    description: `Fields ${name} can be sorted by.`,
    values: Object.fromEntries(Object.entries(spec.order).map(([k, v]) => [k, { description: v.description }])),
  });
  const OrderInput = builder.inputType(`${spec.model}Order`, {
    description: `Sorting for ${name}.`,
    fields: (t) => ({
      field: t.field({ type: OrderField, required: true, description: "Sorteringsfält." }),
      direction: t.field({ type: SortDirectionEnum, required: false, defaultValue: "ASC", description: "Riktning." }),
    }),
  });
  const delegate = (ctx: Context) =>
    // biome-ignore lint/suspicious/noExplicitAny: generic over the model delegates.
    (ctx.prisma as any)[spec.model[0].toLowerCase() + spec.model.slice(1)];

  builder.queryField(name, (t) =>
    // biome-ignore lint/suspicious/noExplicitAny: the model is chosen at runtime by the spec.
    (t.prismaConnection as any)(
      {
        type: spec.model,
        cursor: "id",
        description,
        ...(spec.authScopes ? { authScopes: spec.authScopes } : {}),
        defaultSize: 20,
        maxSize: 100,
        args: {
          where: t.arg({ type: WhereInput, required: false, description: "Filter." }),
          orderBy: t.arg({ type: [OrderInput], required: false, description: "Sortering; id breaks ties." }),
        },
        totalCount: (_c: unknown, args: { where?: Args; orderBy?: { field: string }[]; first?: number; last?: number }, ctx: Context) => {
          checkPageSize(args);
          return delegate(ctx).count({ where: visibleWhere(spec, args.where, ctx, args.orderBy) });
        },
        resolve: (query: object, _root: unknown, args: { where?: Args; orderBy?: never; first?: number; last?: number }, ctx: Context) => {
          checkPageSize(args);
          return delegate(ctx).findMany({
            ...query,
            where: visibleWhere(spec, args.where, ctx, args.orderBy),
            orderBy: buildOrderBy(spec, args.orderBy),
          });
        },
      },
      { description: `A page of ${name} (Relay connection).` },
      { description: `One of ${name} with its cursor.` },
    ),
  );
  return { WhereInput };
}
