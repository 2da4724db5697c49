import helmet from "helmet";
import { expect, it } from "vitest";
import { HELMET_OPTIONS, helmetHeaders, securityHeaders } from "./security-headers";

/** What a middleware sets on an answer (a stand-in response that records setHeader). */
function headersSetBy(middleware: (req: never, res: never, next: () => void) => void, secure = false) {
  const set = new Map<string, string>();
  const res = { setHeader: (name: string, value: string) => set.set(name.toLowerCase(), String(value)), removeHeader: () => {} };
  middleware({ method: "GET", headers: {}, secure } as never, res as never, () => {});
  return set;
}

it("sets on every answer exactly the headers helmet sets with the same options, and the permissions policy", () => {
  const ours = headersSetBy(securityHeaders());
  const helmets = headersSetBy(helmet(HELMET_OPTIONS) as never);
  expect(helmets.size).toBeGreaterThan(5);
  for (const [name, value] of helmets) expect(ours.get(name), name).toBe(value);
  expect([...ours.keys()].sort()).toEqual([...helmets.keys(), "permissions-policy"].sort());
  expect(headersSetBy(securityHeaders(), true).get("strict-transport-security")).toContain("max-age=");
});

it("asks helmet once for its headers, whose values are fixed strings", () => {
  const headers = helmetHeaders();
  expect(headers.every(([name, value]) => typeof name === "string" && typeof value === "string" && value.length > 0)).toBe(true);
});
