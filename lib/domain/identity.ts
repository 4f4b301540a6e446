/**
 * Kazakhstan identity numbers (IIN for people, BIN for organisations) and
 * phone numbers.
 *
 * Both IIN and BIN end with the same mod-11 check digit. Only that digit is
 * enforced: the date and type parts are reported as warnings, because numbers
 * issued long ago (or by mistake) do not always follow the layout and are still
 * legally valid.
 */

export type IinWarning = "INVALID_BIRTH_DATE" | "INVALID_CENTURY_DIGIT";
export type IdentityError = "FORMAT" | "CHECKSUM";

export type IinCheck =
  | {
      isValid: true;
      iin: string;
      /** YYYY-MM-DD, or null when the date or the century cannot be read. */
      birthDate: string | null;
      sex: "MALE" | "FEMALE" | null;
      warnings: IinWarning[];
    }
  | { isValid: false; error: IdentityError };

export type BinWarning = "INVALID_MONTH" | "UNKNOWN_TYPE_DIGIT";

export type BinCheck =
  | { isValid: true; bin: string; warnings: BinWarning[] }
  | { isValid: false; error: IdentityError };

const PRIMARY_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECONDARY_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

const TWELVE_DIGITS = /^\d{12}$/;
const ELEVEN_DIGITS = /^\d{11}$/;

/** Serials bump modulo these when no check digit exists for a candidate. */
const IIN_SERIAL_SPACE = 10_000;
const BIN_SERIAL_SPACE = 100_000;

function weightedSumMod11(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let index = 0; index < weights.length; index++) {
    sum += Number(digits[index]) * (weights[index] ?? 0);
  }
  return sum % 11;
}

/**
 * The check digit for the first 11 digits of an IIN or BIN, or null when both
 * weight sets give 10 — such a prefix has no valid 12th digit at all.
 * Throws on anything other than exactly 11 ASCII digits, since null already
 * means something specific.
 */
export function checkDigit(first11Digits: string): number | null {
  if (!ELEVEN_DIGITS.test(first11Digits)) {
    throw new RangeError(`checkDigit expects exactly 11 digits, got "${first11Digits}"`);
  }
  const primary = weightedSumMod11(first11Digits, PRIMARY_WEIGHTS);
  if (primary !== 10) return primary;
  const secondary = weightedSumMod11(first11Digits, SECONDARY_WEIGHTS);
  return secondary === 10 ? null : secondary;
}

function hasValidCheckDigit(twelveDigits: string): boolean {
  const expected = checkDigit(twelveDigits.slice(0, 11));
  return expected !== null && expected === Number(twelveDigits[11]);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** Century digit → [first year of the century, sex]. */
const CENTURY_DIGITS: Readonly<Record<string, readonly [number, "MALE" | "FEMALE"]>> = {
  "1": [1800, "MALE"],
  "2": [1800, "FEMALE"],
  "3": [1900, "MALE"],
  "4": [1900, "FEMALE"],
  "5": [2000, "MALE"],
  "6": [2000, "FEMALE"],
};

export function validateIin(input: string): IinCheck {
  const iin = input.trim();
  if (!TWELVE_DIGITS.test(iin)) return { isValid: false, error: "FORMAT" };
  if (!hasValidCheckDigit(iin)) return { isValid: false, error: "CHECKSUM" };

  const warnings: IinWarning[] = [];
  const yearInCentury = Number(iin.slice(0, 2));
  const month = Number(iin.slice(2, 4));
  const day = Number(iin.slice(4, 6));
  const century = CENTURY_DIGITS[iin.charAt(6)];

  if (!century) warnings.push("INVALID_CENTURY_DIGIT");
  // Without a century we cannot tell 1900 from 2000, so allow 29 February.
  const year = century ? century[0] + yearInCentury : 2000;
  const dateIsValid = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  if (!dateIsValid) warnings.push("INVALID_BIRTH_DATE");

  return {
    isValid: true,
    iin,
    birthDate: century && dateIsValid ? `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` : null,
    sex: century ? century[1] : null,
    warnings,
  };
}

/** Digit 5 of a BIN: 4 resident legal entity, 5 non-resident, 6 IE joint venture. */
const KNOWN_BIN_TYPE_DIGITS = new Set(["4", "5", "6"]);

export function validateBin(input: string): BinCheck {
  const bin = input.trim();
  if (!TWELVE_DIGITS.test(bin)) return { isValid: false, error: "FORMAT" };
  if (!hasValidCheckDigit(bin)) return { isValid: false, error: "CHECKSUM" };

  const warnings: BinWarning[] = [];
  const month = Number(bin.slice(2, 4));
  if (month < 1 || month > 12) warnings.push("INVALID_MONTH");
  if (!KNOWN_BIN_TYPE_DIGITS.has(bin.charAt(4))) warnings.push("UNKNOWN_TYPE_DIGIT");
  return { isValid: true, bin, warnings };
}

/**
 * Appends the check digit to `prefix + serial`, bumping the serial when a
 * candidate has no valid check digit. Two consecutive serials never both fail:
 * the last serial digit (weight 11 ≡ 0 in the primary sum, 2 in the secondary)
 * moves the secondary sum off 10, and a carry moves the primary sum off 10. So
 * the loop ends after at most two tries; the bound is only a safety net.
 */
function withCheckDigit(prefix: string, serial: number, serialSpace: number, serialWidth: number): string {
  if (!Number.isSafeInteger(serial)) {
    throw new RangeError(`Serial must be an integer, got ${serial}`);
  }
  for (let attempt = 0; attempt < serialSpace; attempt++) {
    const candidateSerial = (((serial + attempt) % serialSpace) + serialSpace) % serialSpace;
    const first11 = prefix + pad(candidateSerial, serialWidth);
    const digit = checkDigit(first11);
    if (digit !== null) return first11 + digit;
  }
  throw new Error(`No serial gives a valid check digit for prefix ${prefix}`);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_YEAR_MONTH = /^(\d{4})-(\d{2})$/;

/**
 * A deterministic, valid IIN for test data and seeds. The serial is taken
 * modulo 10 000, so any integer works.
 */
export function makeIin(birthDate: string, sex: "MALE" | "FEMALE", serial: number): string {
  const match = ISO_DATE.exec(birthDate);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`makeIin expects a real YYYY-MM-DD date, got "${birthDate}"`);
  }
  if (year < 1800 || year > 2099) {
    throw new RangeError(`IINs only encode birth years 1800–2099, got ${year}`);
  }
  const centuryBase = Math.floor((year - 1800) / 100) * 2 + 1; // 1800s → 1, 1900s → 3, 2000s → 5
  const centuryDigit = sex === "MALE" ? centuryBase : centuryBase + 1;
  const prefix = pad(year % 100, 2) + pad(month, 2) + pad(day, 2) + String(centuryDigit);
  return withCheckDigit(prefix, serial, IIN_SERIAL_SPACE, 4);
}

