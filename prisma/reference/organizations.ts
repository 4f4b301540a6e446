// The Mangystau organization tree, reference data of every install (production and the demo): the regional department, the seven city and
// district departments, education organizations of each kind, and the State Corporation branch.
import { quoteName } from "../../lib/domain/quote-name";

export type OrganizationKindSeed =
  | "REGIONAL_DEPARTMENT"
  | "DISTRICT_DEPARTMENT"
  | "PRESCHOOL"
  | "SCHOOL"
  | "COLLEGE"
  | "STATE_CORP_BRANCH"
  | "STATE_CORP_CENTRE";

export interface OrganizationSeed {
  code: string;
  kind: OrganizationKindSeed;
  parent: string | null;
  locality: string;
  kk: string;
  ru: string;
  en: string;
  address: string;
}

interface District {
  code: string;
  locality: string;
  kk: string;
  ru: string;
  en: string;
  town: string;
}

const DISTRICTS: District[] = [
  { code: "AKTAU", locality: "AKTAU", kk: "Ақтау қалалық білім бөлімі", ru: "Отдел образования города Актау", en: "Aktau City Education Department", town: "Ақтау қ." },
  { code: "ZHANAOZEN", locality: "ZHANAOZEN", kk: "Жаңаөзен қалалық білім бөлімі", ru: "Отдел образования города Жанаозен", en: "Zhanaozen City Education Department", town: "Жаңаөзен қ." },
  { code: "BEINEU", locality: "BEINEU", kk: "Бейнеу аудандық білім бөлімі", ru: "Отдел образования Бейнеуского района", en: "Beineu District Education Department", town: "Бейнеу а." },
  { code: "KARAKIYA", locality: "KARAKIYA", kk: "Қарақия аудандық білім бөлімі", ru: "Отдел образования Каракиянского района", en: "Karakiya District Education Department", town: "Құрық а." },
  { code: "MANGYSTAU", locality: "MANGYSTAU", kk: "Маңғыстау аудандық білім бөлімі", ru: "Отдел образования Мангистауского района", en: "Mangystau District Education Department", town: "Шетпе а." },
  { code: "MUNAILY", locality: "MUNAILY", kk: "Мұнайлы аудандық білім бөлімі", ru: "Отдел образования Мунайлинского района", en: "Munaily District Education Department", town: "Маңғыстау а." },
  { code: "TUPKARAGAN", locality: "TUPKARAGAN", kk: "Түпқараған аудандық білім бөлімі", ru: "Отдел образования Тупкараганского района", en: "Tupkaragan District Education Department", town: "Форт-Шевченко қ." },
];

type Institution = [code: string, kind: "PRESCHOOL" | "SCHOOL" | "COLLEGE", kk: string, ru: string, en: string];

