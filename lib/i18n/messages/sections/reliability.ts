// Messages of reliability, security and accessibility: rate limits, the accessibility statement.
import type { Section } from "./section";

const kk = {
  title: "Сенімділік",
  signIn: {
    tooManyAttempts: "Кіру әрекеттері тым көп болды. {minutes} минуттан кейін қайталап көріңіз.",
  },
  request: {
    unreadable: "Сұрауды оқу мүмкін болмады: ол бүлінген немесе дұрыс емес пішімде. Бетті жаңартып, пішінді қайта жіберіңіз.",
    tooLarge: "Сұрау тым үлкен (1 МБ-тан аспауы керек). Мәтінді қысқартып, қайта жіберіңіз.",
    wrongContentType: "Сұраудың пішімі қолдау көрсетілмейді. Бетті жаңартып, пішінді қайта жіберіңіз.",
    wrongMethod: "Бұл мекенжай мұндай сұрауды қабылдамайды. Порталдың кіру бетін ашыңыз.",
    foreignOrigin: "Сұрау басқа сайттан жіберілген, сондықтан қабылданбады. Порталдың өз бетін ашып, әрекетті сол жерден қайталаңыз.",
  },
  accessibility: {
    title: "Қолжетімділік туралы мәлімдеме",
    footerLink: "Қолжетімділік",
    lead: "«Санат» порталы мүмкіндігі шектеулі адамдарды қоса алғанда, барлық пайдаланушыға қолжетімді болуға тырысады.",
    standardTitle: "Сәйкестік",
    standard: "Портал WCAG 2.2 (Веб-мазмұнның қолжетімділік жөніндегі нұсқаулығы) AA деңгейіне сәйкес келуге бағытталған. Әр шығарылым алдында беттер қазақ, орыс және ағылшын тілдерінде автоматты түрде (axe) тексеріледі: елеулі және сыни қателер болмауы тиіс.",
    featuresTitle: "Не істелген",
    features: {
      keyboard: "Барлық функция тек пернетақтамен қолжетімді; фокус көрінеді.",
      language: "Беттің тілі белгіленген, экраннан оқу бағдарламалары мәтінді дұрыс оқиды.",
      labels: "Пішін өрістерінің белгілері бар, қателер мәтінмен хабарланады.",
      contrast: "Мәтін мен фонның контрасты AA деңгейіне сәйкес келеді.",
      notColourOnly: "Күйлер тек түспен емес, мәтінмен де көрсетіледі.",
    },
    limitsTitle: "Белгілі шектеулер",
    limits: "Түбіртектер мен бас тарту хаттарының PDF нұсқалары әзірге таңбаланған (tagged) PDF емес; олардың мазмұны порталдың өзінде мәтін ретінде қолжетімді.",
    contactTitle: "Кері байланыс",
    contact: "Қолжетімділікке қатысты кедергіге тап болсаңыз, облыстық білім басқармасына немесе өз білім беру ұйымыңыздың кеңсесіне хабарласыңыз: біз 5 жұмыс күні ішінде жауап береміз.",
    reviewed: "Мәлімдеме 2026 жылғы қарашада дайындалды.",
  },
};

export const reliabilityMessages: Section<typeof kk> = {
  kk,
  ru: {
    title: "Надежность",
    signIn: {
      tooManyAttempts: "Слишком много неудачных попыток входа. Попробуйте снова через {minutes} мин.",
    },
    request: {
      unreadable: "Не удалось прочитать запрос: он повреждён или в неверном формате. Обновите страницу и отправьте форму ещё раз.",
      tooLarge: "Запрос слишком большой (не более 1 МБ). Сократите текст и отправьте ещё раз.",
      wrongContentType: "Формат запроса не поддерживается. Обновите страницу и отправьте форму ещё раз.",
      wrongMethod: "Этот адрес не принимает такой запрос. Откройте страницу входа портала.",
      foreignOrigin: "Запрос отправлен с другого сайта и поэтому отклонён. Откройте страницу портала и повторите действие на ней.",
    },
    accessibility: {
      title: "Заявление о доступности",
      footerLink: "Доступность",
      lead: "Портал «Санат» стремится быть доступным для всех пользователей, включая людей с инвалидностью.",
      standardTitle: "Соответствие",
      standard: "Портал нацелен на соответствие уровню AA руководства WCAG 2.2 (Руководство по доступности веб-контента). Перед каждым выпуском страницы автоматически проверяются (axe) на казахском, русском и английском языках: серьёзных и критических ошибок быть не должно.",
      featuresTitle: "Что сделано",
      features: {
        keyboard: "Все функции доступны только с клавиатуры; фокус виден.",
        language: "Язык страницы указан, программы экранного доступа читают текст правильно.",
        labels: "У полей форм есть подписи, ошибки сообщаются текстом.",
        contrast: "Контраст текста и фона соответствует уровню AA.",
        notColourOnly: "Состояния показываются не только цветом, но и текстом.",
      },
      limitsTitle: "Известные ограничения",
      limits: "PDF-версии расписок и отказов пока не являются размеченными (tagged) PDF; их содержание доступно текстом на самом портале.",
      contactTitle: "Обратная связь",
      contact: "Если вы столкнулись с препятствием доступности, обратитесь в управление образования области или в канцелярию своей организации образования: мы ответим в течение 5 рабочих дней.",
      reviewed: "Заявление подготовлено в ноябре 2026 года.",
    },
  },
  en: {
    title: "Reliability",
    signIn: {
      tooManyAttempts: "Too many failed sign-in attempts. Try again in {minutes} min.",
    },
    request: {
      unreadable: "The request could not be read: it is damaged or in the wrong format. Reload the page and send the form again.",
      tooLarge: "The request is too large (1 MB at most). Shorten the text and send it again.",
      wrongContentType: "This request format is not supported. Reload the page and send the form again.",
      wrongMethod: "This address does not accept this kind of request. Open the portal's sign-in page.",
      foreignOrigin: "The request came from another website, so it was refused. Open the portal's own page and try again there.",
    },
    accessibility: {
      title: "Accessibility statement",
      footerLink: "Accessibility",
      lead: "The Sanat portal aims to be usable by everyone, including people with disabilities.",
      standardTitle: "Conformance",
      standard: "The portal aims to conform to WCAG 2.2 (Web Content Accessibility Guidelines) level AA. Before every release its pages are checked automatically (axe) in Kazakh, Russian and English: no serious or critical violations are allowed.",
      featuresTitle: "What we have done",
      features: {
        keyboard: "Everything works with the keyboard alone, and the focus is visible.",
        language: "Each page declares its language, so screen readers pronounce it correctly.",
        labels: "Form fields have labels, and errors are announced as text.",
        contrast: "Text contrast meets level AA.",
        notColourOnly: "States are shown by text, never by colour alone.",
      },
      limitsTitle: "Known limitations",
      limits: "The PDF receipts and refusals are not yet tagged PDFs; their content is available as text in the portal itself.",
      contactTitle: "Feedback",
      contact: "If something stands in your way, contact the regional education department or the office of your education organization: we answer within 5 working days.",
      reviewed: "This statement was prepared in November 2026.",
    },
  },
};
