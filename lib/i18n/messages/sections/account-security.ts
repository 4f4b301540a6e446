// Messages of signing in securely: the code step of sign-in, the notice of failed sign-ins from
// elsewhere, and the second factor's enrolment page.
import type { Section } from "./section";

const kk = {
  signIn: {
    codeTitle: "Аутентификатор қолданбасындағы кодты енгізіңіз",
    codeLabel: "6 таңбалы код",
    codeHint: "Телефоныңыздағы аутентификатор қолданбасын ашып, «Санат» үшін көрсетілген кодты теріңіз.",
    codeSubmit: "Растау",
    codeWrong: "Код қате немесе оның мерзімі өтіп кетті. Қолданба дәл қазір көрсетіп тұрған кодты теріңіз.",
    codeExpired: "Құпиясөзді енгізгеннен бері тым көп уақыт өтті. Қайта кіріңіз.",
    codeRequired: "Бұл тіркелгіге кіру үшін код та керек. Логин мен құпиясөзді осы бетте енгізіңіз.",
    failed: "Қазір кіру мүмкін емес. Бірнеше минуттан кейін қайталап көріңіз.",
  },
  notice: {
    title: "Біреу сіздің тіркелгіңізге кіруге әрекеттенген",
    body: "Соңғы кіруіңізден бері басқа құрылғыдан тіркелгіңізге {count} рет сәтсіз кіру әрекеті болды, соңғысы: {time}. Егер бұл сіз болмасаңыз, әкімшіге хабарлап, құпиясөзіңізді ауыстырыңыз.",
    continue: "Жалғастыру",
  },
  secondFactor: {
    nav: "Екінші фактор",
    title: "Екінші фактор (аутентификатор қолданбасы)",
    lead: "Екінші фактор қосылғанда, кіру кезінде құпиясөзбен қатар телефоныңыздағы қолданбадан 6 таңбалы код сұралады: ұрланған құпиясөздің өзі жеткіліксіз болады.",
    requiredLead: "Әкімшілер порталда жұмыс істеу үшін алдымен екінші факторды қосуы керек.",
    scan: "Аутентификатор қолданбасын орнатыңыз (мысалы, Google Authenticator, Microsoft Authenticator немесе FreeOTP) және осы QR кодты сканерлеңіз.",
    qrAlt: "Аутентификатор қолданбасына арналған кілті бар QR код",
    secretLabel: "Немесе қолданбаға мына кілтті қолмен енгізіңіз:",
    confirmLead: "Растау үшін қолданба көрсеткен 6 таңбалы кодты теріңіз.",
    confirm: "Қосу",
    enabled: "Екінші фактор {date} бастап қосулы. Кіру кезінде қолданбадағы код сұралады.",
    confirmed: "Дайын: екінші фактор қосылды. Енді кіру кезінде қолданбадағы код сұралады.",
    wrongCode: "Код сәйкес келмеді. Қолданба дәл қазір көрсетіп тұрған кодты теріңіз.",
    required: "Алдымен екінші факторды қосыңыз: жұмыс орныңыздағы «Екінші фактор» бетін ашыңыз.",
  },
};

export const accountSecurityMessages: Section<typeof kk> = {
  kk,
  ru: {
    signIn: {
      codeTitle: "Введите код из приложения-аутентификатора",
      codeLabel: "Код из 6 цифр",
      codeHint: "Откройте приложение-аутентификатор на телефоне и введите код, показанный для «Санат».",
      codeSubmit: "Подтвердить",
      codeWrong: "Код неверный или устарел. Введите код, который приложение показывает сейчас.",
      codeExpired: "С ввода пароля прошло слишком много времени. Войдите заново.",
      codeRequired: "Для входа в эту учётную запись нужен ещё и код. Введите логин и пароль на этой странице.",
      failed: "Вход сейчас недоступен. Попробуйте ещё раз через несколько минут.",
    },
    notice: {
      title: "Кто-то пытался войти в вашу учётную запись",
      body: "С вашего последнего входа было {count} неудачных попыток войти в вашу учётную запись с другого устройства, последняя — {time}. Если это были не вы, сообщите администратору и смените пароль.",
      continue: "Продолжить",
    },
    secondFactor: {
      nav: "Второй фактор",
      title: "Второй фактор (приложение-аутентификатор)",
      lead: "Со вторым фактором при входе кроме пароля запрашивается код из 6 цифр из приложения на вашем телефоне: одного украденного пароля не хватит.",
      requiredLead: "Администраторы должны сначала включить второй фактор, чтобы работать в портале.",
      scan: "Установите приложение-аутентификатор (например, Google Authenticator, Microsoft Authenticator или FreeOTP) и отсканируйте этот QR-код.",
      qrAlt: "QR-код с ключом для приложения-аутентификатора",
      secretLabel: "Или введите этот ключ в приложение вручную:",
      confirmLead: "Для подтверждения введите код из 6 цифр, который показывает приложение.",
      confirm: "Включить",
      enabled: "Второй фактор включён с {date}. При входе запрашивается код из приложения.",
      confirmed: "Готово: второй фактор включён. Теперь при входе будет запрашиваться код из приложения.",
      wrongCode: "Код не подошёл. Введите код, который приложение показывает сейчас.",
      required: "Сначала включите второй фактор: откройте страницу «Второй фактор» в рабочем кабинете.",
    },
  },
  en: {
    signIn: {
      codeTitle: "Enter the code from your authenticator app",
      codeLabel: "6-digit code",
      codeHint: "Open the authenticator app on your phone and type the code it shows for Sanat.",
      codeSubmit: "Confirm",
      codeWrong: "The code is wrong or has expired. Type the code your app shows now.",
      codeExpired: "Too much time has passed since you entered your password. Sign in again.",
      codeRequired: "This account also needs a code to sign in. Enter your login and password on this page.",
      failed: "Signing in is not possible right now. Try again in a few minutes.",
    },
    notice: {
      title: "Someone tried to sign in to your account",
      body: "Since your last sign-in there were {count} failed attempts to sign in to your account from another device, the last at {time}. If it was not you, tell your administrator and change your password.",
      continue: "Continue",
    },
    secondFactor: {
      nav: "Second factor",
      title: "Second factor (authenticator app)",
      lead: "With a second factor, signing in asks for a 6-digit code from an app on your phone as well as your password: a stolen password alone is not enough.",
      requiredLead: "Administrators must turn on the second factor before they can work in the portal.",
      scan: "Install an authenticator app (for example Google Authenticator, Microsoft Authenticator or FreeOTP) and scan this QR code.",
      qrAlt: "QR code with the key for the authenticator app",
      secretLabel: "Or type this key into the app by hand:",
      confirmLead: "To confirm, type the 6-digit code the app shows.",
      confirm: "Turn on",
      enabled: "The second factor is on since {date}. Signing in asks for the code from your app.",
      confirmed: "Done: the second factor is on. From now on, signing in asks for the code from your app.",
      wrongCode: "The code did not match. Type the code your app shows now.",
      required: "Turn on the second factor first: open the «Second factor» page in your workspace.",
    },
  },
};
