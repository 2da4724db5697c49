import { FOLD_TABLE } from "./fold";

/**
 * The SQL of the database function `bk_fold`, generated from FOLD_TABLE so that it folds exactly
 * as foldForSearch() does: translate() for the characters that become one character or none,
 * replace() for those that become several (translate() maps one to one), no lower() (it depends on
 * the locale; the table has the ASCII capitals), then runs of spaces made one and the ends trimmed.
 * Not part of the browser entry; fold-sql.test.ts compares it with the latest migration.
 */
export function foldFunctionSql(): string {
  let from = "";
  let to = "";
  let removed = "";
  const several: [string, string][] = [];
  for (const [c, replacement] of FOLD_TABLE) {
    if (replacement === "") removed += c;
    else if ([...replacement].length === 1) {
      from += c;
      to += replacement;
    } else several.push([c, replacement]);
  }
  // Characters of `from` beyond the end of `to` are removed by translate().
  let expression = `translate(coalesce(t, ''),\n      ${sqlString(from + removed)},\n      ${sqlString(to)})`;
  for (const [c, replacement] of several) expression = `replace(${expression}, ${sqlString(c)}, ${sqlString(replacement)})`;
  return [
    `CREATE OR REPLACE FUNCTION "bk_fold"(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$`,
    `  SELECT btrim(regexp_replace(`,
    `    ${expression},`,
    `    ' {2,}', ' ', 'g'), ' ')`,
    `$$;`,
  ].join("\n");
}

/**
 * A PostgreSQL string literal; characters one cannot see (spaces other than the plain one,
 * invisible and combining characters) as U&'\XXXX' escapes so the migration reads unambiguously.
 */
function sqlString(text: string): string {
  let body = "";
  let escaped = false;
  for (const c of text) {
    if (c === "'") body += "''";
    else if (c === "\\") {
      body += "\\\\";
      escaped = true;
    } else if (c === " " || /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(c)) body += c;
    else {
      const code = c.codePointAt(0) ?? 0;
      body += code > 0xffff ? `\\+${code.toString(16).padStart(6, "0")}` : `\\${code.toString(16).padStart(4, "0")}`;
      escaped = true;
    }
  }
  return escaped ? `U&'${body}'` : `'${body}'`;
}
