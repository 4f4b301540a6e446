/** A feature's messages in every language; Kazakh is the source shape the others must fill. */
export interface Section<T> {
  kk: T;
  ru: T;
  en: T;
}
