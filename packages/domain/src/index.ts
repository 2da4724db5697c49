// Browser-safe entry: no database code here.

export * from "./dates/dates";
export * from "./generated/prisma/enums";
export * from "./grants/grant-filter";
export * from "./labels/labels";
export * from "./money/money";
