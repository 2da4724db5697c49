import { foldForSearch, type Permission, type ReasonKey, unsafeTextReason } from "@bk/domain";
import type PrismaTypes from "@bk/domain/pothos-types";
import type { EnumRef } from "@pothos/core";
import { decodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../../builder";
import type { Context } from "../../context";
import { badInput } from "../../errors";
import { DateFilter, IdFilter, IntFilter, MoneyFilter, SortDirectionEnum } from "./filter-inputs";
import { knownWhere } from "./known-where";
import { likeLiteral } from "./like-literal";
import { storedDate } from "./parse-input";
import { knowTextMatches, relatedText, type TextMatches, textMatchesOf, textPattern } from "./text-matches";

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

/** The operators of one filter input, with its values already in the column's form. */
type Ops = {
  equals?: unknown;
  in?: unknown[] | null;
  notIn?: unknown[] | null;
  gt?: unknown;
  gte?: unknown;
  lt?: unknown;
  lte?: unknown;
  isNull?: boolean | null;
};

const BOUND_OPS = ["equals", "gt", "gte", "lt", "lte"] as const;

/** A value for comparing bounds: amounts as numbers, years as numbers, days as ISO text. */
const comparable = (v: unknown): number | string =>
  v instanceof Date ? v.getTime() : /^-?\d+(\.\d+)?$/.test(String(v)) ? Number(v) : String(v);

/**
 * One column against a filter's operators, each a Prisma condition. A lower bound above the upper
 * one is refused (it can only be a mistake: it matches nothing), naming the lower bound's field.
 */
function opsWhere(model: string, column: string, f: Ops, field: string, reversed: ReasonKey): Where[] {
  const lower = f.gte ?? f.gt;
  const upper = f.lte ?? f.lt;
  if (lower != null && upper != null && comparable(lower) > comparable(upper)) {
    throw badInput(`${field}.${f.gte != null ? "gte" : "gt"}`, reversed);
  }
  const out: Where[] = [];
  const known = (filter: unknown) => knownWhere(model, column, filter);
  for (const op of BOUND_OPS) if (f[op] != null) out.push(known(op === "equals" ? { equals: f[op] } : { [op]: f[op] }));
  if (f.in != null) out.push(known({ in: f.in }));
  if (f.notIn != null) out.push(known({ notIn: f.notIn }));
  if (f.isNull === true) out.push(known(null));
  if (f.isNull === false) out.push(known({ not: null }));
  return out;
}

/** The combinators every `where` has besides its fields; at most this deep, so a filter stays cheap to plan. */
const COMBINATORS = ["AND", "OR", "NOT"] as const;
export const MAX_WHERE_DEPTH = 4;
/** At most this many filters inside AND, OR and NOT in all: each may become a subquery. */
export const MAX_WHERE_PARTS = 100;

/**
 * Turns a validated `where` argument into a Prisma where, refusing bad ids with the field path. A
 * free-text search of related rows' text uses their keys where `matches` knows them (knowTextMatches).
 */
export function buildWhere(spec: ListSpec, where: Args, path = "where", matches?: TextMatches): Where {
  return build(spec, where, path, 0, { parts: 0, matches });
}

type BuildState = { parts: number; matches?: TextMatches };

function build(spec: ListSpec, where: Args, path: string, depth: number, budget: BuildState): Where {
  if (!where) return {};
  const and: Where[] = [];
  for (const [name, value] of Object.entries(where)) {
    if (value == null) continue;
    const field = `${path}.${name}`;
    if ((COMBINATORS as readonly string[]).includes(name)) {
      if (depth >= MAX_WHERE_DEPTH) throw badInput(field, "where.tooDeep", { max: MAX_WHERE_DEPTH });
      const items: Args[] = Array.isArray(value) ? value : [value];
      budget.parts += items.length;
      if (budget.parts > MAX_WHERE_PARTS) throw badInput(field, "where.tooManyParts", { max: MAX_WHERE_PARTS });
      const parts = items.map((w, i) => build(spec, w, Array.isArray(value) ? `${field}.${i}` : field, depth + 1, budget));
      // An empty part matches every row: in OR it makes the whole OR true, as Prisma reads it too.
      if (name === "AND") and.push(...parts.filter((p) => Object.keys(p).length));
      else if (name === "OR") and.push(parts.some((p) => !Object.keys(p).length) ? {} : { OR: parts });
      else and.push(...parts.filter((p) => Object.keys(p).length).map((p) => ({ NOT: p })));
    } else if (name === "text") {
      const q = likeLiteral(String(value).trim());
      const folded = likeLiteral(foldForSearch(String(value).trim()));
      // A related row's text: by the keys of the rows found to hold it, when looked up; else a join.
      const searched = (column: string, isFolded: boolean, filter: Where) => {
        const related = relatedText(spec.model, column, isFolded);
        const ids = related ? budget.matches?.(related, textPattern(String(value), isFolded)) : undefined;
        return related && ids ? knownWhere(spec.model, related.foreignKey, { in: ids }) : knownWhere(spec.model, column, filter);
      };
      if (q) {
        and.push({
          OR: [
            ...(spec.text ?? []).map((c) => searched(c, false, { contains: q, mode: "insensitive" })),
            ...(spec.foldedText ?? []).map((c) => searched(c, true, { contains: folded })),
          ],
        });
      }
    } else if (spec.ids?.[name]) {
      const { column, nodeType } = spec.ids[name];
      const decode = (list: string[] | null | undefined, op: string) =>
        list == null ? undefined : list.map((v, i) => decodeId(v, nodeType, `${field}.${op}.${i}`));
      and.push(
        ...opsWhere(
          spec.model,
          column,
          {
            equals: value.equals == null ? undefined : decodeId(value.equals, nodeType, `${field}.equals`),
            in: decode(value.in, "in"),
            notIn: decode(value.notIn, "notIn"),
            isNull: value.isNull,
          },
          field,
          "range.reversed",
        ),
      );
    } else if (spec.enums?.[name]) {
      and.push(...opsWhere(spec.model, spec.enums[name].column, value, field, "range.reversed"));
    } else if (spec.ints?.[name]) {
      and.push(...opsWhere(spec.model, spec.ints[name].column, value, field, "range.reversed"));
    } else if (spec.dates?.[name]) {
      // Days (ISO strings from the Date scalar) meet the stored UTC-midnight dates here.
      const day = (d: string | null | undefined) => (d ? storedDate(d) : d);
      const bounds = Object.fromEntries(BOUND_OPS.map((op) => [op, day(value[op])]));
      and.push(...opsWhere(spec.model, spec.dates[name].column, { ...bounds, isNull: value.isNull }, field, "range.datesReversed"));
    } else if (spec.money?.[name]) {
      and.push(...opsWhere(spec.model, spec.money[name].column, value, field, "grantFilter.amountRangeReversed"));
    } else if (spec.strings?.[name]) {
      // Prisma sends a case-insensitive equals as `ILIKE $1`: % and _ in the value must stay themselves.
      and.push(knownWhere(spec.model, spec.strings[name].column, { equals: likeLiteral(String(value)), mode: "insensitive" }));
    } else if (spec.booleans?.[name]) {
      and.push(knownWhere(spec.model, spec.booleans[name].column, { equals: value }));
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
      notIn: t.field({ type: [enumRef], required: false, description: "Inget av." }),
    }),
  });
  enumFilters.set(enumName, ref);
  return ref;
}

