import { GIVING360_EXPORT_PATHS, type Giving360Grant, giving360FlatHeader, giving360FlatLine, toGiving360Grant } from "@bk/domain";
import type { PrismaClient } from "@bk/domain/server";
import { type Request, type Response, Router } from "express";
import { viewerOf } from "../auth/authenticate";
import { giving360Pages, giving360Stamp } from "../modules/open-data/giving360-source";
import { openDataSettings } from "../modules/open-data/open-data.service";
import { sendError } from "./http-errors";

type Format = "json" | "csv";

const FORMATS: Record<
  Format,
  {
    type: string;
    file: string;
    start: (modified: string | null) => string;
    line: (g: Giving360Grant, first: boolean) => string;
    end: string;
  }
> = {
  json: {
    type: "application/json; charset=utf-8",
    file: "bidragskollen-360giving.json",
    // The package's metadata, then the grants one by one as they are read.
    start: (modified) =>
      `${JSON.stringify({ version: "1.4", title: "Bidragskollen: bidrag enligt 360Giving", publisher: { name: "Bidragskollen" }, ...(modified ? { modified } : {}) }).slice(0, -1)},"grants":[`,
    line: (g, first) => `${first ? "" : ","}\n${JSON.stringify(g)}`,
    end: "\n]}\n",
  },
  csv: {
    type: "text/csv; charset=utf-8",
    file: "bidragskollen-360giving.csv",
    start: () => giving360FlatHeader(),
    line: (g) => giving360FlatLine(g),
    end: "",
  },
};

/** Writes a chunk, waiting when the client reads more slowly than the database answers. */
async function write(res: Response, chunk: string) {
  if (res.write(chunk)) return;
  // Until the client has read what waits, or has gone (then the loop stops at res.destroyed).
  await new Promise<void>((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.once("drain", done);
    res.once("close", done);
  });
}

/**
 * Open data: the grants decided in favour as a 360Giving Data Standard 1.4 package (JSON) and as
 * 360Giving's flat CSV. Open to anyone when an administrator has made the export public, else to
 * logged-in users (401 for others). Streamed in pages of a thousand grants read by keyset in SQL;
 * ETag and Last-Modified come from the number of grants and their newest change, so an unchanged
 * export answers 304.
 */
export function openDataRouter(prisma: PrismaClient) {
  const router = Router();

  async function serve(req: Request, res: Response, format: Format) {
    const settings = await openDataSettings(prisma);
    if (!settings.giving360Public && !viewerOf(res)) {
      sendError(res, 401, "UNAUTHENTICATED", "auth.signInRequired");
      return;
    }
    const f = FORMATS[format];
    const stamp = await giving360Stamp(prisma);
    res.setHeader("Content-Type", f.type);
    res.setHeader("Content-Disposition", `attachment; filename="${f.file}"`);
    // Revalidated every time (cheap: one aggregate), so that a change of the setting takes effect at once.
    res.setHeader("Cache-Control", `${settings.giving360Public ? "public" : "private"}, no-cache`);
    res.setHeader("ETag", `"360g-${format}-${stamp.count}-${stamp.modified ?? "none"}"`);
    if (stamp.modified) res.setHeader("Last-Modified", new Date(stamp.modified).toUTCString());
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    // Behind a proxy (TRUST_PROXY) the address the client used, as Express reads X-Forwarded-Proto and -Host.
    const dataSource = `${req.protocol}://${req.host}${GIVING360_EXPORT_PATHS[format]}`;
    res.status(200);
    await write(res, f.start(stamp.modified));
    let first = true;
    for await (const page of giving360Pages(prisma)) {
      if (res.destroyed) return;
      await write(res, page.map((g, i) => f.line(toGiving360Grant(g, dataSource), first && i === 0)).join(""));
      first = false;
    }
    res.end(f.end);
  }

  const route = (format: Format) => async (req: Request, res: Response) => {
    try {
      await serve(req, res, format);
    } catch (err) {
      // Before the first byte: the usual JSON error; after it, the download is cut off so that a half file is never taken for a whole.
      console.error(err);
      if (!res.headersSent) sendError(res, 500, "INTERNAL_SERVER_ERROR", "internal.error");
      else res.destroy();
    }
  };
  router.get(GIVING360_EXPORT_PATHS.json, route("json"));
  router.get(GIVING360_EXPORT_PATHS.csv, route("csv"));
  return router;
}
