import { readFileSync } from "node:fs";
import type { Download, Locator, Page } from "@playwright/test";

/** Clicks one of an export group's buttons and answers the downloaded file's name and text. */
export async function download(page: Page, group: Locator, button: "CSV" | "Excel (XLSX)") {
  const downloaded = page.waitForEvent("download");
  await group.getByRole("button", { name: button }).click();
  const file: Download = await downloaded;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** A CSV download's lines (without the byte-order mark). */
export const lines = (bytes: Buffer) =>
  bytes
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