const INSTITUTIONS: Record<string, Institution[]> = {
  AKTAU: [
    ["AKTAU-SCH-01", "SCHOOL", "№ 1 жалпы орта білім беретін мектеп", "Общеобразовательная средняя школа № 1", "Secondary School No. 1"],
    ["AKTAU-SCH-07", "SCHOOL", "№ 7 Абай атындағы мектеп-гимназия", "Школа-гимназия № 7 имени Абая", "Abai School-Gymnasium No. 7"],
    ["AKTAU-SCH-12", "SCHOOL", "№ 12 экономикалық лицей", "Экономический лицей № 12", "Economic Lyceum No. 12"],
    ["AKTAU-SCH-28", "SCHOOL", "№ 28 жалпы орта білім беретін мектеп", "Общеобразовательная средняя школа № 28", "Secondary School No. 28"],
    ["AKTAU-PRE-05", "PRESCHOOL", "№ 5 «Балапан» бөбекжай-бақшасы", "Ясли-сад № 5 «Балапан»", "Balapan Kindergarten No. 5"],
    ["AKTAU-PRE-19", "PRESCHOOL", "№ 19 «Айгөлек» балабақшасы", "Детский сад № 19 «Айгөлек»", "Aigolek Kindergarten No. 19"],
  ],
  ZHANAOZEN: [
    ["ZHANAOZEN-SCH-03", "SCHOOL", "№ 3 жалпы орта білім беретін мектеп", "Общеобразовательная средняя школа № 3", "Secondary School No. 3"],
    ["ZHANAOZEN-SCH-16", "SCHOOL", "№ 16 Қ. Сәтбаев атындағы мектеп", "Школа № 16 имени К. Сатпаева", "K. Satpayev School No. 16"],
    ["ZHANAOZEN-PRE-02", "PRESCHOOL", "№ 2 «Ақбота» балабақшасы", "Детский сад № 2 «Акбота»", "Akbota Kindergarten No. 2"],
  ],
  BEINEU: [
    ["BEINEU-SCH-01", "SCHOOL", "Бейнеу № 1 орта мектебі", "Бейнеуская средняя школа № 1", "Beineu Secondary School No. 1"],
    ["BEINEU-SCH-04", "SCHOOL", "Боранқұл орта мектебі", "Боранкульская средняя школа", "Borankul Secondary School"],
    ["BEINEU-PRE-01", "PRESCHOOL", "«Күншуақ» балабақшасы", "Детский сад «Куншуак»", "Kunshuak Kindergarten"],
  ],
  KARAKIYA: [
    ["KARAKIYA-SCH-01", "SCHOOL", "Құрық орта мектебі", "Курыкская средняя школа", "Kuryk Secondary School"],
    ["KARAKIYA-SCH-02", "SCHOOL", "Жетібай № 2 орта мектебі", "Жетыбайская средняя школа № 2", "Zhetybai Secondary School No. 2"],
    ["KARAKIYA-PRE-01", "PRESCHOOL", "«Еркетай» балабақшасы", "Детский сад «Еркетай»", "Erketai Kindergarten"],
  ],
  MANGYSTAU: [
    ["MANGYSTAU-SCH-01", "SCHOOL", "Шетпе № 1 орта мектебі", "Шетпинская средняя школа № 1", "Shetpe Secondary School No. 1"],
    ["MANGYSTAU-SCH-02", "SCHOOL", "Сайөтес орта мектебі", "Сайотесская средняя школа", "Saiotes Secondary School"],
    ["MANGYSTAU-PRE-01", "PRESCHOOL", "«Шұғыла» балабақшасы", "Детский сад «Шугыла»", "Shugyla Kindergarten"],
  ],
  MUNAILY: [
    ["MUNAILY-SCH-01", "SCHOOL", "Маңғыстау ауылының № 1 мектебі", "Школа № 1 села Мангистау", "Mangystau Village School No. 1"],
    ["MUNAILY-SCH-02", "SCHOOL", "Баянды орта мектебі", "Баяндинская средняя школа", "Bayandy Secondary School"],
    ["MUNAILY-PRE-01", "PRESCHOOL", "«Арай» балабақшасы", "Детский сад «Арай»", "Arai Kindergarten"],
  ],
  TUPKARAGAN: [
    ["TUPKARAGAN-SCH-01", "SCHOOL", "Форт-Шевченко № 1 мектебі", "Школа № 1 города Форт-Шевченко", "Fort-Shevchenko School No. 1"],
    ["TUPKARAGAN-SCH-02", "SCHOOL", "Баутино орта мектебі", "Баутинская средняя школа", "Bautino Secondary School"],
  ],
};

// Colleges report to the regional department itself, not to a city or district.
const COLLEGES: Institution[] = [
  ["REGION-COL-01", "COLLEGE", "Маңғыстау политехникалық колледжі", "Мангистауский политехнический колледж", "Mangystau Polytechnic College"],
  ["REGION-COL-02", "COLLEGE", "Ақтау гуманитарлық колледжі", "Актауский гуманитарный колледж", "Aktau Humanities College"],
  ["REGION-COL-03", "COLLEGE", "Жаңаөзен мұнай және газ колледжі", "Жанаозенский колледж нефти и газа", "Zhanaozen College of Oil and Gas"],
];

