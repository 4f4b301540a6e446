// Where and when organizations receive teachers (issue 15, item 9): the address in each language
// and the reception hours, which the status page, the account and the notices give for a result
// waiting there. Reference data, filled in where an organization has none (prisma/reference-data.ts);
// from then on the administrators edit it. The hours follow the portal's working calendar
// (lib/domain/working-calendar.ts: PROVIDER_HOURS, STATE_CORP_HOURS).
import type { OrganizationKindSeed } from "./organizations";

export interface Localized {
  kk: string;
  ru: string;
  en: string;
}

const PROVIDER_RECEPTION: Localized = {
  kk: "Дүйсенбі–жұма, 09:00–18:30; түскі үзіліс 13:00–14:30",
  ru: "Понедельник–пятница, 09:00–18:30; перерыв 13:00–14:30",
  en: "Monday to Friday, 09:00–18:30; lunch break 13:00–14:30",
};

const CENTRE_RECEPTION: Localized = {
  kk: "Дүйсенбі–жұма, 09:00–18:00, үзіліссіз",
  ru: "Понедельник–пятница, 09:00–18:00, без перерыва",
  en: "Monday to Friday, 09:00–18:00, no lunch break",
};

export function receptionHoursOf(kind: OrganizationKindSeed): Localized {
  return kind === "STATE_CORP_CENTRE" || kind === "STATE_CORP_BRANCH" ? CENTRE_RECEPTION : PROVIDER_RECEPTION;
}

const aktau = (microdistrict: number, building: number, isHouse = false): Localized => ({
  kk: `Ақтау қ., ${microdistrict} шағын аудан, ${building} ${isHouse ? "үй" : "ғимарат"}`,
  ru: `г. Актау, ${microdistrict} микрорайон, ${isHouse ? "дом" : "здание"} ${building}`,
  en: `Aktau, microdistrict ${microdistrict}, building ${building}`,
});

/**
 * The addresses of the demo's Aktau organizations and the State Corporation's centres, in three
 * languages. Others keep the Kazakh address of organizations.ts, which the other languages show
 * until an administrator writes theirs.
 */
export const ADDRESSES: Record<string, Localized> = {
  "MANG-EDU": aktau(14, 1),
  "AKTAU-EDU": aktau(9, 23),
  "AKTAU-SCH-01": aktau(1, 10),
  "AKTAU-SCH-07": aktau(7, 12, true),
  "AKTAU-SCH-12": aktau(12, 5),
  "AKTAU-SCH-28": aktau(28, 3),
  "AKTAU-PRE-05": aktau(5, 41, true),
  "AKTAU-PRE-19": aktau(19, 8, true),
  "REGION-COL-01": aktau(5, 2),
  "REGION-COL-02": aktau(6, 14),
  "GOVCORP-MANG": aktau(11, 1),
  "GOVCORP-AKTAU-1": aktau(11, 1),
  "GOVCORP-ZHANAOZEN": { kk: "Жаңаөзен қ., Самал шағын ауданы, 1 ғимарат", ru: "г. Жанаозен, микрорайон Самал, здание 1", en: "Zhanaozen, Samal microdistrict, building 1" },
  "GOVCORP-BEINEU": { kk: "Бейнеу а., Көшекбаев көшесі, 4", ru: "с. Бейнеу, улица Кошекбаева, 4", en: "Beineu, Koshekbayev street, 4" },
};
