// Browser-safe entry: no database code here.
export * from "./dates/dates";
export * from "./generated/prisma/enums";
export * from "./grants/attention";
export * from "./grants/decision";
export * from "./grants/disbursement";
export * from "./grants/grant-filter";
export * from "./grants/grant-inputs";
export * from "./grants/lifecycle";
export * from "./grants/timeline";
export * from "./labels/labels";
export * from "./money/money";
export * from "./rules/rule-violation";
export * from "./search/fold";
