import type { Db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { ApplicationState, Channel } from "../domain/lifecycle";
import { maskIin } from "../domain/identity";
import type { Actor } from "../domain/permissions";
import type { Locale } from "../i18n/locales";
import { applicationsVisibleTo } from "./scope";

/** What a queue row shows; plain data that may cross to a client component. */
export interface ApplicationRow {
  id: string;
  registrationNumber: string;
  state: ApplicationState;
  channel: Channel;
  receivedAt: string;
  applicantName: string;
  maskedIin: string;
  providerName: string;
  categorySought: string;
}

export interface ApplicationFilter {
  states?: ApplicationState[];
  limit?: number;
}

export function localizedName(org: { nameKk: string; nameRu: string; nameEn: string }, locale: Locale): string {
  return locale === "ru" ? org.nameRu : locale === "en" ? org.nameEn : org.nameKk;
}

export async function listApplications(
  db: Db,
  actor: Actor,
  locale: Locale,
  filter: ApplicationFilter = {},
): Promise<{ rows: ApplicationRow[]; total: number }> {
  const where: Prisma.ApplicationWhereInput = {
    AND: [applicationsVisibleTo(actor), filter.states ? { state: { in: filter.states } } : {}],
  };
  const [rows, total] = await Promise.all([
    db.application.findMany({
      where,
      orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
      take: Math.min(filter.limit ?? 50, 200),
      select: {
        id: true,
        registrationNumber: true,
        state: true,
        channel: true,
        receivedAt: true,
        categorySought: true,
        applicant: { select: { lastName: true, firstName: true, iin: true } },
        provider: { select: { nameKk: true, nameRu: true, nameEn: true } },
      },
    }),
    db.application.count({ where }),
  ]);
  return {
    total,
    rows: rows.map((row) => ({
      id: row.id,
      registrationNumber: row.registrationNumber,
      state: row.state,
      channel: row.channel,
      receivedAt: row.receivedAt.toISOString(),
      applicantName: `${row.applicant.lastName} ${row.applicant.firstName}`,
      maskedIin: maskIin(row.applicant.iin),
      providerName: localizedName(row.provider, locale),
      categorySought: row.categorySought,
    })),
  };
}
