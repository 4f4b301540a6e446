// Messages of changing one's own password, which an account with a one-time password must do
// before anything else (lib/auth/pending-step.ts).
import type { Section } from "./section";

const kk = {
  title: "Құпиясөзді ауыстыру",
  leadRequired: "Сіздің құпиясөзіңізді басқа адам орнатқан (бір реттік құпиясөз). Жалғастыру алдында өз құпиясөзіңізді ойлап табыңыз.",
  lead: "Жаңа құпиясөз таңдаңыз. Басқа құрылғылардағы сеанстар аяқталады.",
  currentPassword: "Қазіргі құпиясөз",
  newPassword: "Жаңа құпиясөз",
  newPasswordHint: "Кемінде 10 таңба, қазіргісінен өзгеше.",
  confirmPassword: "Жаңа құпиясөзді қайталаңыз",
  submit: "Құпиясөзді ауыстыру",
  submitting: "Сақталуда…",
  changed: "Құпиясөз ауыстырылды.",
  continue: "Жұмыс орнына өту",
  required: "Алдымен құпиясөзді ауыстырыңыз: тіркелгіңізде бір реттік құпиясөз тұр.",
  errors: {
    tooShort: "Жаңа құпиясөз кемінде 10 таңбадан тұруы керек.",
    mismatch: "Жаңа құпиясөздер сәйкес келмейді. Бір құпиясөзді екі рет енгізіңіз.",
    sameAsCurrent: "Жаңа құпиясөз қазіргісінен өзгеше болуы керек.",
    currentWrong: "Қазіргі құпиясөз қате. Кірген кездегі құпиясөзді енгізіңіз.",
    changedMeanwhile: "Құпиясөз осы уақытта басқа терезеде ауыстырылды. Шығып, қайта кіріңіз.",
  },
};

const ru: typeof kk = {
  title: "Смена пароля",
  leadRequired: "Ваш пароль задал другой человек (одноразовый пароль). Прежде чем продолжить, придумайте свой.",
  lead: "Выберите новый пароль. Сеансы на других устройствах будут завершены.",
  currentPassword: "Текущий пароль",
  newPassword: "Новый пароль",
  newPasswordHint: "Не короче 10 символов и не такой, как текущий.",
  confirmPassword: "Повторите новый пароль",
  submit: "Сменить пароль",
  submitting: "Сохранение…",
  changed: "Пароль изменён.",
  continue: "Перейти к рабочему месту",
  required: "Сначала смените пароль: у вашей учётной записи одноразовый пароль.",
  errors: {
    tooShort: "Новый пароль должен быть не короче 10 символов.",
    mismatch: "Новые пароли не совпадают. Введите один и тот же пароль дважды.",
    sameAsCurrent: "Новый пароль должен отличаться от текущего.",
    currentWrong: "Текущий пароль неверен. Введите пароль, с которым вы вошли.",
    changedMeanwhile: "Пароль тем временем сменили в другом окне. Выйдите и войдите снова.",
  },
};

const en: typeof kk = {
  title: "Change your password",
  leadRequired: "Your password was set by someone else (a one-time password). Choose your own before you continue.",
  lead: "Choose a new password. Your sessions on other devices will end.",
  currentPassword: "Current password",
  newPassword: "New password",
  newPasswordHint: "At least 10 characters, and not the current one.",
  confirmPassword: "Repeat the new password",
  submit: "Change password",
  submitting: "Saving…",
  changed: "Your password has been changed.",
  continue: "Go to my workspace",
  required: "Change your password first: your account has a one-time password.",
  errors: {
    tooShort: "The new password must be at least 10 characters.",
    mismatch: "The two new passwords differ. Type the same password twice.",
    sameAsCurrent: "The new password must differ from the current one.",
    currentWrong: "The current password is wrong. Type the password you signed in with.",
    changedMeanwhile: "The password was changed in another window meanwhile. Sign out and sign in again.",
  },
};

export const passwordChangeMessages: Section<typeof kk> = { kk, ru, en };
