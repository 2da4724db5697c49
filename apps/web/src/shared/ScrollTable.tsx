import "./scroll-table.css";
import { Table } from "@mantine/core";
import { type ReactNode, useRef } from "react";
import { useI18n } from "../i18n/i18n";
import { useScrolls } from "./use-scrolls";

type ScrollTableProps = {
  /** What the table holds, in the user's language (usually its heading): names the region for screen readers. */
  label: string;
  /** The table's narrowest width; below it the box scrolls. Without it the table's own min-width decides. */
  minWidth?: number;
  /** The box's greatest height (a long result scrolls down inside it, under its sticky header). */
  maxHeight?: string;
  children: ReactNode;
};

/**
 * The box around every table that may be larger than its place (on a phone, most are wider): the
 * table scrolls inside it, the page does not. While it does scroll, the box is a named region that
 * takes keyboard focus (the arrow keys then scroll it: WCAG 2.1.1, axe's scrollable-region-focusable)
 * and shows a focus ring; a table that fits is no extra tab stop.
 */
export function ScrollTable({ label, minWidth = 0, maxHeight, children }: ScrollTableProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const scrolls = useScrolls(ref);
  return (
    <Table.ScrollContainer
      ref={ref}
      type="native"
      minWidth={minWidth}
      className="scroll-table"
      mah={maxHeight}
      style={maxHeight ? { overflowY: "auto" } : undefined}
      data-scrolls={scrolls || undefined}
      {...(scrolls && { tabIndex: 0, role: "region", "aria-label": t("layout.scrollTable", { name: label }) })}
    >
      {children}
    </Table.ScrollContainer>
  );
}
