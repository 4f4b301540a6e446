// The regulation versions seeded on every install. Where the Standard's text could not be read
// (shared/domain/standard.md marks it "unconfirmed"), the wording is best knowledge and an
// administrator can publish a corrected version.
import type { LegalRecord, LocalizedText, RegulationRules } from "../../lib/domain/regulation-version";

export interface RegulationVersionSeed {
  code: string;
  title: { kk: string; ru: string; en: string };
  legalBasis: string;
  /** the portal's period: the demo runs the seed's regulation until the 2020 rules take over */
  effectiveFrom: string;
  effectiveTo: string | null;
  /** what the law says of the version, each fact with its source */
  legal: LegalRecord;
  rules: RegulationRules;
}

// the heading is Kazakh in every language: it is quoted, not translated
const HEADING = "«Маңғыстау облысы әкімдігінің 2018 жылғы «28» мамырдағы № 121 қаулысына 17-қосымша … 2016 жылғы «31» мамырдағы № 154 қаулысымен бекітілген»";
const SEED_HEADING = { kk: `Регламент мәтінінің тақырыбы: ${HEADING}`, ru: `Заголовок текста регламента: ${HEADING}`, en: `The heading of the regulation's text: ${HEADING}` };
const STANDARD_632 = {
  role: "STANDARD",
  title: {
    kk: "«Педагог қызметкерлер мен оларға теңестірілген тұлғаларға біліктілік санаттарын беру (растау) үшін аттестаттаудан өту үшін құжаттарды қабылдау» мемлекеттік көрсетілетін қызмет стандарты (ҚР БҒМ бұйрығы)",
    ru: "Стандарт государственной услуги «Прием документов для прохождения аттестации на присвоение (подтверждение) квалификационных категорий педагогическим работникам и приравненным к ним лицам» (приказ МОН РК)",
    en: "Standard of the state service of accepting documents for attestation to assign (confirm) qualification categories (order of the Ministry of Education and Science)",
  },
  number: "632",
  date: "2015-11-09",
  registrationNumber: "12449",
  source: {
    kk: "Регламент сілтеме жасайтын Стандарт: 2015 жылғы 9 қарашадағы бұйрық, мемлекеттік тіркеу № 12449 (shared/domain/regulation.md)",
    ru: "Стандарт, на который ссылается регламент: приказ от 9 ноября 2015 года, государственная регистрация № 12449 (shared/domain/regulation.md)",
    en: "The Standard the regulation cites: order of 9 November 2015, state registration No. 12449 (shared/domain/regulation.md)",
  },
  isConfirmed: true,
} as const satisfies LegalRecord["acts"][number];

// where the grounds are written, in the language of the paper that cites them
const STANDARD_632_PAR_10 = { kk: "№ 632 Стандарттың 10-тармағы", ru: "пункт 10 Стандарта № 632", en: "Standard No. 632, par. 10" };
const RULES_2020_GROUNDS = {
  kk: "Аттестаттау қағидалары (2020), бас тарту негіздері",
  ru: "Правила аттестации (2020), основания для отказа",
  en: "Attestation rules (2020), grounds for refusal",
};

// p.1 of the seed, word for word; the Russian is the Standard's own wording of the same name
const SERVICE_2018: RegulationRules["serviceName"] = {
  name: {
    kk: "Мектепке дейінгі тәрбие мен оқыту, бастауыш, негізгі орта, жалпы орта, техникалық және кәсіптік, орта білімнен кейінгі білім беру бағдарламаларын іске асыратын білім беру ұйымдарының педагог қызметкерлері мен оларға теңестірілген тұлғаларға біліктілік санаттарын беру (растау) үшін оларды аттестаттаудан өткізуге құжаттарды қабылдау",
    ru: "Прием документов для прохождения аттестации на присвоение (подтверждение) квалификационных категорий педагогическим работникам и приравненным к ним лицам организаций образования, реализующих программы дошкольного воспитания и обучения, начального, основного среднего, общего среднего, технического и профессионального, послесреднего образования",
    en: "Acceptance of documents for attestation to assign (confirm) qualification categories to teachers and persons equated to them of education organizations implementing programmes of preschool education and training, primary, basic secondary, general secondary, technical and vocational, and post-secondary education",
  },
  source: {
    kk: "Регламенттің 1-тармағы (қазақ тіліндегі мәтін); орыс және ағылшын тілдеріндегі атауы соның аудармасы",
    ru: "Пункт 1 регламента (текст на казахском языке); названия на русском и английском — его перевод",
    en: "The regulation's p.1 (the Kazakh text); the Russian and English names translate it",
  },
  isConfirmed: true,
};

