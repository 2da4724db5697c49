import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_PER_CONNECTION, PreparingClient, statementName } from "./prepared-statements";

// On the PostgreSQL server of the API's tests (CI names it); the embedded database has no pg client.
const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)("prepared statements on the PostgreSQL server", () => {
  let pool: pg.Pool;
  let client: pg.PoolClient;
  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: url, max: 1, Client: PreparingClient });
    client = await pool.connect();
  });
  afterAll(async () => {
    client.release();
    await pool.end();
  });

  /** The statements this connection has prepared, as PostgreSQL lists them. */
  const preparedOnServer = async () =>
    (await client.query("SELECT name FROM pg_prepared_statements")).rows.map((r: { name: string }) => r.name);

  it("prepares a statement with parameters the second time it is asked, and answers it as before", async () => {
    const text = "SELECT $1::int + 1 AS n, 'prepared-statements test one' AS label";
    const first = await client.query({ text, values: [1], rowMode: "array" });
    expect(await preparedOnServer()).not.toContain(statementName(text));
    const second = await client.query({ text, values: [2], rowMode: "array" });
    const third = await client.query({ text, values: [41] });
    expect(await preparedOnServer()).toContain(statementName(text));
    expect([first.rows, second.rows, third.rows]).toEqual([
      [[2, "prepared-statements test one"]],
      [[3, "prepared-statements test one"]],
      [{ n: 42, label: "prepared-statements test one" }],
    ]);
  });

  it("names a statement asked with a callback as well", async () => {
    const text = "SELECT $1::int * 2 AS n -- callback form";
    const ask = (v: number) =>
      new Promise<number>((resolve, reject) => client.query({ text, values: [v] }, (e, r) => (e ? reject(e) : resolve(r.rows[0].n))));
    expect([await ask(1), await ask(2)]).toEqual([2, 4]);
    expect(await preparedOnServer()).toContain(statementName(text));
  });

  it("leaves statements without parameters, and scripts, to the simple protocol", async () => {
    const script = "SELECT 1; SELECT 'prepared-statements test two'";
    for (let i = 0; i < 3; i++) await client.query({ text: script });
    await client.query("SELECT 'prepared-statements test two'");
    expect((await preparedOnServer()).some((name) => name === statementName(script))).toBe(false);
  });

  it("plans a text search for its pattern each time (a generic plan cannot tell whether the index pays)", async () => {
    const text = "SELECT count(*)::int AS n FROM pg_class WHERE relname LIKE $1";
    for (const pattern of ["pg_%", "%class%", "pg_class"])
      expect((await client.query({ text, values: [pattern] })).rows[0].n).toBeGreaterThan(0);
    expect(await preparedOnServer()).not.toContain(statementName(text));
  });

  it("a statement that fails to parse is not remembered as prepared, and its next asking reports the same error", async () => {
    const text = "SELEKT $1::int -- prepared-statements test three";
    for (let i = 0; i < 3; i++) await expect(client.query({ text, values: [i] })).rejects.toThrow(/syntax error/);
    expect(await preparedOnServer()).not.toContain(statementName(text));
    expect((await client.query({ text: "SELECT $1::int AS n", values: [7] })).rows).toEqual([{ n: 7 }]);
  });

  it(`prepares at most ${MAX_PER_CONNECTION} statements per connection; beyond that they run unnamed`, async () => {
    const texts = Array.from({ length: MAX_PER_CONNECTION + 20 }, (_, i) => `SELECT $1::int + ${i} AS n -- cap`);
    for (const text of texts)
      for (const value of [1, 2]) expect((await client.query({ text, values: [value] })).rows[0].n).toBe(value + texts.indexOf(text));
    const after = await preparedOnServer();
    // The cap counts names given: the statement that failed to parse above took one.
    expect(after.length).toBe(MAX_PER_CONNECTION - 1);
    expect(after).not.toContain(statementName(texts[texts.length - 1]));
  });
});
