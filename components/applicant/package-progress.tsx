// Where a package stands, rendered on the server only (no client JavaScript): the public status
// page and the teacher's account show the same view.
import { stateTone } from "@/components/applications/state-tone";
import { Tag } from "@/components/ui/tag";
import type { PublicStatus } from "@/lib/applications/public-status";
import { isDecided, type ApplicationState } from "@/lib/domain/lifecycle";
import { formatDateTime } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";
import { ResultCollectionCard } from "./result-collection";

const NORM_KEYS = {
  ON_TIME: "applicant.status.onTime",
  DUE_SOON: "applicant.status.dueSoon",
  OVERDUE: "applicant.status.overdue",
  ESCALATED: "applicant.status.overdue",
} as const satisfies Record<string, MessageKey>;

export async function StateLabel({ state }: { state: ApplicationState }) {
  const { t } = await getTranslator();
  return (
    <Tag size="md" className={stateTone(state)} data-testid="package-state">
      {t(`states.${state}`)}
    </Tag>
  );
}

export async function PackageProgress({ status, headingLevel = 2 }: { status: PublicStatus; headingLevel?: 2 | 3 }) {
  const { locale, t } = await getTranslator();
  const H = headingLevel === 2 ? "h2" : "h3";
  const when = (iso: string) => formatDateTime(iso, locale);

  return (
    <div className="space-y-5">
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-slate-600">{t("applicant.status.state")}</dt>
          <dd className="mt-0.5">
            <StateLabel state={status.state} />
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("applicant.status.received")}</dt>
          <dd className="mt-0.5 font-medium">{when(status.receivedAt)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("applicant.status.provider")}</dt>
          <dd className="mt-0.5 font-medium">{status.providerName}</dd>
        </div>
        {status.corpCentreName && (
          <div>
            <dt className="text-slate-600">{t("applicant.status.corpCentre")}</dt>
            <dd className="mt-0.5 font-medium">{status.corpCentreName}</dd>
          </div>
        )}
        <div>
          <dt className="text-slate-600">{t("applicant.status.category")}</dt>
          <dd className="mt-0.5 font-medium">
            {t(`purposes.${status.purpose}`)}: {status.categorySoughtName}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("applicant.status.channel")}</dt>
          <dd className="mt-0.5 font-medium">{t(`channels.${status.channel}`)}</dd>
        </div>
      </dl>

      <section aria-label={t("applicant.status.currentTitle")} className="rounded-lg border border-brand-100 bg-brand-50 p-4">
        <H className="font-semibold">{t("applicant.status.currentTitle")}</H>
        {status.openStep ? (
          <div className="mt-1 space-y-1 text-sm" data-testid="current-step">
            <p className="font-medium">
              {t(`applicant.steps.${status.openStep.step}`)} · {t(NORM_KEYS[status.openStep.normState])}
            </p>
            <p>{t("applicant.status.nextActor", { roles: status.openStep.nextRoles.map((role) => t(`roles.${role}`)).join(", ") })}</p>
            <p>{t("applicant.status.stepDeadline", { deadline: when(status.openStep.deadline) })}</p>
          </div>
        ) : status.collection ? (
          // nothing is due from staff, but something is from her: the result waits to be collected
          <p className="mt-1 text-sm font-medium" data-testid="current-step">{t("resultHandover.collect.current")}</p>
        ) : (
          <p className="mt-1 text-sm">{t("applicant.status.nothingPending")}</p>
        )}
        {status.serviceDeadline && (
          <p className="mt-1 text-sm">{t("applicant.status.serviceDeadline", { deadline: when(status.serviceDeadline) })}</p>
        )}
      </section>

      {status.collection && <ResultCollectionCard collection={status.collection} headingLevel={headingLevel} />}

      <section aria-label={t("applicant.status.resultTitle")}>
        <H className="font-semibold">{t("applicant.status.resultTitle")}</H>
        {status.refusal ? (
          <div className="mt-2 rounded-lg border border-red-200 bg-red-50 p-4 text-sm" data-testid="refusal">
            <p className="font-semibold text-red-900">{t("applicant.status.refusalTitle")}</p>
            <p className="mt-2 font-medium">{t("applicant.status.groundsTitle")}</p>
            <ul className="ml-5 list-disc">
              {status.refusal.grounds.map((ground) => (
                <li key={ground.code}>
                  {ground.text} <span className="text-slate-600">({t("applicant.status.clause", { clause: ground.clause })})</span>
                </li>
              ))}
            </ul>
            {status.refusal.missing.length > 0 && (
              <>
                <p className="mt-2 font-medium">{t("applicant.status.missingTitle")}</p>
                <ul className="ml-5 list-disc">
                  {status.refusal.missing.map((item) => (
                    <li key={item.code}>{item.name}</li>
                  ))}
                </ul>
              </>
            )}
            {/* how to appeal: the version's appeal route, as the refusal paper prints it */}
            <div className="mt-3 border-t border-red-200 pt-3" data-testid="appeal-route">
              <p className="font-medium">{t("complaints.appeal.title")}</p>
              <ol className="ml-5 mt-1 list-decimal space-y-1">
                {status.refusal.appealRoute.map((step) => (
                  <li key={step.body}>
                    <span className="font-medium">{step.name}.</span> {step.text}
                  </li>
                ))}
              </ol>
            </div>
          </div>
        ) : (
          <p className="mt-1 text-sm">{isDecided(status.state) ? t("applicant.status.resultAccepted") : t("applicant.status.resultPending")}</p>
        )}
      </section>

      <section aria-label={t("applicant.status.stepsTitle")}>
        <H className="mb-3 font-semibold">{t("applicant.status.stepsTitle")}</H>
        <ol className="relative space-y-4 border-l-2 border-brand-100 pl-6" data-testid="package-steps">
          {status.steps.map((step, index) => (
            <li key={`${step.at}-${index}`} className="relative">
              <span aria-hidden="true" className="absolute -left-[31px] top-1 h-3 w-3 rounded-full bg-brand-600" />
              <p className="font-medium">{t(`events.${step.action}`)}</p>
              <p className="text-sm text-slate-600">
                <time dateTime={step.at}>{when(step.at)}</time>
                {step.actorRole && (
                  <>
                    {" · "}
                    {step.actorName
                      ? t("applicant.account.byPerson", { name: step.actorName, role: t(`roles.${step.actorRole}`) })
                      : t("applicant.account.byRole", { role: t(`roles.${step.actorRole}`) })}
                  </>
                )}
                {step.organizationName && <> · {step.organizationName}</>}
              </p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