// the service as the attestation rules name it after order No. 202 of 14.05.2020
const SERVICE_2020: RegulationRules["serviceName"] = {
  name: {
    kk: "Педагогтерге біліктілік санаттарын беру (растау) үшін оларды аттестаттаудан өткізуге құжаттарды қабылдау",
    ru: "Прием документов для прохождения аттестации на присвоение (подтверждение) квалификационных категорий педагогам",
    en: "Acceptance of documents for attestation to assign (confirm) qualification categories to teachers",
  },
  source: {
    kk: "egov.kz порталындағы қызмет беті, 15-тапсырма үшін оқылған; бұйрықтың мәтінімен салыстырылмаған",
    ru: "Страница услуги на портале egov.kz, прочитанная для задачи 15; с текстом приказа не сверено",
    en: "The service's page on egov.kz, as read for issue 15; not checked against the order's text",
  },
  isConfirmed: false,
};

// where each version's rule for an incomplete package at the counter comes from; the same text as
// migration 20261202130000_localized_counter_sources
export const COUNTER_SOURCES = {
  office2018: {
    kk: "Регламенттің 5-тармағы: кеңсе қызметкері құжаттарды тіркеп, қолхат береді; толықтығын содан кейін жауапты орындаушы тексереді (5.2-тармақ)",
    ru: "Пункт 5 регламента: сотрудник канцелярии регистрирует документы и выдаёт расписку; полноту затем проверяет ответственный исполнитель (пункт 5.2)",
    en: "The seed, p.5: the office clerk registers the documents and gives a receipt; the executor then checks completeness (p.5.2)",
  },
  corp2018: {
    kk: "Сол кездегі стандарттардың әдеттегі тәртібі (15-мәселе, 4-тармақ): Мемлекеттік корпорацияның қызметкері толық емес топтаманы қабылдамай, құжаттарды қабылдаудан бас тарту туралы қолхат береді; № 632 Стандартпен салыстырылмаған",
    ru: "Типичный порядок стандартов того времени (задача 15, пункт 4): работник Государственной корпорации отказывает в приёме неполного пакета и выдаёт расписку об отказе в приёме документов; со Стандартом № 632 не сверено",
    en: "The typical pattern of the Standards of that time (issue 15, item 4): the State Corporation operator refuses to accept an incomplete set and gives a receipt of refusal to accept documents; not checked against Standard No. 632",
  },
  office2020: {
    kk: "2018 жылғы регламенттен сақталды; 2020 жылғы қағидалардың мәтіні мұнда тексерілмеген",
    ru: "Сохранено из регламента 2018 года; текст правил 2020 года здесь не проверен",
    en: "Kept from MANGYSTAU-2018; the 2020 rules' text is not checked here",
  },
  corp2020: {
    kk: "2018 жылғы регламенттен сақталды (әдеттегі тәртіп, 15-мәселе, 4-тармақ); 2020 жылғы қағидалармен салыстырылмаған",
    ru: "Сохранено из регламента 2018 года (типичный порядок, задача 15, пункт 4); с правилами 2020 года не сверено",
    en: "Kept from MANGYSTAU-2018 (the typical pattern, issue 15, item 4); not checked against the 2020 rules",
  },
} as const;

