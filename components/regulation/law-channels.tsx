// The channels a version's law gives the service, each with its term, and who provides it: the
// public service page shows the version in force and the one that takes over next. A channel of
// the law this portal does not serve (the e-government portal) is listed, and said to be one.
import { Tag } from "@/components/ui/tag";
import type { RegulationRules } from "@/lib/domain/regulation-version";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { channelTerm } from "./channel-term";

export function LawChannels({ rules, locale, t }: { rules: RegulationRules; locale: Locale; t: Translate }) {
  return (
    <div className="space-y-2 text-sm">
      <p>
        {t("applicant.service.providedBy")} {rules.providers.kinds.map((kind) => t(`dashboard.kinds.${kind}`)).join(", ")}
      </p>
      <ul className="ml-5 list-disc space-y-1">
        {rules.channels.map((channel) => (
          <li key={channel.code} data-channel={channel.code}>
            <span className="font-medium">{t(`dashboard.admin.lawChannelNames.${channel.code}`)}</span>: {channelTerm(rules, channel, t)}
            {channel.code === "STATE_CORP" && <> ({t("applicant.service.acceptanceDayNotCounted")})</>}{" "}
            {!channel.isServedHere && <Tag tone="slate">{t("applicant.service.notServedHere")}</Tag>}
            {!channel.isConfirmed && <> <Tag tone="amber">{t("dashboard.admin.periods.unconfirmed")}</Tag></>}
            <span className="block text-xs text-slate-600">{channel.source[locale]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
