// What a notice says of collecting the result, when the change leaves it waiting somewhere (issue
// 15, item 9): the place's name, address and hours in each language (the notice picks the
// applicant's), and the last day it is kept. Read before the transition's transaction.
import type { Db } from "../db/client";
import { isCounterChannel, type ApplicationState, type Channel } from "../domain/lifecycle";
import type { RegulationRules } from "../domain/regulation-version";
import { collectionPlace, keptUntil } from "../domain/result-collection";

type Texts = { kk: string | null; ru: string | null; en: string | null };

export interface CollectionNotice {
  name: { nameKk: string; nameRu: string; nameEn: string };
  address: Texts;
  hours: Texts;
  /** Aktau's local date, YYYY-MM-DD; null: kept until collected */
  keptUntil: string | null;
}

const POINT_FIELDS = {
  nameKk: true,
  nameRu: true,
  nameEn: true,
  addressKk: true,
  addressRu: true,
  addressEn: true,
  receptionHoursKk: true,
  receptionHoursRu: true,
  receptionHoursEn: true,
} as const;

/** Null unless the package in `toState` waits for its applicant; `readyAt` is when the change happens. */
export async function collectionNoticeFor(
  db: Db,
  application: { channel: Channel; providerId: string; corpCentreId: string | null },
  toState: ApplicationState,
  rules: RegulationRules,
  readyAt: Date,
): Promise<CollectionNotice | null> {
  const place = collectionPlace(toState, application.channel);
  if (!place || !isCounterChannel(application.channel)) return null;
  const organizationId = place === "CORP_CENTRE" ? application.corpCentreId : application.providerId;
  if (!organizationId) return null;
  const point = await db.organization.findUnique({ where: { id: organizationId }, select: POINT_FIELDS });
  if (!point) return null;
  return {
    name: { nameKk: point.nameKk, nameRu: point.nameRu, nameEn: point.nameEn },
    address: { kk: point.addressKk, ru: point.addressRu, en: point.addressEn },
    hours: { kk: point.receptionHoursKk, ru: point.receptionHoursRu, en: point.receptionHoursEn },
    keptUntil: keptUntil(readyAt, rules.unclaimedResult[application.channel]),
  };
}
