import { en } from "./en";
import { kk } from "./kk";
import { ru } from "./ru";
import type { Locale } from "../locales";

export type Messages = typeof kk;
export const MESSAGES: Record<Locale, Messages> = { kk, ru, en };
