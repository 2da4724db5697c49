export * from "../generated/prisma/client";
export { grantWithoutYearSql, grantYearSharesSql } from "../grants/year-attribution-sql";
export { hidingGroupsSql, PROTECTION_GROUP_KEYS, protectionGroupKeysSql } from "../statistics/protection-groups-sql";
export { DataDirError } from "./data-dir-error";
export { lockFileOf } from "./data-dir-lock";
export { dataDirFromEnv } from "./data-dir-path";
export { type Database, type DatabaseOptions, databaseKind, MIGRATIONS_DIR, openDatabase } from "./database";
export { backupDataDir, restoreDataDir } from "./embedded-backup";
export { migrate, readMigrations } from "./migrate";
