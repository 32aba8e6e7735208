// Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer)
// in free text: 10 or 12 digits, an optional `-` or `+` before the last four, a date that exists
// (day + 60 for a coordination number) and a Luhn check digit.
import { dayExists } from './dates';

// Lookarounds: digits inside a longer run of digits are not a number of their own.
const CANDIDATE = /(?<!\d)(\d{8}|\d{6})([-+]?)(\d{4})(?!\d)/g;

/** Start offsets of the identity numbers in the text, ascending. One regex pass: linear. */
export function identityNumberOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    if (isIdentityNumber(m[1]!, m[2]!, m[3]!)) offsets.push(m.index);
  }
  return offsets;
}

/** `head` is YYMMDD or CCYYMMDD, `separator` is '', '-' or '+', `tail` is NNNC. */
export function isIdentityNumber(head: string, separator: string, tail: string): boolean {
  const ten = head.slice(-6) + tail;
  const yy = Number(ten.slice(0, 2));
  const month = Number(ten.slice(2, 4));
  let day = Number(ten.slice(4, 6));
  if (day > 60) day -= 60;
  if (!centuries(head, separator).some((c) => dayExists(c * 100 + yy, month, day))) return false;
  return luhn(ten);
}

/**
 * The centuries the number may be born in. A 10-digit number's separator says which:
 * `+` marks a person of a hundred or more (18xx, 19xx); `-` or none, 19xx or 20xx.
 */
function centuries(head: string, separator: string): number[] {
  if (head.length === 8) {
    const century = Number(head.slice(0, 2));
    return century >= 18 && century <= 20 ? [century] : [];
  }
  return separator === '+' ? [18, 19] : [19, 20];
}

/** Luhn over the ten digits YYMMDDNNNC (weights 2, 1, 2, …): the sum is a multiple of ten. */
function luhn(ten: string): boolean {
  let sum = 0;
  for (let i = 0; i < ten.length; i++) {
    const d = Number(ten[i]) * (i % 2 === 0 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  }
  return sum % 10 === 0;
}
