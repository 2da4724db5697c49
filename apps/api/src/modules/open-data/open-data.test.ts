import { readFileSync } from "node:fs";
import path from "node:path";
import { GIVING360_EXPORT_PATHS, GIVING360_FLAT_COLUMNS, GIVING360_PREFIX, GIVING360_STATUSES, sumMoney } from "@bk/domain";
import { createOrganisation } from "@bk/seed/factories";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../test/graphql";
import { startTestApi, type TestApi } from "../../test/harness";
import { GIVING360_PAGE_SIZE, giving360Pages } from "./giving360-source";

const SETTINGS = graphql(
  `query OpenDataSettings { openDataSettings { giving360Public giving360JsonPath giving360CsvPath version giving360Coverage { included leftOut } } }`,
);
const SET = graphql(`
  mutation OpenDataSet($public: Boolean!, $v: Int) {
    setOpenDataSettings(input: { giving360Public: $public }, expectedVersion: $v) { giving360Public version }
  }
`);

/** The two schemas as the README of giving360-schema/ says: `$schema` dropped, the grant schema under the URL the package names. */
function packageValidator() {
  const load = (file: string) => {
    const { $schema: _, ...schema } = JSON.parse(readFileSync(path.join(__dirname, "giving360-schema", file), "utf8"));
    return schema;
  };
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(
    load("360-giving-schema.json"),
    "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json",
  );
  return ajv.compile(load("360-giving-package-schema.json"));
}

type Grant = {
  id: string;
  dataSource: string;
  amountAwarded: number;
  amountDisbursed: number;
  recipientOrganization: { id: string }[];
  fundingOrganization: { id: string }[];
};

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/** The grants the export must hold, counted by Prisma apart from the export's own SQL. */
const inExport = { status: { in: [...GIVING360_STATUSES] }, decisionDate: { not: null }, amountGranted: { not: null } };