/**
 * A deterministic, valid BIN of a resident legal entity's head office
 * (type digit 4, unit digit 0). The serial is taken modulo 100 000.
 */
export function makeBin(registeredYearMonth: string, serial: number): string {
  const match = ISO_YEAR_MONTH.exec(registeredYearMonth);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) {
    throw new RangeError(`makeBin expects YYYY-MM, got "${registeredYearMonth}"`);
  }
  const prefix = pad(Number(match[1]) % 100, 2) + pad(month, 2) + "4" + "0";
  return withCheckDigit(prefix, serial, BIN_SERIAL_SPACE, 5);
}

/**
 * Hides the birth date tail, century and serial: "850101300123" → "8501******23".
 * Anything too short to keep 4 + 2 characters and still hide something is
 * masked completely, so malformed input never leaks as-is.
 */
export function maskIin(iin: string): string {
  const value = iin.trim();
  if (value.length <= 6) return "*".repeat(value.length);
  return value.slice(0, 4) + "*".repeat(value.length - 6) + value.slice(-2);
}

const PHONE_ALLOWED_CHARACTERS = /^\+?[\d\s()\-.]+$/;

/**
 * Normalises a Kazakhstan number to "+7XXXXXXXXXX". Accepts the international
 * form, the domestic trunk prefix 8, a bare 7 country code or the 10-digit
 * national number. Kazakhstan's national numbers (mobile and city, e.g. 7292
 * Aktau) all start with 7; other +7 numbers are Russian and rejected.
 */
export function normalizePhone(input: string): string | null {
  const value = input.trim();
  if (!PHONE_ALLOWED_CHARACTERS.test(value)) return null;
  const hasPlus = value.startsWith("+");
  const digits = value.replace(/\D/g, "");

  let national: string | null = null;
  if (hasPlus) {
    if (digits.length === 11 && digits.startsWith("7")) national = digits.slice(1);
  } else if (digits.length === 11 && (digits.startsWith("8") || digits.startsWith("7"))) {
    national = digits.slice(1);
  } else if (digits.length === 10) {
    national = digits;
  }

  if (national === null || !national.startsWith("7")) return null;
  return `+7${national}`;
}

/** Mobile operator codes: 700–709, 747, 760–769, 770–779, 785. */
const MOBILE_PHONE = /^\+7(?:70\d|747|76\d|77\d|785)\d{7}$/;

/** Expects the output of normalizePhone; anything else is not a mobile number. */
export function isMobilePhone(normalized: string): boolean {
  return MOBILE_PHONE.test(normalized);
}

const MASK_DOT = "•";

/**
 * Enough of a phone number to recognise it, not to call it: "+77012345647" → "+7 ••• ••• •• 47".
 * A Kazakhstan number (11 digits from 7 or 8) keeps its +7 and shape; any other keeps only its
 * last two digits, and one with fewer than six digits is masked whole.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  if (digits.length < 6) return MASK_DOT.repeat(3);
  const last = digits.slice(-2);
  const dots = (count: number) => MASK_DOT.repeat(count);
  if (digits.length === 11 && (digits.startsWith("7") || digits.startsWith("8"))) return `+7 ${dots(3)} ${dots(3)} ${dots(2)} ${last}`;
  return `${dots(3)} ${last}`;
}

/**
 * Enough of an e-mail address to recognise it: the first letter of the mailbox and the domain,
 * "aigul.seitova@mail.kz" → "a•••@mail.kz". Anything that is not mailbox@domain is masked whole.
 */
export function maskEmail(email: string): string {
  const value = email.trim();
  const at = value.lastIndexOf("@");
  if (at < 1 || at === value.length - 1) return MASK_DOT.repeat(3);
  // the first character as a whole code point: a mailbox may start with a letter outside the BMP
  const [first] = Array.from(value.slice(0, at));
  return `${first}${MASK_DOT.repeat(3)}@${value.slice(at + 1)}`;
}
