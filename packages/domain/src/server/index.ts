export { seedSourceDocuments } from "../../../../prisma/seed/seed";
export * from "../generated/prisma/client";
export { type Database, type DatabaseOptions, MIGRATIONS_DIR, openDatabase } from "./database";
export { migrate, readMigrations } from "./migrate";
