// Browser-safe entry: no database code here.
export * from "./generated/prisma/enums";
export * from "./money/money";
export * from "./dates/dates";
export * from "./labels/labels";
export * from "./grants/grant-filter";
