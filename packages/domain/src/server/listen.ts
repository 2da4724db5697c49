import { randomUUID } from "node:crypto";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";

/**
 * Calls `onNotify(true)` for every NOTIFY on `channel`, once the notifying transaction has
 * committed, whichever process on the database sent it; resolves, once listening, to a function
 * that stops. Calls `onNotify(false)` when notifications may be missed from now on (the listening
 * connection was lost, or stopped answering), and `onNotify(true)` again once it listens again: a
 * listener that trusts what it kept only while notifications arrive forgets on either.
 */
export type Listen = (channel: string, onNotify: (listening: boolean) => void) => Promise<() => Promise<void>>;

/** How often the listening connection proves it still hears its channel, and how long an answer may take. */
export const HEARTBEAT = { everyMs: 10_000, withinMs: 5_000 };

/**
 * On a PostgreSQL server: a connection of its own (LISTEN holds it; it must reach the server
 * itself or a pooler in session mode). Every HEARTBEAT.everyMs it notifies its own channel and must
 * hear that within HEARTBEAT.withinMs (a connection that died without closing, or a pooler that
 * drops notifications, fails that); a connection lost or silent is replaced a second later.
 */
export function listenOnServer(url: string, log: (line: string) => void, heartbeat = HEARTBEAT): Listen {
  return async (channel, onNotify) => {
    const tell = (listening: boolean) => {
      try {
        onNotify(listening);
      } catch (error) {
        log(`listening for ${channel}: ${(error as Error).message}`);
      }
    };
    let current: pg.Client | null = null;
    let stopped = false;
    let retry: NodeJS.Timeout | undefined;
    const again = () => {
      clearTimeout(retry);
      if (!stopped) retry = setTimeout(() => void open().catch(failed), 1000);
    };
    const failed = (error: Error) => {
      log(`listening for ${channel}: ${error.message}`);
      again();
    };
    /** The connection is no longer to be trusted: stop using it and open another. */
    const lose = (client: pg.Client, why?: string) => {
      if (current !== client) return;
      current = null;
      if (why) log(`listening for ${channel}: ${why}`);
      tell(false);
      // end() waits for the server; a silent connection never answers, so its socket goes at once.
      (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
      void client.end().catch(() => {});
      again();
    };

    async function open() {
      const client = new pg.Client({ connectionString: url, keepAlive: true, connectionTimeoutMillis: heartbeat.withinMs });
      const ping = `heartbeat:${randomUUID()}`;
      let pulse: NodeJS.Timeout | undefined;
      let deadline: NodeJS.Timeout | undefined;
      client.on("notification", (message) => {
        if (message.channel !== channel) return;
        if (message.payload === ping) {
          clearTimeout(deadline);
          deadline = undefined;
        } else if (!message.payload?.startsWith("heartbeat:")) tell(true);
      });
      client.on("error", (error) => lose(client, error.message));
      client.on("end", () => {
        clearInterval(pulse);
        clearTimeout(deadline);
        lose(client);
      });
      await client.connect();
      try {
        await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
      } catch (error) {
        await client.end().catch(() => {});
        throw error;
      }
      if (stopped) return void (await client.end());
      current = client;
      pulse = setInterval(() => {
        if (current !== client) return clearInterval(pulse);
        // The last heartbeat still unanswered: its deadline stands.
        if (deadline) return;
        deadline = setTimeout(() => lose(client, "no answer to the heartbeat"), heartbeat.withinMs);
        client.query("SELECT pg_notify($1, $2)", [channel, ping]).catch((error: Error) => lose(client, error.message));
      }, heartbeat.everyMs);
      pulse.unref();
      // Listening (again): what changed while nobody listened is forgotten too.
      tell(true);
    }

    await open();
    return async () => {
      stopped = true;
      clearTimeout(retry);
      const client = current;
      current = null;
      await client?.end();
    };
  };
}

/** On the embedded database: PGlite's own listen (one process holds the database, and the notifications are its own). */
export function listenEmbedded(db: PGlite): Listen {
  return async (channel, onNotify) => {
    const stop = await db.listen(channel, () => onNotify(true));
    // A closed database listens to nobody any more (and would refuse the UNLISTEN).
    return async () => {
      if (!db.closed) await stop();
    };
  };
}
