import { formatIsoDate, type IsoDate, parseIsoDay, parseMoney } from "@bk/domain";
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const inputError = (message: string) => new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });

/** Belopp i kronor as an exact decimal string ("2200000", "916210.50"). Never a float. */
export const MoneyScalar = new GraphQLScalarType<string, string>({
  name: "Money",
  description:
    'Belopp: an exact amount in Swedish kronor as a decimal string, e.g. "2200000" (360Giving: amountAwarded; IATI: value). Input accepts a decimal string or a whole-krona integer.',
  serialize: (value) => parseMoney(String(value)) ?? String(value),
  parseValue: (value) => {
    const parsed = typeof value === "number" || typeof value === "string" ? parseMoney(String(value)) : null;
    if (parsed === null) throw inputError(`Ogiltigt belopp: ${JSON.stringify(value)}`);
    return parsed;
  },
  parseLiteral: (ast) => {
    const parsed = ast.kind === Kind.STRING || ast.kind === Kind.INT ? parseMoney(ast.value) : null;
    if (parsed === null) throw inputError("Ogiltigt belopp");
    return parsed;
  },
});

/**
 * Datum: a calendar date, ISO 8601 "2009-03-01". Input is parsed once, here, to the domain's day
 * (`IsoDate`, a valid normalised ISO string) and passed on as is; output takes a stored Date or a day.
 */
export const DateScalar = new GraphQLScalarType<IsoDate, IsoDate>({
  name: "Date",
  description: 'Datum: a calendar date in ISO 8601, e.g. "2009-03-01" (360Giving: awardDate, plannedDates).',
  serialize: (value) => (value instanceof Date ? formatIsoDate(value) : String(value)),
  parseValue: (value) => {
    const parsed = typeof value === "string" ? parseIsoDay(value) : null;
    if (!parsed) throw inputError(`Ogiltigt datum: ${JSON.stringify(value)} (förväntat ÅÅÅÅ-MM-DD)`);
    return parsed;
  },
  parseLiteral: (ast) => {
    const parsed = ast.kind === Kind.STRING ? parseIsoDay(ast.value) : null;
    if (!parsed) throw inputError("Ogiltigt datum (förväntat ÅÅÅÅ-MM-DD)");
    return parsed;
  },
});

/** Tidpunkt: an instant in ISO 8601 with time zone. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: "DateTime",
  description: 'Tidpunkt: an instant in ISO 8601 with time zone, e.g. "2026-11-22T08:00:00.000Z".',
  serialize: (value) => (value as Date).toISOString(),
  parseValue: (value) => {
    const d = new Date(String(value));
    if (Number.isNaN(d.getTime())) throw inputError("Ogiltig tidpunkt");
    return d;
  },
});
