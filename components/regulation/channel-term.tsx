// The service term of one of the law's channels, as a version's rules give it: read from the same
// numbers the deadlines are computed from, so the page cannot say one term and the clock count another.
import { officeTermMinutes, type LawChannelRule, type RegulationRules } from "@/lib/domain/regulation-version";
import type { Translate } from "@/lib/i18n/translate";

export function channelTerm(rules: RegulationRules, channel: LawChannelRule, t: Translate): string {
  switch (channel.code) {
    case "OFFICE":
      return t("dashboard.admin.termAtOffice", { minutes: officeTermMinutes(rules) });
    case "STATE_CORP":
      return t("dashboard.admin.termThroughCorp", {
        same: rules.serviceTermWorkingDays.stateCorpSameLocality,
        other: rules.serviceTermWorkingDays.stateCorpOtherLocality,
      });
    case "E_GOV_PORTAL":
      return channel.termWorkingDays ? t("dashboard.admin.termWorkingDays", { days: channel.termWorkingDays }) : t("dashboard.admin.termNotGiven");
  }
}
