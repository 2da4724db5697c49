export * from "../generated/prisma/client";
export { openDatabase, MIGRATIONS_DIR, type Database, type DatabaseOptions } from "./database";
export { migrate, readMigrations } from "./migrate";
export { seedSourceDocuments } from "../../../../prisma/seed/seed";
