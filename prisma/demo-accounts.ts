// The demo accounts the README lists, one per role (the teacher signs in with the IIN the seed prints).
export const DEMO_PASSWORD = "sanat2026";

/** The accounts the README lists, one per role. */
export const DEMO_ACCOUNTS = {
  clerk: { login: "clerk.aktau7", organization: "AKTAU-SCH-07", fullName: "Сәрсенбаева Гүлжан Маратқызы" },
  executor: { login: "executor.aktau7", organization: "AKTAU-SCH-07", fullName: "Қасымов Ерлан Болатұлы" },
  executor2: { login: "executor2.aktau7", organization: "AKTAU-SCH-07", fullName: "Жұмабаева Айнұр Серікқызы" },
  operator: { login: "operator.aktau1", organization: "GOVCORP-AKTAU-1", fullName: "Нұрланова Мадина Ерланқызы" },
  // the head of the demo school: answers the complaints about its packages
  head: { login: "head.aktau7", organization: "AKTAU-SCH-07", fullName: "Оразбаева Сәуле Қанатқызы" },
  region: { login: "region.admin", organization: "MANG-EDU", fullName: "Тәжібаев Арман Қайратұлы" },
  admin: { login: "system.admin", organization: "MANG-EDU", fullName: "Сейітов Дархан Нұрланұлы" },
} as const;