// The appeal route (issue 15, item 10): the Law «О государственных услугах» No. 88-V of 15.04.2013,
// art. 25. Neither the seed (its sections 1–4 and appendix name no appeal) nor anything else in
// shared/ holds the law's text (shared/domain/standard.md: "to verify"), so no fact is confirmed.
const LAW_88V_ART_25 = {
  kk: "Қазақстан Республикасының 2013 жылғы 15 сәуірдегі № 88-V «Мемлекеттік көрсетілетін қызметтер туралы» Заңының 25-бабы; мәтіні мұнда салыстырылмаған (регламент мәтінінде шағымдану бөлімі жоқ)",
  ru: "Статья 25 Закона Республики Казахстан от 15 апреля 2013 года № 88-V «О государственных услугах»; с текстом здесь не сверено (в тексте регламента раздела об обжаловании нет)",
  en: "Article 25 of the Law of the Republic of Kazakhstan «On Public Services» No. 88-V of 15 April 2013; not checked against its text here (the regulation's text has no section on appeals)",
};
const appealRoute = (source: typeof LAW_88V_ART_25): RegulationRules["appealRoute"] => [
  {
    body: "PROVIDER",
    name: { kk: "Көрсетілетін қызметті берушінің басшысы", ru: "Руководитель услугодателя", en: "The head of the service provider" },
    termWorkingDays: 5,
    text: {
      kk: "Шешімге көрсетілетін қызметті берушінің басшысының атына шағым беруге болады (порталдағы жеке кабинеттен де): шағым тіркелген күнінен бастап 5 жұмыс күні ішінде қаралады.",
      ru: "Решение можно обжаловать жалобой на имя руководителя услугодателя (в том числе из личного кабинета на портале): жалоба рассматривается в течение 5 рабочих дней со дня её регистрации.",
      en: "You may appeal the decision with a complaint to the head of the service provider (also from your account on the portal): it is considered within 5 working days of its registration.",
    },
    source,
    isConfirmed: false,
  },
  {
    body: "QUALITY_AUTHORITY",
    name: {
      kk: "Мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті орган",
      ru: "Уполномоченный орган по оценке и контролю за качеством оказания государственных услуг",
      en: "The authorized body for assessing and controlling the quality of public services",
    },
    termWorkingDays: 15,
    text: {
      kk: "Мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті органға берілген шағым тіркелген күнінен бастап 15 жұмыс күні ішінде қаралады.",
      ru: "Жалоба в уполномоченный орган по оценке и контролю за качеством оказания государственных услуг рассматривается в течение 15 рабочих дней со дня её регистрации.",
      en: "A complaint to the authorized body for assessing and controlling the quality of public services is considered within 15 working days of its registration.",
    },
    source,
    isConfirmed: false,
  },
  {
    body: "COURT",
    name: { kk: "Сот", ru: "Суд", en: "A court" },
    termWorkingDays: null,
    text: {
      kk: "Нәтижемен келіспеген жағдайда Қазақстан Республикасының заңнамасында белгіленген тәртіппен сотқа жүгінуге болады.",
      ru: "При несогласии с результатом можно обратиться в суд в порядке, установленном законодательством Республики Казахстан.",
      en: "If you disagree with the result, you may go to court in the manner the law of the Republic of Kazakhstan sets.",
    },
    source,
    isConfirmed: false,
  },
];
const LAW_88V_ART_25_2020 = {
  kk: `${LAW_88V_ART_25.kk.split(";")[0]}; 2018 жылғы Маңғыстау регламентінің нұсқасынан сақталған, 2020 жылғы қағидалармен және заңның қазіргі редакциясымен салыстырылмаған`,
  ru: `${LAW_88V_ART_25.ru.split(";")[0]}; сохранено из версии Мангистауского регламента 2018 года, с правилами 2020 года и действующей редакцией закона не сверено`,
  en: `${LAW_88V_ART_25.en.split(";")[0]}; kept from MANGYSTAU-2018, not checked against the 2020 rules or the law's present edition`,
};

const checklist2015: RegulationRules["checklist"] = [
  {
    code: "APPLICATION_FORM",
    name: { kk: "Стандартқа сәйкес нысандағы өтініш", ru: "Заявление по форме согласно Стандарту", en: "Application in the Standard's form" },
    requirement: "REQUIRED",
    isReturnedToApplicant: false,
  },
  {
    code: "IDENTITY_DOCUMENT",
    // that it is handed back is `isReturnedToApplicant`, which the form and the papers say themselves
    name: { kk: "Жеке басын куәландыратын құжат (сәйкестендіру үшін)", ru: "Документ, удостоверяющий личность (для идентификации)", en: "Identity document (for identification)" },
    requirement: "REQUIRED",
    isReturnedToApplicant: true,
  },
  {
    code: "EDUCATION_DIPLOMA",
    name: { kk: "Білімі туралы дипломның көшірмесі", ru: "Копия диплома об образовании", en: "Copy of the education diploma" },
    requirement: "REQUIRED",
    isReturnedToApplicant: false,
  },
  {
    code: "TRAINING_CERTIFICATE",
    name: { kk: "Біліктілікті арттыру курсынан өткені туралы құжаттың көшірмесі", ru: "Копия документа о прохождении курсов повышения квалификации", en: "Copy of the in-service training certificate" },
    requirement: "REQUIRED",
    isReturnedToApplicant: false,
  },
  {
    code: "CURRENT_CATEGORY_CERTIFICATE",
    name: { kk: "Бар біліктілік санаты туралы куәліктің көшірмесі", ru: "Копия удостоверения об имеющейся квалификационной категории", en: "Copy of the certificate of the category held" },
    requirement: "WHEN_CATEGORY_HELD",
    isReturnedToApplicant: false,
  },
  {
    code: "EMPLOYMENT_RECORD",
    name: { kk: "Еңбек қызметін растайтын құжаттың көшірмесі (еңбек кітапшасы)", ru: "Копия документа, подтверждающего трудовую деятельность (трудовая книжка)", en: "Copy of the employment record (work book)" },
    requirement: "REQUIRED",
    isReturnedToApplicant: false,
  },
];

