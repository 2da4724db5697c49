import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/**
 * The PostgreSQL extensions the migrations create (CREATE EXTENSION), which PGlite must be given
 * whenever it opens a database: pg_trgm for the trigram indexes of text search. Every PGlite that
 * runs the migrations or opens a migrated database (a data folder, a backup, a test template) uses these.
 */
export const PGLITE_EXTENSIONS = { pg_trgm };
