/**
 * Vietnamese tax codes (mã số thuế): 10 digits whose last digit is a check digit, or those 10 digits
 * plus "-" and a 3-digit branch number for a dependent unit (chi nhánh). The check is the General
 * Department of Taxation's: weights 31,29,23,19,17,13,7,5,3 on the first nine digits,
 * check = 10 − (sum mod 11). A remainder of 0 would need a check of 10, which no code can carry,
 * so such a number is never a tax code.
 */

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/** The check digit the first nine digits call for, or null when none fits (remainder 0). */
export function taxCodeCheckDigit(firstNine: string): number | null {
  if (!/^\d{9}$/.test(firstNine)) return null;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(firstNine[i]) * WEIGHTS[i];
  const check = 10 - (sum % 11);
  // sum % 11 === 0 gives 10: not a single digit, so the nine digits can start no valid code.
  return check === 10 ? null : check;
}

function hasValidCheckDigit(tenDigits: string): boolean {
  return taxCodeCheckDigit(tenDigits.slice(0, 9)) === Number(tenDigits[9]);
}

/** Normalises a typed tax code to "0123456789" or "0123456789-001"; null when it is not a valid one. */
export function normalizeTaxCode(input: string): string | null {
  // People copy codes from certificates with stray spaces ("0100 109 106", "0100109106 - 001").
  const compact = input.trim().replace(/\s+/g, "");
  const m = /^(\d{10})(?:-(\d{3}))?$/.exec(compact);
  if (!m) return null;
  const [, main, branch] = m;
  if (!hasValidCheckDigit(main)) return null;
  // Branch numbers start at 001: "000" is the parent unit's code written wrongly.
  if (branch === "000") return null;
  return branch ? `${main}-${branch}` : main;
}

/** Whether the input is a valid tax code once spaces are removed. */
export function isValidTaxCode(input: string): boolean {
  return normalizeTaxCode(input) !== null;
}
