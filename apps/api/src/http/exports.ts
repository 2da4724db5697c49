import { canReadProject, financingTable, formatIsoDate, projectDeadlines, projectFinancing, toCsv, toICalendar } from "@bk/domain";
import type { PrismaClient } from "@bk/domain/server";
import { type Request, type Response, Router } from "express";
import { viewerOf } from "../auth/authenticate";
import { deadlineSelect, toDeadlineSource } from "../modules/financing/deadline-source";
import { financingSelect, toFinancingInput } from "../modules/financing/financing-input";
import { decodeId } from "../modules/shared/list-query";
import { sendError } from "./http-errors";

/**
 * Files for outside the app: the financing table as CSV and XLSX, and a project's deadlines as
 * iCal. The same permission as in the app: a session or token, or on the calendar a calendar link.
 */
export function exportsRouter(prisma: PrismaClient) {
  const router = Router();

  /**
   * The project of the address, if the viewer may read it (the same rule as in GraphQL): else
   * 401 for nobody logged in, 400 for a malformed id, 403 for a project they may not see.
   */
  const projectId = (req: Request, res: Response): string | null => {
    const viewer = viewerOf(res);
    if (!viewer) {
      sendError(res, 401, "UNAUTHENTICATED", "auth.signInRequired");
      return null;
    }
    let id: string;
    try {
      id = decodeId(String(req.params.id), "Project", "id");
    } catch {
      sendError(res, 400, "BAD_USER_INPUT", "id.invalid", { value: String(req.params.id), type: "Project" }, "id");
      return null;
    }
    if (!canReadProject(viewer, id)) {
      sendError(res, 403, "FORBIDDEN", "auth.forbidden");
      return null;
    }
    return id;
  };

  async function loadFinancing(req: Request, res: Response) {
    const id = projectId(req, res);
    if (!id) return null;
    const p = await prisma.project.findUnique({ where: { id }, select: { name: true, ...financingSelect } });
    if (!p) {
      sendError(res, 404, "NOT_FOUND", "project.missing");
      return null;
    }
    return { name: p.name, table: financingTable(p.name, projectFinancing(toFinancingInput(p))) };
  }

  const filename = (name: string, ext: string) => `${name.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "")}-finansiering.${ext}`;
  const disposition = (name: string) =>
    `attachment; filename="${name.normalize("NFD").replace(/[^\x20-\x7e]/g, "")}"; filename*=UTF-8''${encodeURIComponent(name)}`;

  router.get("/exports/projects/:id/financing.csv", async (req, res) => {
    const f = await loadFinancing(req, res);
    if (!f) return;
    res.setHeader("Content-Type", "text/csv; charset=utf-8");
    res.setHeader("Content-Disposition", disposition(filename(f.name, "csv")));
    res.send(toCsv(f.table.header, f.table.rows));
  });

  router.get("/exports/projects/:id/financing.xlsx", async (req, res) => {
    const f = await loadFinancing(req, res);
    if (!f) return;
    // Loaded at the first spreadsheet asked for, not at every start (it takes a second to load).
    const { default: ExcelJS } = await import("exceljs");
    const book = new ExcelJS.Workbook();
    book.creator = "Bidragskollen";
    const sheet = book.addWorksheet("Finansiering");
    sheet.addRow(f.table.header).font = { bold: true };
    for (const row of f.table.rows) {
      const amount = row[6] === "" || row[6] === "okänt" ? row[6] : Number(row[6]);
      // Text goes in as text cells, never as formulas, whatever it starts with.
      sheet.addRow([row[0], Number(row[1]), ...row.slice(2, 6), amount, row[7]]);
    }
    sheet.getColumn(7).numFmt = '#,##0 "kr";-#,##0 "kr"';
    // The text columns keep the Text format, so that editing a cell such as "=…" in Excel does not turn it into a formula.
    for (const c of [1, 3, 4, 5, 6, 8]) sheet.getColumn(c).numFmt = "@";
    sheet.columns.forEach((c, i) => {
      c.width = [28, 8, 14, 48, 10, 14, 16, 40][i];
    });
    sheet.views = [{ state: "frozen", ySplit: 1 }];
    res.setHeader("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    res.setHeader("Content-Disposition", disposition(filename(f.name, "xlsx")));
    res.send(Buffer.from(await book.xlsx.writeBuffer()));
  });

  router.get("/calendar/projects/:id.ics", async (req, res) => {
    const id = projectId(req, res);
    if (!id) return;
    const p = await prisma.project.findUnique({ where: { id }, select: { name: true, ...deadlineSelect } });
    if (!p) {
      sendError(res, 404, "NOT_FOUND", "project.missing");
      return;
    }
    const deadlines = projectDeadlines(toDeadlineSource(p), formatIsoDate(new Date()));
    const LABEL = {
      CONDITION: "Villkor",
      REPORT: "Rapport",
      FOLLOW_UP: "Uppföljning",
      EVALUATION: "Utvärdering",
      APPLICATION_DEADLINE: "Sista ansökningsdag",
    };
    const events = deadlines.map((d, i) => ({
      uid: `${id}-${d.kind}-${d.date}-${i}`,
      date: d.date,
      title: `${LABEL[d.kind]}: ${d.title}`,
      description: p.name,
    }));
    res.setHeader("Content-Type", "text/calendar; charset=utf-8");
    res.setHeader("Content-Disposition", disposition(filename(p.name, "ics").replace("-finansiering", "-datum")));
    res.send(toICalendar(`${p.name} – Bidragskollen`, events));
  });

  return router;
}
