/**
 * What a teacher's identity must look like before a package is registered for her: an IIN whose
 * check digit holds and whose first seven digits are a birth date of a working-age adult, and a
 * name of letters. The IIN's date part is a warning in `validateIin` (numbers issued long ago do
 * not always follow the layout), but a teacher registered here was born after 1900 and is at least
 * 18: an IIN that says otherwise is a typing error far more often than a real number, and
 * registering it would tie the package, its notices and its account to a person who does not exist.
 */
import { validateIin } from "./identity";

/** The youngest a teacher can be: the attestation is for holders of a pedagogical education. */
export const YOUNGEST_TEACHER_AGE = 18;
/** The oldest age that reads as a real teacher rather than a mistyped century. */
export const OLDEST_TEACHER_AGE = 90;
/** Longer than any real name part; a 92-character surname is a paste, and would run off the receipt. */
export const NAME_MAX_LENGTH = 60;

export type TeacherIinProblem = "errors.invalidIin" | "errors.iinBirthDate" | "errors.iinAge";

/** Why this IIN cannot be a teacher's on `today` (Aqtau's calendar day, YYYY-MM-DD), or null when it can. */
export function teacherIinProblem(iin: string, today: string): TeacherIinProblem | null {
  const check = validateIin(iin);
  if (!check.isValid) return "errors.invalidIin";
  if (!check.birthDate || check.warnings.length > 0) return "errors.iinBirthDate";
  const age = fullYearsBetween(check.birthDate, today);
  if (age < YOUNGEST_TEACHER_AGE || age > OLDEST_TEACHER_AGE) return "errors.iinAge";
  return null;
}

function fullYearsBetween(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = today.split("-").map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

export type PersonNameProblem = "errors.fieldTooLong" | "errors.nameLetters" | "errors.nameScripts";

/**
 * Why this surname, first name or patronymic is not a name, or null. Letters of one script (a
 * Latin "а" among Cyrillic ones makes a name no search finds), with spaces, hyphens and apostrophes
 * between them ("Қожа-Ахмет", "О'Нил"); no digits, emoji or other signs.
 */
export function personNameProblem(name: string): PersonNameProblem | null {
  if (name.length > NAME_MAX_LENGTH) return "errors.fieldTooLong";
  if (!/^\p{L}[\p{L}\p{M}]*(?:[ \-'’ʼ`]\p{L}[\p{L}\p{M}]*)*$/u.test(name)) return "errors.nameLetters";
  const hasLatin = /\p{Script=Latin}/u.test(name);
  const hasCyrillic = /\p{Script=Cyrillic}/u.test(name);
  if (hasLatin && hasCyrillic) return "errors.nameScripts";
  if (!hasLatin && !hasCyrillic) return "errors.nameScripts";
  return null;
}
