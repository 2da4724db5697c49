import type { Context } from "../context";

// biome-ignore lint/suspicious/noExplicitAny: a Prisma where fragment for any model.
type Where = Record<string, any>;

/** `a.b` + value → `{ a: { b: value } }`. */
const nest = (path: string, value: unknown): Where =>
  path
    .split(".")
    .reverse()
    .reduce<Where>((acc, key, i) => ({ [key]: i === 0 ? value : acc }), {});

/**
 * Rows of the viewer's own projects only, unless the viewer reads everything: the filter that
 * lists of project data (partner roles, co-financing, statistics, evaluations …) apply, so that
 * a project lead's lists hold nothing of other projects. `path` leads from the row to its project id.
 */
export function ownProjectsWhere(ctx: Context, path = "projectId"): Where {
  if (ctx.viewer?.permissions.has("read:all")) return {};
  return nest(path, { in: ctx.viewer?.projectIds ?? [] });
}

/** Rows only a viewer who reads everything may list (e.g. agreements between organisations). */
export function readersOfAllWhere(ctx: Context): Where {
  return ctx.viewer?.permissions.has("read:all") ? {} : { id: { in: [] } };
}
