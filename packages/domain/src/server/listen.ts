import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";

/**
 * Calls `onNotify` for every NOTIFY on `channel`, once the notifying transaction has committed,
 * whichever process on the database sent it; resolves, once listening, to a function that stops.
 * Also called whenever notifications may have been missed (the listening connection was lost and is
 * opened again), so a listener that forgets on a notification forgets then too.
 */
export type Listen = (channel: string, onNotify: () => void) => Promise<() => Promise<void>>;

/** On a PostgreSQL server: a connection of its own (LISTEN holds it), opened again a second after it is lost. */
export function listenOnServer(url: string, log: (line: string) => void): Listen {
  return async (channel, onNotify) => {
    let current: pg.Client | null = null;
    let stopped = false;
    let timer: NodeJS.Timeout | undefined;
    const again = () => {
      if (!stopped) timer = setTimeout(() => void open().catch(failed), 1000);
    };
    const failed = (error: Error) => {
      log(`listening for ${channel}: ${error.message}`);
      again();
    };
    async function open() {
      const client = new pg.Client({ connectionString: url });
      client.on("notification", (message) => {
        if (message.channel === channel) onNotify();
      });
      client.on("error", (error) => log(`listening for ${channel}: ${error.message}`));
      client.on("end", () => {
        if (current !== client) return;
        current = null;
        onNotify();
        again();
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
      // What changed while nobody listened (nothing, the first time).
      onNotify();
    }
    await open();
    return async () => {
      stopped = true;
      clearTimeout(timer);
      const client = current;
      current = null;
      await client?.end();
    };
  };
}

/** On the embedded database: PGlite's own listen (one process holds it). */
export function listenEmbedded(db: PGlite): Listen {
  return async (channel, onNotify) => {
    const stop = await db.listen(channel, () => onNotify());
    return () => stop();
  };
}
