// Deterministic data makers shared by the demo seed and the tests.
import { makeIin } from "../lib/domain/identity";

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
  email: string;
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
