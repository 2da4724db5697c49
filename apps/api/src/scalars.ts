import { formatIsoDate, type IsoDate, parseIsoDay, parseMoney, type ReasonKey } from "@bk/domain";
import { GraphQLScalarType, Kind } from "graphql";
import { AppError } from "./refusal";

/** A value the scalar cannot read; graphql-js adds the variable or argument it came in (errors.ts names the field). */
const inputError = (reason: ReasonKey, value?: unknown) =>
  new AppError({ code: "BAD_USER_INPUT", reason, params: value === undefined ? {} : { value: JSON.stringify(value) } });

/** Belopp i kronor as an exact decimal string ("2200000", "916210.50"). Never a float. */
export const MoneyScalar = new GraphQLScalarType<string, string>({
  name: "Money",
  description:
    'Belopp: an exact amount in Swedish kronor as a decimal string, e.g. "2200000" (360Giving: amountAwarded; IATI: value). Input accepts a decimal string or a whole-krona integer.',
  serialize: (value) => parseMoney(String(value)) ?? String(value),
  parseValue: (value) => {
    const parsed = typeof value === "number" || typeof value === "string" ? parseMoney(String(value)) : null;
    if (parsed === null) throw inputError("money.invalid", value);
    return parsed;
  },
  parseLiteral: (ast) => {
    const parsed = ast.kind === Kind.STRING || ast.kind === Kind.INT ? parseMoney(ast.value) : null;
    if (parsed === null) throw inputError("money.invalid");
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
    if (!parsed) throw inputError("date.invalid", value);
    return parsed;
  },
  parseLiteral: (ast) => {
    const parsed = ast.kind === Kind.STRING ? parseIsoDay(ast.value) : null;
    if (!parsed) throw inputError("date.invalid");
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
    if (Number.isNaN(d.getTime())) throw inputError("date.invalidTime", value);
    return d;
  },
});