// Who provides the service and on which channels, per version (issue 15, item 7).
const SEED_PAR_1 = {
  kk: "Регламенттің 1-тармағы: қызметті білім беру ұйымдары, қалалық, аудандық білім бөлімдері және Маңғыстау облысының білім басқармасы көрсетеді",
  ru: "Пункт 1 регламента: услугу оказывают организации образования, городские и районные отделы образования и управление образования Мангистауской области",
  en: "The regulation's par. 1: the education organizations, the city and district education departments and the Mangystau regional education department provide the service",
};
const SEED_ENTRY_POINTS = {
  kk: "Регламент: көрсетілетін қызметті берушінің кеңсесі (5-тармақ) және Мемлекеттік корпорация (9-тармақ)",
  ru: "Регламент: канцелярия услугодателя (пункт 5) и Государственная корпорация (пункт 9)",
  en: "The regulation: the provider's office (par. 5) and the State Corporation (par. 9)",
};
// what egov.kz's page of the service says, as read for issue 15 (the act's own text not read here)
const EGOV_PAGE = {
  kk: "egov.kz порталындағы қызмет беті (15-мәселе үшін оқылған)",
  ru: "Страница услуги на портале egov.kz (прочитана для задачи 15)",
  en: "egov.kz service page, as read for issue 15",
};
const egovPage = (kk: string, ru: string, en: string) => ({ kk: `${EGOV_PAGE.kk}: ${kk}`, ru: `${EGOV_PAGE.ru}: ${ru}`, en: `${EGOV_PAGE.en}: ${en}` });

const providers2018: RegulationRules["providers"] = {
  kinds: ["REGIONAL_DEPARTMENT", "DISTRICT_DEPARTMENT", "PRESCHOOL", "SCHOOL", "COLLEGE"],
  source: SEED_PAR_1,
  isConfirmed: true,
};
const channels2018: RegulationRules["channels"] = [
  { code: "OFFICE", isServedHere: true, source: SEED_ENTRY_POINTS, isConfirmed: true },
  { code: "STATE_CORP", isServedHere: true, source: SEED_ENTRY_POINTS, isConfirmed: true },
];

const providers2020: RegulationRules["providers"] = {
  kinds: ["REGIONAL_DEPARTMENT", "DISTRICT_DEPARTMENT"],
  source: egovPage(
    "қызметті жергілікті атқарушы органдар (облыстың, қаланың және ауданның білім басқармалары мен бөлімдері) көрсетеді, мектептер емес",
    "услугу оказывают местные исполнительные органы (управления и отделы образования области, города и района), а не школы",
    "the local executive bodies (the regional, city and district education departments) provide the service, not schools",
  ),
  isConfirmed: true,
};
const channels2020: RegulationRules["channels"] = [
  {
    code: "OFFICE",
    isServedHere: true,
    termMinutes: 20,
    source: egovPage("көрсетілетін қызметті берушіге тапсырғанда — 20 минут", "при сдаче услугодателю — 20 минут", "at the provider — 20 minutes"),
    isConfirmed: true,
  },
  {
    code: "STATE_CORP",
    isServedHere: true,
    source: egovPage(
      "Мемлекеттік корпорация арқылы — көрсетілетін қызметті берушінің орналасқан жерінде 3 жұмыс күні, басқа жерде 7 жұмыс күні; қабылдаған күні мерзімге кірмейді",
      "через Государственную корпорацию — 3 рабочих дня по месту нахождения услугодателя, 7 рабочих дней в другом месте; день приёма не входит в срок",
      "through the State Corporation — 3 working days at the provider's location, 7 elsewhere; the day of acceptance is not counted",
    ),
    isConfirmed: true,
  },
  {
    code: "E_GOV_PORTAL",
    // a channel of the law; this portal does not receive e-government packages (issue 15)
    isServedHere: false,
    termWorkingDays: 1,
    source: egovPage("«электрондық үкімет» порталы арқылы — 1 жұмыс күні", "через портал «электронного правительства» — 1 рабочий день", "through the e-government portal — 1 working day"),
    isConfirmed: true,
  },
];