describe("the 360Giving export", () => {
  it("is a valid 360Giving 1.4 package of the grants decided in favour, undecided ones left out", async () => {
    const res = await api.get(GIVING360_EXPORT_PATHS.json, { roles: ["ANALYST"] });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="bidragskollen-360giving.json"');
    const body = (await res.json()) as { version: string; modified: string; grants: Grant[] };
    expect(body.version).toBe("1.4");
    expect(new Date(body.modified).toUTCString()).toBe(res.headers.get("last-modified"));
    const validate = packageValidator();
    expect(validate(body), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);

    const expected = await api.db.prisma.grant.findMany({ where: inExport, select: { id: true } });
    expect(expected.length).toBeGreaterThan(0);
    expect(body.grants[0].dataSource).toBe(api.url.replace(/\/graphql$/, GIVING360_EXPORT_PATHS.json));
    expect(body.grants.map((g) => g.id).sort()).toEqual(expected.map((g) => `${GIVING360_PREFIX}${g.id}`).sort());
    // The settings say as much, and how many grants in favour wait for a decision date or an amount.
    const coverage = (await api.as({ roles: ["ANALYST"] }).gql(SETTINGS)).data?.openDataSettings.giving360Coverage;
    expect(coverage?.included).toBe(expected.length);
    expect(coverage?.leftOut).toBe(
      await api.db.prisma.grant.count({
        where: { status: { in: [...GIVING360_STATUSES] }, OR: [{ decisionDate: null }, { amountGranted: null }] },
      }),
    );
    const left = await api.db.prisma.grant.findMany({
      where: { status: { in: ["DRAFT", "SUBMITTED", "REJECTED", "WITHDRAWN"] } },
      select: { id: true },
    });
    const ids = new Set(body.grants.map((g) => g.id));
    for (const g of left) expect(ids.has(`${GIVING360_PREFIX}${g.id}`)).toBe(false);
  });

  it("names organisations with an organisationsnummer SE-ON-<10 digits>, others by the own prefix", async () => {
    const body = (await (await api.get(GIVING360_EXPORT_PATHS.json)).json()) as { grants: Grant[] };
    const orgIds = body.grants.flatMap((g) => [...g.recipientOrganization, ...g.fundingOrganization].map((o) => o.id));
    for (const id of orgIds) expect(id).toMatch(new RegExp(`^(SE-ON-\\d{10}|${GIVING360_PREFIX}org-[0-9a-f-]{36})$`));
    const numbered = await api.db.prisma.organisation.findMany({
      where: { organisationNumber: { not: null } },
      select: { organisationNumber: true },
    });
    const seOn = numbered.map((o) => `SE-ON-${o.organisationNumber?.replace("-", "")}`);
    // Each organisation of the export with a number is named by it.
    const withNumber = orgIds.filter((id) => id.startsWith("SE-ON-"));
    for (const id of withNumber) expect(seOn).toContain(id);
  });

  it("gives amounts in kronor, öre exact, with the paid disbursements summed in SQL", async () => {
    const grant = await api.db.prisma.grant.findFirstOrThrow({ where: inExport, orderBy: { id: "asc" } });
    await api.db.prisma.disbursement.createMany({
      data: [
        { grantId: grant.id, amount: "1000.50", status: "PAID", paidDate: new Date("2009-01-01") },
        { grantId: grant.id, amount: "99.25", status: "PAID", paidDate: new Date("2009-02-01") },
        { grantId: grant.id, amount: "5000", status: "PLANNED" },
      ],
    });
    const paid = await api.db.prisma.disbursement.findMany({ where: { grantId: grant.id, status: "PAID" }, select: { amount: true } });
    const body = (await (await api.get(GIVING360_EXPORT_PATHS.json)).json()) as { grants: Grant[] };
    const g = body.grants.find((x) => x.id === `${GIVING360_PREFIX}${grant.id}`);
    expect(String(g?.amountDisbursed)).toBe(sumMoney(paid.map((p) => p.amount.toString())));
    expect(String(g?.amountAwarded)).toBe(sumMoney([grant.amountGranted?.toString()]));
  });

  it("reads the grants in keyset pages that together hold each grant once", async () => {
    const all = [];
    for await (const page of giving360Pages(api.db.prisma, 3)) {
      expect(page.length).toBeLessThanOrEqual(3);
      all.push(...page.map((g) => g.id));
    }
    const expected = await api.db.prisma.grant.count({ where: inExport });
    expect(all.length).toBe(expected);
    expect(new Set(all).size).toBe(expected);
  });

  it("reads the whole export in a fixed number of statements (no N+1)", async () => {
    api.statements.length = 0;
    await (await api.get(GIVING360_EXPORT_PATHS.json)).text();
    // The setting, the stamp (count and newest change) and one page.
    expect(api.dataStatements().length).toBe(3);
  });

  it("writes the same grants as 360Giving's flat CSV: UTF-8 without BOM, comma-separated", async () => {
    const res = await api.get(GIVING360_EXPORT_PATHS.csv, { roles: ["PROJECT_LEAD"], projectIds: [] });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trimEnd().split("\r\n");
    expect(lines[0]).toBe(GIVING360_FLAT_COLUMNS.join(","));
    expect(lines[0]).toContain("Identifier,Title,Description,Currency");
    expect(lines[0]).toContain("Recipient Org:Identifier");
    expect(lines.length - 1).toBe(await api.db.prisma.grant.count({ where: inExport }));
    expect(lines.slice(1).every((l) => l.startsWith(GIVING360_PREFIX))).toBe(true);
  });

  it("answers 304 to a client that has the current version, and a new ETag after a change", async () => {
    const first = await api.get(GIVING360_EXPORT_PATHS.json);
    const etag = first.headers.get("etag") as string;
    expect(first.headers.get("last-modified")).toBeTruthy();
    // fetch adds "Cache-Control: no-cache" to a conditional request unless told otherwise (as a browser revalidating sends max-age=0).
    const headers = { ...(await api.headersFor({ roles: ["ADMIN"] })), "if-none-match": etag, "cache-control": "max-age=0" };
    const url = api.url.replace(/\/graphql$/, GIVING360_EXPORT_PATHS.json);
    expect((await fetch(url, { headers })).status).toBe(304);
    const grant = await api.db.prisma.grant.findFirstOrThrow({ where: inExport });
    await api.db.prisma.grant.update({ where: { id: grant.id }, data: { title: `${grant.title} (ändrad)` } });
    const again = await fetch(url, { headers });
    expect(again.status).toBe(200);
    expect(again.headers.get("etag")).not.toBe(etag);
  });
});

