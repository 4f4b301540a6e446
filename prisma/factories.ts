// The one way the demo seed and the tests make their records: a teacher, a staff account, a
// teacher's account, an application's intake (an application itself is registered through the
// registerPackage use-case with one of these intakes, as the portal does). The seed's makers are
// deterministic from a seed; the "unique" ones give each test records no other test uses.
import { randomBytes, randomInt } from "node:crypto";
import type { Db } from "../lib/db/client";
import type { DocumentMark } from "../lib/domain/completeness";
import { makeIin } from "../lib/domain/identity";
import type { IntakeInput } from "../lib/domain/intake-schema";
import type { Role } from "../lib/domain/lifecycle";
import type { Actor } from "../lib/domain/permissions";

/** A small seeded PRNG (mulberry32): the same seed gives the same demo data on every machine. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (probability: number) => next() < probability,
  };
}
export type Random = ReturnType<typeof createRandom>;

const FEMALE_FIRST = ["Айгүл", "Гүлнар", "Динара", "Жанар", "Әсел", "Меруерт", "Сәуле", "Ботагөз", "Ләззат", "Айжан", "Гүлмира", "Назым", "Ақмарал", "Салтанат", "Үміт"];
const MALE_FIRST = ["Ерлан", "Нұрлан", "Бауыржан", "Асхат", "Дәурен", "Қайрат", "Мұрат", "Серік", "Талғат", "Жандос", "Ғалым", "Бекзат"];
const SURNAME_ROOTS = ["Әбдірахман", "Жұмаш", "Қалдыбай", "Сейіт", "Оразбай", "Төлеген", "Бекмұрат", "Нұрсейіт", "Ысқақ", "Дүйсен", "Есен", "Қожахмет", "Сағынбай", "Тұрсын", "Өтеген", "Байжан"];
const FATHER_NAMES = ["Ерболат", "Қуаныш", "Серік", "Болат", "Жақсылық", "Әмір", "Мақсат", "Оразалы"];

export interface PersonSeed {
  iin: string;
  lastName: string;
  firstName: string;
  middleName: string;
  phone: string;
  email?: string;
  locale: "kk" | "ru" | "en";
}

/** A teacher with a valid IIN, a Kazakh name (surname and patronymic by sex) and a mobile number. */
export function makeTeacher(random: Random, index: number): PersonSeed {
  const isFemale = random.chance(0.78); // most teachers in the region are women
  const year = random.int(1964, 1999);
  const birthDate = `${year}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`;
  const root = random.pick(SURNAME_ROOTS);
  const father = random.pick(FATHER_NAMES);
  return {
    iin: makeIin(birthDate, isFemale ? "FEMALE" : "MALE", 1000 + index * 7),
    lastName: `${root}${isFemale ? "ова" : "ов"}`,
    firstName: random.pick(isFemale ? FEMALE_FIRST : MALE_FIRST),
    middleName: `${father}${isFemale ? "қызы" : "ұлы"}`,
    phone: `+77${random.pick(["01", "02", "05", "07", "47", "75", "76", "77", "78"])}${String(random.int(1_000_000, 9_999_999))}`,
    email: `teacher${index + 1}@mail.kz`,
    locale: random.chance(0.6) ? "kk" : random.chance(0.9) ? "ru" : "en",
  };
}

// Each call moves the serial on by 17: makeIin may bump a serial by one to find a check digit, so
// neighbouring serials could give the same IIN. The start is random, so two test processes (the
// end-to-end workers) do not walk the same sequence.
let uniqueSerial = randomInt(0, 10_000);

const LETTER_DIGITS = "абвгдежзик";
/** A number written in letters ("472" → "диг"): a unique name part that is still a name. */
export const lettersOf = (n: number) => [...String(n)].map((digit) => LETTER_DIGITS[Number(digit)]).join("");

/**
 * A teacher no other record uses: a valid IIN and a surname with six random digits written in
 * letters (easy to find in a queue). No e-mail unless given, so only the messages a test asks for are queued.
 */
export function makeUniqueTeacher(overrides: Partial<PersonSeed> = {}): PersonSeed {
  uniqueSerial = (uniqueSerial + 17) % 10_000;
  const birthDate = `19${randomInt(65, 100)}-${String(randomInt(1, 13)).padStart(2, "0")}-${String(randomInt(1, 29)).padStart(2, "0")}`;
  return {
    iin: makeIin(birthDate, "FEMALE", uniqueSerial),
    // unique, and of letters only, as a name must be (lib/domain/teacher-identity.ts)
    lastName: `Тестова-${lettersOf(randomInt(100_000, 1_000_000))}`,
    firstName: "Айгүл",
    middleName: "Серікқызы",
    phone: "+7 701 234 56 78",
    locale: "kk",
    ...overrides,
  };
}

