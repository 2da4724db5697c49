import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";

/** The little raw SQL the migration runner needs, over PGlite or a pg client alike. */
export type SqlConnection = {
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  /** Runs one statement with parameters and returns its rows. */
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
};

export function pgliteConnection(db: PGlite): SqlConnection {
  return {
    async exec(sql) {
      await db.exec(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return (await db.query<T>(sql, params)).rows;
    },
  };
}

export function pgConnection(client: pg.ClientBase): SqlConnection {
  return {
    async exec(sql) {
      await client.query(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as T[];
    },
  };
}
