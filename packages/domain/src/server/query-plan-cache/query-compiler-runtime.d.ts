// Prisma 6's WebAssembly query compiler for PostgreSQL, as the generated client loads it (no types shipped).
declare module "@prisma/client/runtime/query_compiler_bg.postgresql.mjs" {
  export class QueryCompiler {
    /** A JSON-protocol query in, its query plan out. */
    compile(request: string): unknown;
    /** A batch (`{ batch, transaction }`) in, its plans out. */
    compileBatch(request: string): unknown;
  }
}
