// Whose phone, e-mail and language a package uses. Contacts given at a counter belong to the
// package they were given for: its notifications go to them, and the teacher's record (what a
// counter may offer as "the contacts on file") is only filled where it has none, never rewritten.
// So another organization's intake of the same IIN cannot redirect the teacher's other packages.

export interface Contacts {
  phone: string | null;
  email: string | null;
  locale: string;
}

/** A package's own contact columns; `contactLocale` is set at every intake since they exist. */
export interface PackageContactColumns {
  contactPhone: string | null;
  contactEmail: string | null;
  contactLocale: string | null;
}

/**
 * Where a package's notifications go: the contacts of its intake. A package from before they were
 * kept (no language stored; the migration gave every older one its teacher's) uses the record.
 */
export function contactsOfPackage(columns: PackageContactColumns, record: Contacts): Contacts {
  if (columns.contactLocale === null) return record;
  return { phone: columns.contactPhone, email: columns.contactEmail, locale: columns.contactLocale };
}

/** At a counter: the contacts typed for this package, or the ones on the teacher's record. */
export const CONTACT_CHOICES = ["given", "onFile"] as const;
export type ContactChoice = (typeof CONTACT_CHOICES)[number];

export interface IntakeContacts {
  /** what the package keeps */
  package: Contacts;
  /** what the teacher's record gains: only fields it had none of (the audit event names them) */
  recordFill: { phone?: string; email?: string };
}

/**
 * The contacts an intake gives its package, and what it adds to the teacher's record (`record`:
 * null for a teacher not on file yet, whose record is made from the given ones). Null when the
 * intake asks for the contacts on file and there is no record to take them from.
 */
export function contactsAtIntake(choice: ContactChoice, given: Contacts, record: Contacts | null): IntakeContacts | null {
  if (!record) return choice === "onFile" ? null : { package: given, recordFill: {} };
  if (choice === "onFile") return { package: { ...record }, recordFill: {} };
  const recordFill: IntakeContacts["recordFill"] = {};
  if (!record.phone && given.phone) recordFill.phone = given.phone;
  if (!record.email && given.email) recordFill.email = given.email;
  return { package: given, recordFill };
}

export interface PersonName {
  lastName: string;
  firstName: string;
  middleName?: string | null;
}

const comparable = (text: string | null | undefined) => (text ?? "").normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();

const NAME_PARTS = ["lastName", "firstName", "middleName"] as const;

/**
 * The parts of a typed name that are not the one on file: letter case and spacing aside, the
 * surname, the first name and a patronymic typed (one left blank claims nothing: it is the one on
 * file, or none). An intake never renames a teacher.
 */
export function differingNameParts(onFile: PersonName, typed: PersonName): (typeof NAME_PARTS)[number][] {
  return NAME_PARTS.filter((part) => {
    if (part === "middleName" && !comparable(typed.middleName)) return false;
    return comparable(onFile[part]) !== comparable(typed[part]);
  });
}

export function isSameName(onFile: PersonName, typed: PersonName): boolean {
  return differingNameParts(onFile, typed).length === 0;
}