/** The documents of the checklist in force when no category is held, all brought (a unit test holds it to the reference data). */
/** The usual hand-over of a result: the applicant herself, her identity document checked (lib/domain/result-handover.ts). */
export const HANDED_TO_APPLICANT = { recipient: "APPLICANT", isIdentityChecked: true } as const;

export const ALL_DOCUMENTS_PRESENT = {
  APPLICATION_FORM: "PRESENT",
  IDENTITY_DOCUMENT: "PRESENT",
  EDUCATION_DIPLOMA: "PRESENT",
  TRAINING_CERTIFICATE: "PRESENT",
  EMPLOYMENT_RECORD: "PRESENT",
} as const satisfies Record<string, DocumentMark>;

/**
 * An intake as the clerk's form sends it: a teacher (a unique one unless given) applying to be
 * assigned the first category with every document present; `overrides` change any field.
 */
export function makeIntake(overrides: Partial<IntakeInput> = {}, teacher: PersonSeed = makeUniqueTeacher()): IntakeInput {
  return { ...teacher, purpose: "ASSIGN", categorySought: "FIRST", documents: { ...ALL_DOCUMENTS_PRESENT }, ...overrides };
}

/** Stored where a password hash goes, it matches no password: the account cannot sign in. */
export const NO_PASSWORD = "!no-password";

export interface StaffAccountSeed {
  role: Exclude<Role, "APPLICANT">;
  /** the organization's code in the reference tree */
  organization: string;
  /** default: the role and random hex, e.g. `clerk.3f9a0c1d2e` */
  login?: string;
  fullName?: string;
  /** the seed hashes its one password once; default NO_PASSWORD */
  passwordHash?: string;
}

export type Account = Actor & { login: string };
export type StaffAccount = Account & { organizationId: string };

/** A staff account in an organization of the reference tree, as the actor the use-cases take. */
export async function createStaffAccount(db: Db, seed: StaffAccountSeed): Promise<StaffAccount> {
  const { id: organizationId } = await db.organization.findUniqueOrThrow({ where: { code: seed.organization }, select: { id: true } });
  const login = seed.login ?? `${seed.role.toLowerCase()}.${randomBytes(5).toString("hex")}`;
  const fullName = seed.fullName ?? `${seed.role} ${seed.organization}`;
  const user = await db.user.create({
    data: { login, role: seed.role, fullName, organizationId, passwordHash: seed.passwordHash ?? NO_PASSWORD },
    select: { id: true },
  });
  return { userId: user.id, role: seed.role, name: fullName, organizationId, applicantId: null, login };
}

/**
 * A teacher's portal account: their applicant record (kept if the IIN has one) and a user whose
 * login is the IIN. The registration of her first package already made one (lib/auth/sign-in-codes.ts):
 * then it is that account. Never a password: a teacher signs in by code or by signature.
 */
export async function createTeacherAccount(db: Db, teacher: PersonSeed): Promise<Account> {
  const applicant = await db.applicant.upsert({ where: { iin: teacher.iin }, create: { ...teacher }, update: {}, select: { id: true } });
  const fullName = `${teacher.lastName} ${teacher.firstName}`;
  const user = await db.user.upsert({
    where: { applicantId: applicant.id },
    create: { login: teacher.iin, role: "APPLICANT", fullName, passwordHash: NO_PASSWORD, applicantId: applicant.id },
    update: {},
    select: { id: true },
  });
  return { userId: user.id, role: "APPLICANT", name: fullName, organizationId: null, applicantId: applicant.id, login: teacher.iin };
}

/**
 * A version's stored rules with the e-government portal's channel served here (its term kept),
 * for tests and e2e stories of the online application: the administrator's draft form decides it
 * in the portal; the reference data keep it paper only.
 */
export function withPortalChannelServed(rules: unknown): unknown {
  const stored = rules as { channels: { code: string; isServedHere: boolean }[] };
  return { ...stored, channels: stored.channels.map((channel) => (channel.code === "E_GOV_PORTAL" ? { ...channel, isServedHere: true } : channel)) };
}

/** A scan's first bytes as a PDF: enough for the type by content. */
export const PDF_SCAN = new TextEncoder().encode("%PDF-1.4\n% test scan\n");