// The documents of the attestation rules (order No. 83) on the 2020 rules. The list is not in the
// texts read here (shared/domain): each item is best knowledge of what egov.kz's page asks, to be
// checked against the act; none is taken silently from the 2015 Standard.
const CHECKLIST_2020_SOURCE = EGOV_PAGE;
const unconfirmed2020 = { source: CHECKLIST_2020_SOURCE, isConfirmed: false } as const;
const checklist2020: RegulationRules["checklist"] = [
  {
    code: "APPLICATION_FORM",
    name: { kk: "Аттестаттау қағидаларындағы нысан бойынша өтініш", ru: "Заявление по форме правил аттестации", en: "Application in the attestation rules' form" },
    requirement: "REQUIRED",
    isReturnedToApplicant: false,
    ...unconfirmed2020,
  },
  {
    code: "IDENTITY_DOCUMENT",
    name: { kk: "Жеке басын куәландыратын құжат (сәйкестендіру үшін)", ru: "Документ, удостоверяющий личность (для идентификации)", en: "Identity document (for identification)" },
    requirement: "REQUIRED",
    isReturnedToApplicant: true,
    ...unconfirmed2020,
  },
  {
    code: "EDUCATION_DIPLOMA",
    name: { kk: "Білімі туралы дипломның көшірмесі", ru: "Копия диплома об образовании", en: "Copy of the education diploma" },
    requirement: "REQUIRED",
    isReturnedToApplicant: false,
    ...unconfirmed2020,
  },
  {
    code: "TRAINING_CERTIFICATE",
    name: { kk: "Біліктілікті арттыру курсынан өткені туралы құжаттың көшірмесі", ru: "Копия документа о прохождении курсов повышения квалификации", en: "Copy of the in-service training certificate" },
    requirement: "REQUIRED",
    isReturnedToApplicant: false,
    ...unconfirmed2020,
  },
  {
    code: "CURRENT_CATEGORY_CERTIFICATE",
    name: { kk: "Бар біліктілік санаты туралы куәліктің көшірмесі", ru: "Копия удостоверения об имеющейся квалификационной категории", en: "Copy of the certificate of the category held" },
    requirement: "WHEN_CATEGORY_HELD",
    isReturnedToApplicant: false,
    ...unconfirmed2020,
  },
  {
    code: "EMPLOYMENT_RECORD",
    name: { kk: "Еңбек қызметін растайтын құжаттың көшірмесі", ru: "Копия документа, подтверждающего трудовую деятельность", en: "Copy of the document confirming employment" },
    requirement: "REQUIRED",
    isReturnedToApplicant: false,
    ...unconfirmed2020,
  },
];

const CATEGORIES_2020_SOURCE = egovPage(
  "педагог-модератор, педагог-сарапшы, педагог-зерттеуші, педагог-шебер",
  "педагог-модератор, педагог-эксперт, педагог-исследователь, педагог-мастер",
  "pedagogue-moderator, -expert, -researcher, -master",
);

type Clause = RegulationRules["refusalGrounds"][number]["clause"];

// what the incomplete package falls short of: the Standard's p.9 in 2018, the attestation rules in 2020
// (the 2020 text: migration 20261202130500_rules_2020_incomplete_ground)
const INCOMPLETE_2018 = {
  kk: "Көрсетілетін қызметті алушы Стандарттың 9-тармағында көзделген құжаттардың толық топтамасын ұсынбаған",
  ru: "Услугополучателем не представлен полный пакет документов, предусмотренных пунктом 9 Стандарта",
  en: "The service recipient did not submit the full package of documents listed in paragraph 9 of the Standard",
};
const INCOMPLETE_2020 = {
  kk: "Көрсетілетін қызметті алушы аттестаттау қағидаларында көзделген құжаттардың толық топтамасын ұсынбаған",
  ru: "Услугополучателем не представлен полный пакет документов, предусмотренных правилами аттестации",
  en: "The service recipient did not submit the full package of documents listed in the attestation rules",
};

const grounds = (clause: Clause, incomplete: LocalizedText): RegulationRules["refusalGrounds"] => [
  {
    code: "INCOMPLETE_PACKAGE",
    clause,
    text: incomplete,
    requiresMissingItems: true,
  },
  {
    code: "UNRELIABLE_DOCUMENTS",
    clause,
    text: {
      kk: "Ұсынылған құжаттардың және (немесе) олардағы деректердің анық еместігі анықталды",
      ru: "Установлена недостоверность представленных документов и (или) данных (сведений), содержащихся в них",
      en: "The documents submitted, or the data in them, were found unreliable",
    },
    requiresMissingItems: false,
  },
  {
    code: "REQUIREMENTS_NOT_MET",
    clause,
    text: {
      kk: "Көрсетілетін қызметті алушының және (немесе) ұсынылған материалдардың нормативтік құқықтық актілердің талаптарына сәйкес келмеуі",
      ru: "Несоответствие услугополучателя и (или) представленных материалов требованиям нормативных правовых актов",
      en: "The service recipient or the materials submitted do not meet the requirements of the legal acts",
    },
    requiresMissingItems: false,
  },
];

