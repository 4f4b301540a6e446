"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/lib/i18n/format";
import type { ScanLine } from "@/lib/staff-pages/package-page";

/** Scans beside the checklist; the clerk or operator can attach more. */
export function ScanPanel({
  applicationId,
  scans,
  canAttach,
  documents,
}: {
  applicationId: string;
  scans: ScanLine[];
  canAttach: boolean;
  documents: { code: string; name: string }[];
}) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const [isUploading, setIsUploading] = useState(false);

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setIsUploading(true);
    setMessage(null);
    const response = await fetch(`/api/applications/${applicationId}/scans`, { method: "POST", body: new FormData(form) });
    setIsUploading(false);
    if (response.ok) {
      form.reset();
      setMessage({ text: t("staff.scans.uploaded"), isError: false });
      router.refresh();
    } else {
      const body = (await response.json().catch(() => null)) as { message?: string } | null;
      setMessage({ text: body?.message ?? t("errors.unexpected"), isError: true });
    }
  }

  return (
    <section aria-labelledby="scans" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="scans" className="mb-2 text-lg font-semibold">{t("staff.scans.title")}</h2>
      {scans.length === 0 ? (
        <p className="text-sm text-slate-600">{t("staff.scans.none")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {scans.map((scan) => (
            <li key={scan.id} className="flex flex-wrap justify-between gap-2 py-2">
              <a href={`/api/scans/${scan.id}`} target="_blank" rel="noopener" className="text-brand-700 underline">
                {scan.fileName}
              </a>
              <span className="text-slate-600">
                {scan.documentName ?? "—"} · {Math.ceil(scan.sizeBytes / 1024)} KB · {formatDateTime(scan.uploadedAt, locale)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {canAttach && (
        <form onSubmit={upload} className="mt-4 grid gap-3 sm:grid-cols-3 sm:items-end">
          <label className="text-sm sm:col-span-1">
            {t("staff.scans.file")}
            <input type="file" name="file" required accept="application/pdf,image/jpeg,image/png" className="mt-1 block w-full text-sm" />
          </label>
          <label className="text-sm">
            {t("staff.scans.document")}
            <select name="documentCode" className="mt-1 w-full rounded border border-slate-300 px-2 py-1.5">
              <option value="">{t("staff.scans.anyDocument")}</option>
              {documents.map((d) => <option key={d.code} value={d.code}>{d.name}</option>)}
            </select>
          </label>
          <Button type="submit" variant="outline" disabled={isUploading}>
            {isUploading ? t("staff.scans.uploading") : t("staff.scans.upload")}
          </Button>
        </form>
      )}
      {message && (
        <p role={message.isError ? "alert" : "status"} aria-label={message.text} className={`mt-3 text-sm ${message.isError ? "text-red-800" : "text-emerald-800"}`}>
          {message.text}
        </p>
      )}
    </section>
  );
}
