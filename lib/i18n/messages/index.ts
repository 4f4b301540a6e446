import { en } from "./en";
import { kk, type Messages } from "./kk";
import { ru } from "./ru";
import type { Locale } from "../locales";

export type { Messages };
export const MESSAGES: Record<Locale, Messages> = { kk, ru, en };
