/**
 * Organisationsnummer: ten digits NNNNNN-NNNN whose last digit is a Luhn check digit over the
 * first nine (the same rule as personnummer), not all zeros. Returns the normalised form, or null.
 */
export function normaliseOrganisationNumber(input: string): string | null {
  const digits = input.replace(/[\s-]/g, "");
  // Zeros pass the check digit but identify nobody.
  if (!/^\d{10}$/.test(digits) || /^0{9}/.test(digits)) return null;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  const check = (10 - (sum % 10)) % 10;
  return check === Number(digits[9]) ? `${digits.slice(0, 6)}-${digits.slice(6)}` : null;
}
