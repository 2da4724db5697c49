/**
 * The run's template databases, made once by global-setup.ts: one migrated, one migrated and
 * seeded. Each test file's startTestApi() starts from a copy instead of migrating and seeding.
 */
export type TestTemplates = {
  /** Where they live: copies are only made for a test run on the same kind of database. */
  on: "pglite" | "postgresql";
  /** PGlite: a file with the database (its dumpDataDir()); PostgreSQL: a database name. */
  migrated: string;
  seeded: string;
};

declare module "vitest" {
  export interface ProvidedContext {
    testTemplates: TestTemplates;
  }
}

/** The templates of this run, or none outside vitest (benchmarks) or without global-setup.ts. */
export async function runTemplates(on: TestTemplates["on"]): Promise<TestTemplates | undefined> {
  if (!process.env.VITEST) return undefined;
  const { inject } = await import("vitest");
  const templates = inject("testTemplates");
  return templates?.on === on ? templates : undefined;
}
