import { getTranslator } from "@/lib/i18n/server";

/** Shown while a workspace page loads on the server: says so, to people and to screen readers. */
export async function PageLoading() {
  const { t } = await getTranslator();
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <p className="text-slate-600">{t("staff.queue.refreshing")}</p>
      <div className="h-8 w-1/3 rounded bg-slate-200" />
      <div className="h-40 rounded bg-slate-200" />
    </div>
  );
}
