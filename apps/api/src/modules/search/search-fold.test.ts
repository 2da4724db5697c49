import { createGrant, createOrganisation } from "@bk/seed/factories";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../test/graphql";
import { startTestApi, type TestApi } from "../../test/harness";

// The stored text is folded by the database (bk_fold) and the query by foldForSearch: the same
// rule, so letters the old SQL list lacked (Č, Đ, ß) are found however they are typed.
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: false });
  const recipient = await createOrganisation(api.db.prisma, { name: "Đakovo kvinnojour", kind: "NGO", municipality: "Đakovo" });
  await createGrant(api.db.prisma, { title: "Čačak", recipientId: recipient.id });
  await createGrant(api.db.prisma, { title: "Stödsamtal\u00a0i  Hässelby–Vällingby" });
});
afterAll(() => api.close());

const SEARCH = graphql(`
  query SearchFold($text: String!) {
    search(text: $text) {
      grants { title }
      organisations { name }
    }
  }
`);

async function search(text: string) {
  const res = await api.gql(SEARCH, { text });
  expect(res.errors).toBeUndefined();
  return res.data!.search;
}

describe("search folds the stored text and the query alike", () => {
  it.each(["cacak", "ČAČAK", "Čačak", "CACAK", "  čač"])("finds the grant titled Čačak by %j", async (text) => {
    expect((await search(text)).grants.map((g) => g.title)).toEqual(["Čačak"]);
  });

  it("finds the organisation and its grant by Đ typed as d", async () => {
    const found = await search("DAKOVO");
    expect(found.organisations.map((o) => o.name)).toEqual(["Đakovo kvinnojour"]);
    expect(found.grants.map((g) => g.title)).toEqual(["Čačak"]);
  });

  it("matches across a no-break space, a double space and an en dash", async () => {
    expect((await search("stodsamtal i hasselby-vallingby")).grants).toHaveLength(1);
  });

  it("does not find what is not there", async () => {
    expect((await search("cacao")).grants).toEqual([]);
  });
});
