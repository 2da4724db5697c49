/**
 * Text for Prisma's `contains`, which becomes SQL LIKE without escaping: "%" and "_" must match
 * themselves, not any text (a search for "%" would otherwise list everything).
 */
export const likeLiteral = (text: string) => text.replace(/[\\%_]/g, "\\$&");