// The regulation's 20-minute norms; the State Corporation terms of the 2020 successor (3 working
// days in the provider's locality, 7 elsewhere), used for 2018 too since its own are unconfirmed.
const normsAndTerms = {
  stepNormMinutes: { CORP_INTAKE: 20, OFFICE_REGISTRATION: 20, COMPLETENESS_CHECK: 20 },
  dueSoonShare: 0.75,
  serviceTermWorkingDays: { stateCorpSameLocality: 3, stateCorpOtherLocality: 7 },
  // p.10: «бір тәуліктен кешіктірмей» — one day of 24 hours
  resultToCorpLeadHours: 24,
} satisfies Partial<RegulationRules>;

// Issue 15, item 9: how long a result waits for its applicant. Our texts (the seed regulation,
// shared/domain/standard.md) do not say; this is the typical pattern of the Standards of that time.
// the same text as migration 20261202110000_result_handover
const UNCLAIMED_RESULT: RegulationRules["unclaimedResult"] = {
  STATE_CORP: {
    keptForMonths: 1,
    thenPassedToProvider: true,
    source: {
      kk: "Сол кездегі стандарттардың әдеттегі тәртібі (15-мәселе, 9-тармақ): Мемлекеттік корпорация алынбаған нәтижені бір ай сақтайды, содан кейін сақтауға көрсетілетін қызметті берушіге береді; регламентте де, № 632 Стандарт туралы жазбаларымызда да жоқ",
      ru: "Типичный порядок стандартов того времени (задача 15, пункт 9): Государственная корпорация хранит невостребованный результат один месяц, затем передаёт его услугодателю на хранение; нет ни в регламенте, ни в наших записях о Стандарте № 632",
      en: "The typical pattern of the Standards of that time (issue 15, item 9): the State Corporation keeps an unclaimed result one month, then passes it to the provider for keeping; not in the seed regulation nor in our notes of Standard No. 632",
    },
    isConfirmed: false,
  },
  OFFICE: {
    keptForMonths: null,
    thenPassedToProvider: false,
    source: {
      kk: "Регламент те, № 632 Стандарт туралы жазбаларымыз да көрсетілетін қызметті берушінің кеңсесінде сақталатын нәтиженің мерзімін белгілемейді: кеңсе оны алынғанға дейін сақтайды",
      ru: "Ни регламент, ни наши записи о Стандарте № 632 не устанавливают срок хранения результата в канцелярии услугодателя: канцелярия хранит его до получения",
      en: "Neither the seed regulation nor our notes of Standard No. 632 set a term for a result kept at the provider's office: the office keeps it until it is collected",
    },
    isConfirmed: false,
  },
};

