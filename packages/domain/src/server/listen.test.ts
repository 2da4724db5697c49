import net from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listenOnServer } from "./listen";

// The listening connection on a PostgreSQL server (TEST_DATABASE_URL; CI sets it): notifications
// arrive, and a connection that falls silent without closing is noticed by its heartbeat, reported
// (false) and replaced (true) once the server answers again.

const serverUrl = process.env.TEST_DATABASE_URL;

/** A TCP relay to the server that can stop passing bytes either way without closing anything (a dead NAT, a frozen peer). */
async function relay(to: URL) {
  let frozen = false;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((inbound) => {
    const outbound = net.connect(Number(to.port || 5432), to.hostname);
    for (const [from, into] of [
      [inbound, outbound],
      [outbound, inbound],
    ] as const) {
      sockets.add(from);
      from.on("data", (bytes) => void (frozen || into.write(bytes)));
      from.on("error", () => {});
      from.on("close", () => into.destroy());
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = new URL(to);
  url.host = `127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  return {
    url: url.toString(),
    freeze() {
      frozen = true;
    },
    thaw() {
      frozen = false;
    },
    close: () => {
      for (const s of sockets) s.destroy();
      server.close();
    },
  };
}

describe.skipIf(!serverUrl)("listenOnServer", () => {
  const channel = "bk_listen_test";
  let proxy: Awaited<ReturnType<typeof relay>>;
  let notifier: pg.Client;
  beforeAll(async () => {
    proxy = await relay(new URL(serverUrl as string));
    notifier = new pg.Client({ connectionString: serverUrl });
    await notifier.connect();
  });
  afterAll(async () => {
    await notifier.end();
    proxy.close();
  });

  it("hears notifications, and reports a silent connection lost and the next one listening", async () => {
    const heard: boolean[] = [];
    const logged: string[] = [];
    const listen = listenOnServer(proxy.url, (line) => logged.push(line), { everyMs: 150, withinMs: 300 });
    const stop = await listen(channel, (listening) => heard.push(listening));
    expect(heard).toEqual([true]);

    await notifier.query(`NOTIFY ${channel}`);
    await expect.poll(() => heard.length).toBe(2);
    expect(heard).toEqual([true, true]);

    proxy.freeze();
    await expect.poll(() => heard.at(-1), { timeout: 5000 }).toBe(false);
    expect(logged.some((line) => line.includes("no answer to the heartbeat"))).toBe(true);
    await notifier.query(`NOTIFY ${channel}`);

    proxy.thaw();
    await expect.poll(() => heard.at(-1), { timeout: 10_000 }).toBe(true);
    const count = heard.length;
    await notifier.query(`NOTIFY ${channel}`);
    await expect.poll(() => heard.length).toBe(count + 1);

    await stop();
    await notifier.query(`NOTIFY ${channel}`);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(heard.length).toBe(count + 1);
  });
});