type InputFields = Parameters<NonNullable<Parameters<typeof builder.inputType>[1]["fields"]>>[0];

// biome-ignore lint/suspicious/noExplicitAny: the list's own where input, referred to by its combinators.
function whereFields(spec: ListSpec, t: InputFields, self: any) {
  // biome-ignore lint/suspicious/noExplicitAny: field refs of mixed input types.
  const fields: Record<string, any> = {
    AND: t.field({ type: [self], required: false, description: "Alla dessa villkor (all of these)." }),
    OR: t.field({ type: [self], required: false, description: "Minst ett av dessa villkor (at least one of these)." }),
    NOT: t.field({
      type: [self],
      required: false,
      description: `Inget av dessa villkor (none of these). AND, OR and NOT nest at most ${MAX_WHERE_DEPTH} levels deep.`,
    }),
  };
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

/** Whether a where uses one of `names`, at any depth of AND, OR and NOT. */
function usesFilter(where: Args, names: string[]): boolean {
  return Object.entries(where ?? {}).some(([k, v]) =>
    v == null
      ? false
      : (COMBINATORS as readonly string[]).includes(k)
        ? (Array.isArray(v) ? v : [v]).some((w: Args) => usesFilter(w, names))
        : names.includes(k),
  );
}

/** The filter asked for, within the rows this viewer may see (and may filter or sort on). */
export function visibleWhere(spec: ListSpec, where: Args, ctx: Context, orderBy?: { field: string }[] | null): Where {
  const usesPrivate =
    !!spec.private && (usesFilter(where, spec.private.filters) || (orderBy ?? []).some((o) => spec.private?.orders.includes(o.field)));
  const parts = [
    buildWhere(spec, where, "where", textMatchesOf(ctx)),
    spec.visibleTo(ctx),
    usesPrivate ? (spec.private?.scope(ctx) ?? {}) : {},
  ];
  const and = parts.filter((p) => Object.keys(p).length);
  return and.length > 1 ? { AND: and } : (and[0] ?? {});
}

/**
 * visibleWhere, with the related rows a free-text search finds looked up first (knowTextMatches),
 * so the list filters by their keys. Bad input is refused before any look-up.
 */
export async function searchedWhere(spec: ListSpec, where: Args, ctx: Context, orderBy?: { field: string }[] | null): Promise<Where> {
  const plain = visibleWhere(spec, where, ctx, orderBy);
  if (!usesFilter(where, ["text"])) return plain;
  await knowTextMatches(ctx, spec, where);
  return visibleWhere(spec, where, ctx, orderBy);
}

/** Every list the schema defines, by query name: what the index test reads (list-indexes.test.ts). */
export const listSpecs = new Map<string, ListSpec>();

/**
 * Defines `Query.<name>`: a Relay connection over a Prisma model with a typed `where`,
 * `orderBy`, `first/after` (1–100, default 20) and `totalCount`.
 */
export function defineListQuery(name: string, spec: ListSpec, description: string) {
  listSpecs.set(name, spec);
  // biome-ignore lint/suspicious/noExplicitAny: the fields come from the spec; buildWhere reads them.
  const WhereInput = builder.inputRef<Record<string, any>>(`${spec.model}Where`);
  WhereInput.implement({
    description: `Filter for ${name}. All given conditions must hold; combine with AND, OR and NOT.`,
    fields: (t) => whereFields(spec, t, WhereInput),
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
        totalCount: async (
          _c: unknown,
          args: { where?: Args; orderBy?: { field: string }[]; first?: number; last?: number },
          ctx: Context,
        ) => {
          checkPageSize(args);
          return delegate(ctx).count({ where: await searchedWhere(spec, args.where, ctx, args.orderBy) });
        },
        resolve: async (
          query: object,
          _root: unknown,
          args: { where?: Args; orderBy?: never; first?: number; last?: number },
          ctx: Context,
        ) => {
          checkPageSize(args);
          return delegate(ctx).findMany({
            ...query,
            where: await searchedWhere(spec, args.where, ctx, args.orderBy),
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