export const REGULATION_VERSIONS: RegulationVersionSeed[] = [
  {
    code: "MANGYSTAU-2018",
    title: {
      kk: "Маңғыстау облысы әкімдігінің 2018 жылғы 28 мамырдағы № 121 қаулысы (17-қосымша)",
      ru: "Постановление акимата Мангистауской области от 28 мая 2018 года № 121 (приложение 17)",
      en: "Mangystau region akimat resolution No. 121 of 28 May 2018 (appendix 17)",
    },
    legalBasis:
      "Mangystau akimat No. 154 of 31.05.2016 as amended by No. 121 of 28.05.2018, appendix 17; Standard: MES Order No. 632 of 09.11.2015 (reg. No. 12449)",
    effectiveFrom: "2016-06-01",
    effectiveTo: "2027-01-01",
    legal: {
      inForceFrom: {
        date: null,
        source: {
          kk: "2018 жылғы 28 мамырда қабылданған (мәтіннің тақырыбы); жарияланғаннан кейін күшіне енген күні мұнда анықталмаған",
          ru: "Принят 28 мая 2018 года (заголовок текста); день вступления в силу после опубликования здесь не установлен",
          en: "Adopted on 28 May 2018 (the text's heading); the day it entered into force after publication is not established here",
        },
        isConfirmed: false,
      },
      inForceTo: {
        date: "2020-03-20",
        source: {
          kk: "Бұрынғы зерттеудің жазбасы: № 121 қаулы Маңғыстау облысы әкімдігінің 2020 жылғы 20 наурыздағы № 44 қаулысымен күшін жойған",
          ru: "Заметка прежнего исследования: постановление № 121 утратило силу постановлением акимата Мангистауской области от 20 марта 2020 года № 44",
          en: "A note of earlier research: resolution No. 121 lost force under Mangystau akimat resolution No. 44 of 20 March 2020",
        },
        isConfirmed: false,
      },
      acts: [
        {
          role: "ADOPTED_BY",
          title: {
            kk: "Маңғыстау облысы әкімдігінің қаулысы, 17-қосымша",
            ru: "Постановление акимата Мангистауской области, приложение 17",
            en: "Resolution of the Mangystau region akimat, appendix 17",
          },
          number: "121",
          date: "2018-05-28",
          source: SEED_HEADING,
          isConfirmed: true,
        },
        {
          role: "AMENDS",
          title: {
            kk: "Маңғыстау облысы әкімдігінің қаулысы (регламентті алғаш бекіткен)",
            ru: "Постановление акимата Мангистауской области (которым регламент утверждён впервые)",
            en: "Resolution of the Mangystau region akimat (which first approved the regulation)",
          },
          number: "154",
          date: "2016-05-31",
          source: SEED_HEADING,
          isConfirmed: true,
        },
        STANDARD_632,
        {
          role: "ENDED_BY",
          title: {
            kk: "Маңғыстау облысы әкімдігінің қаулысы",
            ru: "Постановление акимата Мангистауской области",
            en: "Resolution of the Mangystau region akimat",
          },
          number: "44",
          date: "2020-03-20",
          source: {
            kk: "Бұрынғы зерттеудің жазбасы; актінің мәтінімен салыстырылмаған",
            ru: "Заметка прежнего исследования; с текстом акта не сверено",
            en: "A note of earlier research; not checked against the act's text",
          },
          isConfirmed: false,
        },
      ],
    },
    rules: {
      ...normsAndTerms,
      serviceName: SERVICE_2018,
      // p.5.2 and p.8.2: the executor checks at the office; p.10: the office clerk on the State Corporation route
      completenessCheckedBy: { OFFICE: "EXECUTOR", STATE_CORP: "CLERK", E_GOV_PORTAL: "EXECUTOR" },
      incompleteAtCounter: {
        OFFICE: { outcome: "REGISTER", source: COUNTER_SOURCES.office2018, isConfirmed: true },
        STATE_CORP: { outcome: "REFUSE", source: COUNTER_SOURCES.corp2018, isConfirmed: false },
      },
      providers: providers2018,
      channels: channels2018,
      unclaimedResult: UNCLAIMED_RESULT,
      checklist: checklist2015,
      refusalGrounds: grounds(STANDARD_632_PAR_10, INCOMPLETE_2018),
      appealRoute: appealRoute(LAW_88V_ART_25),
      categories: [
        { code: "SECOND", name: { kk: "Екінші санат", ru: "Вторая категория", en: "Second category" }, rank: 1 },
        { code: "FIRST", name: { kk: "Бірінші санат", ru: "Первая категория", en: "First category" }, rank: 2 },
        { code: "HIGHEST", name: { kk: "Жоғары санат", ru: "Высшая категория", en: "Highest category" }, rank: 3 },
      ],
    },
  },
  {
    code: "RULES-2020",
    title: {
      kk: "Педагогтерді аттестаттаудан өткізу қағидалары (2020 жылғы редакция)",
      ru: "Правила проведения аттестации педагогов (редакция 2020 года)",
      en: "Rules of teacher attestation (2020 edition)",
    },
    legalBasis: "Law on the Status of a Pedagogue No. 293-VI of 27.12.2019; attestation rules as amended in 2020",
    effectiveFrom: "2027-01-01",
    effectiveTo: null,
    legal: {
      inForceFrom: {
        date: null,
        source: {
          kk: "ҚР БҒМ 2020 жылғы 14 мамырдағы № 202 бұйрығы (тіркеу № 20636) қызмет стандартын аттестаттау қағидаларына көшірді; күшіне енген күні мұнда анықталмаған",
          ru: "Приказ МОН РК от 14 мая 2020 года № 202 (регистрация № 20636) перенёс стандарт услуги в правила аттестации; день вступления в силу здесь не установлен",
          en: "MES order No. 202 of 14 May 2020 (registration No. 20636) moved the service's standard into the attestation rules; the day it entered into force is not established here",
        },
        isConfirmed: false,
      },
      inForceTo: {
        date: null,
        source: {
          kk: "Оны тоқтатқан акт белгісіз; қызмет egov.kz порталында көрсетілген",
          ru: "Акт, прекративший его действие, неизвестен; услуга указана на портале egov.kz",
          en: "No act ending it is known; egov.kz lists the service",
        },
        isConfirmed: false,
      },
      acts: [
        {
          role: "ADOPTED_BY",
          title: {
            kk: "Қазақстан Республикасы Білім және ғылым министрінің бұйрығы (қызмет стандартын аттестаттау қағидаларына көшірді)",
            ru: "Приказ Министра образования и науки Республики Казахстан (перенёс стандарт услуги в правила аттестации)",
            en: "Order of the Minister of Education and Science (moved the service's standard into the attestation rules)",
          },
          number: "202",
          date: "2020-05-14",
          registrationNumber: "20636",
          source: {
            kk: "Нормативтік құқықтық актілер тізілімі, мемлекеттік тіркеу № 20636",
            ru: "Реестр нормативных правовых актов, государственная регистрация № 20636",
            en: "Register of normative legal acts, state registration No. 20636",
          },
          isConfirmed: true,
        },
        {
          role: "BASED_ON",
          title: {
            kk: "Педагогтерді аттестаттаудан өткізу қағидалары мен шарттары (ҚР БҒМ бұйрығы)",
            ru: "Правила и условия проведения аттестации педагогов (приказ МОН РК)",
            en: "Rules and conditions of teacher attestation (order of the Ministry of Education and Science)",
          },
          number: "83",
          date: "2016-01-27",
          source: {
            kk: "shared/domain/standard.md «2016 жылғы аттестаттау туралы № 83 бұйрықты» атайды; күні мұнда тексерілмеген",
            ru: "shared/domain/standard.md называет «приказ № 83 2016 года об аттестации»; его дата здесь не проверена",
            en: "shared/domain/standard.md names «2016 Order No. 83 on attestation»; its day is not checked here",
          },
          isConfirmed: false,
        },
        {
          role: "BASED_ON",
          title: { kk: "«Педагог мәртебесі туралы» Қазақстан Республикасының Заңы", ru: "Закон Республики Казахстан «О статусе педагога»", en: "Law of the Republic of Kazakhstan «On the Status of a Pedagogue»" },
          number: "293-VI",
          date: "2019-12-27",
          source: {
            kk: "shared/domain/standard.md (2020 жылғы санаттар осы заңнан)",
            ru: "shared/domain/standard.md (категории 2020 года — из этого закона)",
            en: "shared/domain/standard.md (the 2020 categories come from it)",
          },
          isConfirmed: true,
        },
      ],
    },
    rules: {
      ...normsAndTerms,
      serviceName: SERVICE_2020,
      // the 2020 rules name no office clerk's check: the provider's executor checks on every channel
      completenessCheckedBy: { OFFICE: "EXECUTOR", STATE_CORP: "EXECUTOR", E_GOV_PORTAL: "EXECUTOR" },
      incompleteAtCounter: {
        OFFICE: { outcome: "REGISTER", source: COUNTER_SOURCES.office2020, isConfirmed: false },
        STATE_CORP: { outcome: "REFUSE", source: COUNTER_SOURCES.corp2020, isConfirmed: false },
      },
      providers: providers2020,
      channels: channels2020,
      unclaimedResult: UNCLAIMED_RESULT,
      checklist: checklist2020,
      refusalGrounds: grounds(RULES_2020_GROUNDS, INCOMPLETE_2020),
      appealRoute: appealRoute(LAW_88V_ART_25_2020),
      categories: [
        {
          code: "PEDAGOG_INTERN",
          name: { kk: "Педагог-тағылымдамашы", ru: "Педагог-стажёр", en: "Pedagogue-intern" },
          rank: 0,
          source: {
            kk: "№ 83 бұйрықтың 2022 жылғы мәтіні; осы қызмет арқылы берілетіні расталмаған",
            ru: "Текст приказа № 83 2022 года; что она присваивается через эту услугу, не подтверждено",
            en: "A 2022 text of order No. 83; not confirmed that it is assigned through this service",
          },
          isConfirmed: false,
        },
        {
          code: "PEDAGOG",
          name: { kk: "Педагог", ru: "Педагог", en: "Pedagogue" },
          rank: 1,
          source: {
            kk: "shared/domain/standard.md атайды; egov.kz беті (15-мәселе) төрт санатты атайды",
            ru: "Называет shared/domain/standard.md; страница egov.kz (задача 15) называет четыре категории",
            en: "shared/domain/standard.md names it; egov.kz's page (issue 15) names four categories",
          },
          isConfirmed: false,
        },
        { code: "PEDAGOG_MODERATOR", name: { kk: "Педагог-модератор", ru: "Педагог-модератор", en: "Pedagogue-moderator" }, rank: 2, source: CATEGORIES_2020_SOURCE, isConfirmed: true },
        { code: "PEDAGOG_EXPERT", name: { kk: "Педагог-сарапшы", ru: "Педагог-эксперт", en: "Pedagogue-expert" }, rank: 3, source: CATEGORIES_2020_SOURCE, isConfirmed: true },
        { code: "PEDAGOG_RESEARCHER", name: { kk: "Педагог-зерттеуші", ru: "Педагог-исследователь", en: "Pedagogue-researcher" }, rank: 4, source: CATEGORIES_2020_SOURCE, isConfirmed: true },
        { code: "PEDAGOG_MASTER", name: { kk: "Педагог-шебер", ru: "Педагог-мастер", en: "Pedagogue-master" }, rank: 5, source: CATEGORIES_2020_SOURCE, isConfirmed: true },
      ],
    },
  },
];
