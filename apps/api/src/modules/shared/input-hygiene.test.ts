import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ContributionInput, GrantApplicationInput, OrganisationInput, PartnerRoleInput } from "../../test/generated/graphql";
import { graphql, illTyped, narrowNode } from "../../test/graphql";
import { startTestApi, type TestApi } from "../../test/harness";

/** Items 5 and 8 of the hardening issue: garbage the probe could store, and formulas in exports. */
describe("clean input", () => {
  let api: TestApi;
  let ids: { lst: string; saf: string; rvc: string; roks: string; agreement: string };
  beforeAll(async () => {
    api = await startTestApi();
    const res = await api.gql(
      graphql(
        `query HygieneIds { organisations(first: 100) { edges { node { id name } } } projects(where: { text: "relationsvåld" }) { edges { node { id } } } agreements(first: 1) { edges { node { id } } } }`,
      ),
    );
    const org = (name: string) => res.data?.organisations.edges.find((e) => e.node.name === name)?.node.id as string;
    ids = {
      lst: org("Länsstyrelsen i Stockholms län"),
      saf: org("Socialtjänst- och arbetsmarknadsförvaltningen"),
      roks: org("Riksorganisationen för kvinnojourer och tjejjourer i Sverige"),
      rvc: res.data?.projects.edges[0].node.id as string,
      agreement: res.data?.agreements.edges[0].node.id as string,
    };
    expect(Object.values(ids).every(Boolean)).toBe(true);
  });
  afterAll(() => api.close());

  const total = async (list: string) =>
    (await api.gql<Record<string, { totalCount: number }>>(`{ ${list} { totalCount } }`)).data?.[list].totalCount;

  /**
   * Sends a mutation that must be refused naming `field`, and checks that nothing was stored. The
   * variables are garbage on purpose, not always of the schema's types: they are sent unchecked.
   */
  async function refused<R, V>(list: string, mutation: TypedDocumentNode<R, V>, variables: Record<string, unknown>, field: string) {
    const before = await total(list);
    const res = await api.gql(mutation, illTyped(variables));
    expect(res.errors?.[0].extensions, JSON.stringify(variables).slice(0, 200)).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(await total(list)).toBe(before);
  }

  const CREATE_GRANT = graphql(`mutation HygieneCreateGrant($input: GrantApplicationInput!) { createGrant(input: $input) { id title } }`);
  const grant = (over: Partial<GrantApplicationInput>) => ({
    input: { title: "Stödgrupper 2011", funderId: ids.lst, applicantId: ids.saf, recipientId: ids.saf, amountApplied: "100000", ...over },
  });
  const ADD_CONTRIBUTION = graphql(
    `mutation HygieneAddContribution($id: ID!, $input: ContributionInput!) { addContribution(projectId: $id, input: $input) { id } }`,
  );
  const ADD_ROLE = graphql(`mutation HygieneAddRole($input: PartnerRoleInput!) { addPartnerRole(input: $input) { id } }`);

  it("refuses a title of control characters only, or of spaces", async () => {
    await refused("grants", CREATE_GRANT, grant({ title: "\u0001\u0002\u0003" }), "input.title");
    await refused("grants", CREATE_GRANT, grant({ title: "   " }), "input.title");
    await refused("grants", CREATE_GRANT, grant({ title: "Rad ett\nrad två" }), "input.title");
  });

  it("takes amounts in whole kronor only", async () => {
    await refused("grants", CREATE_GRANT, grant({ amountApplied: "12.5" }), "input.amountApplied");
    await refused(
      "contributions",
      ADD_CONTRIBUTION,
      { id: ids.rvc, input: { organisationId: ids.saf, year: 2011, kind: "CASH", amount: "150000.50", status: "PLEDGED" } },
      "input.amount",
    );
  });

  const CREATE_ORG = graphql(
    `mutation HygieneCreateOrganisation($input: OrganisationInput!) { createOrganisation(input: $input) { id website } }`,
  );

  it("takes only http(s) web addresses and no organisationsnummer of zeros", async () => {
    await refused(
      "organisations",
      CREATE_ORG,
      { input: { name: "Testjouren", kind: "NGO", website: "javascript:alert(1)" } },
      "input.website",
    );
    await refused(
      "organisations",
      CREATE_ORG,
      { input: { name: "Testjouren", kind: "NGO", organisationNumber: "000000-0000" } },
      "input.organisationNumber",
    );
    const ok = await api.gql(CREATE_ORG, {
      input: { name: "Testjouren", kind: "NGO", website: "www.testjouren.se" },
    });
    expect(ok.data?.createOrganisation.website).toBe("https://www.testjouren.se");
  });

  it("refuses invisible names, hidden direction overrides, odd phone numbers and web addresses", async () => {
    await refused("organisations", CREATE_ORG, { input: { name: "\u200b\u200b", kind: "NGO" } }, "input.name");
    await refused("organisations", CREATE_ORG, { input: { name: "\u2800\u2800", kind: "NGO" } }, "input.name");
    await refused("organisations", CREATE_ORG, { input: { name: "Haninge \u202eknab\u202c", kind: "NGO" } }, "input.name");
    await refused("organisations", CREATE_ORG, { input: { name: "Haninge\u200bkommun", kind: "NGO" } }, "input.name");
    await refused("organisations", CREATE_ORG, { input: { name: "Telefonjouren", kind: "NGO", phone: "=1+1" } }, "input.phone");
    await refused("organisations", CREATE_ORG, { input: { name: "Telefonjouren", kind: "NGO", phone: "+46 00 00" } }, "input.phone");
    await refused("organisations", CREATE_ORG, { input: { name: "Webbjouren", kind: "NGO", website: "//evil.example" } }, "input.website");
    await refused(
      "organisations",
      CREATE_ORG,
      { input: { name: "Webbjouren", kind: "NGO", website: "https://u:p@evil.example" } },
      "input.website",
    );
  });

  it("refuses the same organisation, co-financing or partner role entered twice", async () => {
    const org: OrganisationInput = { name: "Tvillingjouren", kind: "NGO", municipality: "Solna" };
    expect((await api.gql(CREATE_ORG, { input: org })).errors).toBeUndefined();
    const dupOrg = await api.gql(CREATE_ORG, { input: { ...org, name: "TVILLINGJOUREN" } });
    expect(dupOrg.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", field: "input.name" });
    expect((await api.gql(CREATE_ORG, { input: { ...org, municipality: "Sundbyberg" } })).errors).toBeUndefined();

    const input: ContributionInput = { organisationId: ids.saf, year: 2014, kind: "CASH", amount: "150000", status: "PLEDGED" };
    expect((await api.gql(ADD_CONTRIBUTION, { id: ids.rvc, input })).errors).toBeUndefined();
    const before = await total("contributions");
    const dup = await api.gql(ADD_CONTRIBUTION, { id: ids.rvc, input: { ...input, status: "COMMITTED" } });
    expect(dup.errors?.[0].extensions.code).toBe("CONFLICT");
    expect(await total("contributions")).toBe(before);

    const ROLE = ADD_ROLE;
    const role: PartnerRoleInput = { projectId: ids.rvc, organisationId: ids.roks, role: "STEERING_GROUP", fromYear: 2020, toYear: 2022 };
    expect((await api.gql(ROLE, { input: role })).errors).toBeUndefined();
    const overlap = await api.gql(ROLE, { input: { ...role, fromYear: 2021, toYear: 2021 } });
    expect(overlap.errors?.[0]).toMatchObject({ message: expect.stringContaining("2020–2022"), extensions: { code: "CONFLICT" } });
    expect((await api.gql(ROLE, { input: { ...role, fromYear: 2022, toYear: null } })).errors?.[0].extensions.code).toBe("CONFLICT");
    expect((await api.gql(ROLE, { input: { ...role, fromYear: 2023, toYear: null } })).errors).toBeUndefined();
  });

  it("answers a value for a project that does not exist, or one too large to store, as bad input", async () => {
    const ind = await api.gql(
      graphql(
        `mutation HygieneAddIndicator { addIndicator(input: { name: "Samtal till jouren", unit: "samtal", countsPeople: false }) { id } }`,
      ),
    );
    const ADD = graphql(`mutation HygieneAddObservation($input: ObservationInput!) { addObservation(input: $input) { id } }`);
    const base = { indicatorId: ind.data?.addIndicator.id, periodStart: "2030-01-01", periodEnd: "2030-12-31", value: 5 };
    const ghost = Buffer.from("Organisation:00000000-0000-0000-0000-000000000000").toString("base64");
    await refused("observations", ADD, { input: { ...base, organisationId: ghost } }, "input.organisationId");
    await refused("observations", ADD, { input: { ...base, value: 1e12 } }, "input.value");
  });

  it("refuses a 100 kB evaluation summary, naming the limit", async () => {
    const ADD = graphql(`mutation HygieneAddEvaluation($input: EvaluationInput!) { addEvaluation(input: $input) { id } }`);
    const input = {
      kind: "EVALUATION_REPORT" as const,
      title: "Utvärdering 2011",
      agreementId: ids.agreement,
      summary: "a".repeat(100_000),
    };
    await refused("evaluations", ADD, { input }, "input.summary");
    const res = await api.gql(ADD, { input: { ...input, summary: "kort" } });
    expect(res.errors).toBeUndefined();
  });

  it("records the logged-in user in the audit trail, and takes no user name that would show something else", async () => {
    const anna = await api.headersFor({ roles: ["CASE_OFFICER"], name: "Anna Handläggare" });
    const created = await api.gql(CREATE_GRANT, grant({}), {
      ...anna,
      "x-bidragskollen-user": encodeURIComponent("Länsstyrelsen – handläggare Anna"),
    });
    const audit = await api.gql(
      narrowNode(graphql(`query HygieneGrantTrail($id: ID!) { node(id: $id) { ... on Grant { auditEntries { actor } } } }`)),
      { id: created.data?.createGrant.id as string },
    );
    expect(audit.data?.node.auditEntries[0].actor).toBe("Anna Handläggare");
    await refused(
      "users",
      graphql(`mutation HygieneInvite($input: UserInput!) { inviteUser(input: $input) { user { id } } }`),
      { input: { email: "anna@example.se", name: "Anna\u202e Admin", roles: ["ANALYST"] } },
      "input.name",
    );
  });

  it("adds the same partner role once, even when asked many times at once", async () => {
    const ADD = ADD_ROLE;
    const input: PartnerRoleInput = { projectId: ids.rvc, organisationId: ids.roks, role: "REFERENCE_GROUP", fromYear: 2011, toYear: 2012 };
    const before = await total("partnerRoles");
    const results = await Promise.all(Array.from({ length: 12 }, () => api.gql(ADD, { input })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).every((r) => r.errors?.[0].extensions.code === "CONFLICT")).toBe(true);
    expect(await total("partnerRoles")).toBe((before ?? 0) + 1);
    // Open-ended roles are the same role too (the database treats their empty years as equal).
    const open = { ...input, fromYear: 2013, toYear: null };
    expect((await api.gql(ADD, { input: open })).errors).toBeUndefined();
    expect((await api.gql(ADD, { input: open })).errors?.[0].extensions.code).toBe("CONFLICT");
  });

  it("exports a cell that looks like a formula as text, in CSV and XLSX, wherever a spreadsheet could split it", async () => {
    const formula = '=HYPERLINK("http://evil.example","klicka")';
    const ADD = ADD_CONTRIBUTION;
    for (const [year, description] of [
      [2011, formula],
      [2012, "ok,=cmd|' /C calc'!A0"],
      [2013, "ok\t=1+4"],
    ] as const) {
      const added = await api.gql(ADD, {
        id: ids.rvc,
        input: { organisationId: ids.saf, year, kind: "IN_KIND", status: "PLEDGED", description },
      });
      expect(added.errors).toBeUndefined();
    }
    const csv = await (await api.get(`/exports/projects/${encodeURIComponent(ids.rvc)}/financing.csv`)).text();
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""klicka"")"`);
    expect(csv).toContain(`"ok,=cmd|' /C calc'!A0"`);
    expect(csv).toContain(`"ok\t=1+4"`);
    // No cell, however the file is split (on ; , or tab), starts like a formula.
    for (const line of csv.split("\r\n")) {
      const cells = line.match(/("([^"]|"")*"|[^;]*)/g) ?? [];
      for (const c of cells.filter((x) => !x.startsWith('"'))) expect(c, line).not.toMatch(/^[=+@]|[,\t][=+@-]/);
    }
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await (await api.get(`/exports/projects/${encodeURIComponent(ids.rvc)}/financing.xlsx`)).arrayBuffer());
    const sheet = book.worksheets[0];
    const cells: unknown[] = [];
    sheet.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
    // In XLSX the text stays exactly as entered, as a text cell (never a formula), in a column formatted as text.
    expect(cells).toContain(formula);
    expect(cells.some((v) => typeof v === "object" && v !== null && "formula" in v)).toBe(false);
    expect(sheet.getColumn(8).numFmt).toBe("@");
  });
});