export const REGION_CODE = "MANG-EDU";
export const STATE_CORP_BRANCH_CODE = "GOVCORP-MANG";

export const ORGANIZATIONS: OrganizationSeed[] = [
  {
    code: REGION_CODE,
    kind: "REGIONAL_DEPARTMENT",
    parent: null,
    locality: "AKTAU",
    kk: "Маңғыстау облысының білім басқармасы",
    ru: "Управление образования Мангистауской области",
    en: "Mangystau Regional Education Department",
    address: "Ақтау қ., 14-шағын аудан, 1-ғимарат",
  },
  ...DISTRICTS.map((d) => ({
    code: `${d.code}-EDU`,
    kind: "DISTRICT_DEPARTMENT" as const,
    parent: REGION_CODE,
    locality: d.locality,
    kk: d.kk,
    ru: d.ru,
    en: d.en,
    address: d.town,
  })),
  ...DISTRICTS.flatMap((d) =>
    (INSTITUTIONS[d.code] ?? []).map(([code, kind, kk, ru, en], index) => ({
      code,
      kind,
      parent: `${d.code}-EDU`,
      locality: d.locality,
      kk: kind === "SCHOOL" ? `${quoteName(kk)} КММ` : `${quoteName(kk)} МКҚК`,
      ru: kind === "SCHOOL" ? `КГУ ${quoteName(ru)}` : `ГККП ${quoteName(ru)}`,
      en,
      address: `${d.town}, ${index + 3}-көше, ${10 + index * 7}`,
    })),
  ),
  ...COLLEGES.map(([code, kind, kk, ru, en], index) => ({
    code,
    kind,
    parent: REGION_CODE,
    locality: index === 2 ? "ZHANAOZEN" : "AKTAU",
    kk: `${quoteName(kk)} МКҚК`,
    ru: `ГККП ${quoteName(ru)}`,
    en,
    address: index === 2 ? "Жаңаөзен қ., Шұғыла ш/а" : `Ақтау қ., ${index + 5}-шағын аудан`,
  })),
  {
    code: STATE_CORP_BRANCH_CODE,
    kind: "STATE_CORP_BRANCH",
    parent: null,
    locality: "AKTAU",
    kk: "«Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КЕАҚ Маңғыстау облысы бойынша филиалы",
    ru: "Филиал НАО «Государственная корпорация «Правительство для граждан» по Мангистауской области",
    en: "State Corporation «Government for Citizens», Mangystau branch",
    address: "Ақтау қ., 11-шағын аудан, 1-ғимарат",
  },
  {
    code: "GOVCORP-AKTAU-1",
    kind: "STATE_CORP_CENTRE",
    parent: STATE_CORP_BRANCH_CODE,
    locality: "AKTAU",
    kk: "Ақтау қаласының № 1 халыққа қызмет көрсету орталығы",
    ru: "Центр обслуживания населения № 1 города Актау",
    en: "Aktau Public Service Centre No. 1",
    address: "Ақтау қ., 11-шағын аудан, 1-ғимарат",
  },
  {
    code: "GOVCORP-ZHANAOZEN",
    kind: "STATE_CORP_CENTRE",
    parent: STATE_CORP_BRANCH_CODE,
    locality: "ZHANAOZEN",
    kk: "Жаңаөзен қаласының халыққа қызмет көрсету орталығы",
    ru: "Центр обслуживания населения города Жанаозен",
    en: "Zhanaozen Public Service Centre",
    address: "Жаңаөзен қ., Самал ш/а, 1",
  },
  {
    code: "GOVCORP-BEINEU",
    kind: "STATE_CORP_CENTRE",
    parent: STATE_CORP_BRANCH_CODE,
    locality: "BEINEU",
    kk: "Бейнеу ауданының халыққа қызмет көрсету орталығы",
    ru: "Центр обслуживания населения Бейнеуского района",
    en: "Beineu Public Service Centre",
    address: "Бейнеу а., Көшекбаев к-сі, 4",
  },
];