describe("who may download it", () => {
  it("refuses anonymous callers while the export is for logged-in users, and serves them when public", async () => {
    expect((await api.as("anonymous").gql(SETTINGS)).errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
    const before = await api.as({ roles: ["ANALYST"] }).gql(SETTINGS);
    expect(before.data?.openDataSettings).toMatchObject({ giving360Public: false, giving360JsonPath: GIVING360_EXPORT_PATHS.json });
    for (const p of [GIVING360_EXPORT_PATHS.json, GIVING360_EXPORT_PATHS.csv]) {
      const res = await api.get(p, "anonymous");
      expect(res.status).toBe(401);
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    }
    const set = await api.gql(SET, { public: true, v: before.data?.openDataSettings.version });
    expect(set.errors).toBeUndefined();
    expect(set.data?.setOpenDataSettings.giving360Public).toBe(true);
    const open = await api.get(GIVING360_EXPORT_PATHS.json, "anonymous");
    expect(open.status).toBe(200);
    expect(open.headers.get("cache-control")).toBe("public, no-cache");
    expect(((await open.json()) as { grants: unknown[] }).grants.length).toBe(await api.db.prisma.grant.count({ where: inExport }));
    expect((await api.get(GIVING360_EXPORT_PATHS.csv, "anonymous")).status).toBe(200);

    const back = await api.gql(SET, { public: false, v: set.data?.setOpenDataSettings.version });
    expect(back.data?.setOpenDataSettings.giving360Public).toBe(false);
    expect((await api.get(GIVING360_EXPORT_PATHS.json, "anonymous")).status).toBe(401);
  });

  it("lets only administrators change the setting, with the version read, and records the change", async () => {
    const { version } = (await api.gql(SETTINGS)).data?.openDataSettings ?? { version: 0 };
    for (const role of ["ANALYST", "CASE_OFFICER", "STATISTICIAN", "PROJECT_LEAD"] as const) {
      const res = await api.as({ roles: [role] }).gql(SET, { public: true, v: version });
      expect(res.errors?.[0].extensions.code).toBe("FORBIDDEN");
    }
    expect((await api.gql(SETTINGS)).data?.openDataSettings.giving360Public).toBe(false);
    const stale = await api.gql(SET, { public: true, v: version - 1 });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", field: "expectedVersion" });
    expect((await api.gql(SETTINGS)).data?.openDataSettings.giving360Public).toBe(false);

    const done = await api.gql(SET, { public: true, v: version });
    expect(done.data?.setOpenDataSettings).toEqual({ giving360Public: true, version: version + 1 });
    const entries = await api.db.prisma.auditEntry.findMany({ where: { entityType: "OpenDataSettings" }, orderBy: { createdAt: "desc" } });
    expect(entries[0]).toMatchObject({ field: "giving360Public", before: "false", after: "true", version: version + 1 });
    expect(entries[0].actorUserId).toBeTruthy();
  });
});

describe("many grants", () => {
  it("streams thousands of grants in pages of a thousand, a fixed number of statements a page, still a valid package", async () => {
    const funder = await createOrganisation(api.db.prisma, { kind: "COUNTY_BOARD", organisationNumber: "202100-2742" });
    const recipient = await createOrganisation(api.db.prisma, { kind: "NGO" });
    const base = { funderId: funder.id, applicantId: recipient.id, recipientId: recipient.id, decisionDate: new Date("2010-05-01") };
    await api.db.prisma.grant.createMany({
      data: Array.from({ length: 2500 }, (_, i) => ({
        ...base,
        title: `Massbidrag ${i}`,
        status: "GRANTED" as const,
        amountGranted: `${i + 1}.05`,
      })),
    });
    // Decided against, or not yet: never in the export however many there are.
    await api.db.prisma.grant.createMany({
      data: Array.from({ length: 300 }, (_, i) => ({
        ...base,
        title: `Avslag ${i}`,
        status: i % 2 ? ("REJECTED" as const) : ("SUBMITTED" as const),
      })),
    });
    const expected = await api.db.prisma.grant.count({ where: inExport });
    const pages = Math.ceil(expected / GIVING360_PAGE_SIZE);
    expect(pages).toBeGreaterThanOrEqual(3);

    // PGlite runs in this thread: the inserts held the event loop for seconds, past the server's keep-alive timeout.
    // A moment for the client to see the idle connection closed, or it may send on it (ECONNRESET).
    await new Promise((resolve) => setTimeout(resolve, 200));
    api.statements.length = 0;
    const anonymous = await api.get(GIVING360_EXPORT_PATHS.json, "anonymous");
    // Public since the test above: the same file for nobody logged in.
    expect(anonymous.status).toBe(200);
    expect(((await anonymous.json()) as { grants: Grant[] }).grants.length).toBe(expected);
    const body = (await (await api.get(GIVING360_EXPORT_PATHS.json)).json()) as { grants: Grant[] };
    // Per download: the setting, the stamp, and one statement a page (no statement a grant).
    expect(api.dataStatements().filter((s) => /"Grant"/.test(s)).length).toBe(2 * (1 + pages));
    expect(body.grants.length).toBe(expected);
    expect(new Set(body.grants.map((g) => g.id)).size).toBe(expected);
    const validate = packageValidator();
    expect(validate(body), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const mass = body.grants.filter((g) => g.fundingOrganization[0].id === "SE-ON-2021002742");
    expect(mass.length).toBe(2500);
    expect(mass.map((g) => g.amountAwarded).reduce((a, b) => a + b, 0)).toBeCloseTo((2500 * 2501) / 2 + 2500 * 0.05, 2);
  });
});
