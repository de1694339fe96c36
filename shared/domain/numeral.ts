/** Work tables are numbered with Roman numerals (I–V in the first network); this orders and validates them. */
const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;
const VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

/** True for I … XXXIX: enough for any network's work tables, and strict enough to reject "IIII" or "VX". */
export function isRomanNumeral(value: string): boolean {
  return value.length > 0 && ROMAN.test(value);
}

/** The numeric value of a Roman numeral accepted by {@link isRomanNumeral}. */
export function numeralValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const current = VALUES[numeral.charAt(i)] ?? 0;
    const next = VALUES[numeral.charAt(i + 1)] ?? 0;
    total += current < next ? -current : current;
  }
  return total;
}
