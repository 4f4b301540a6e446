import type { RefusalNotice } from "@/lib/applications/refusal-notice";

/** The refusal exactly as the applicant will read it, in their language. */
export function RefusalPreview({ notice, lang }: { notice: RefusalNotice; lang: string }) {
  return (
    <article lang={lang} className="space-y-3 rounded border border-slate-300 bg-white p-5 font-serif" data-testid="refusal-preview">
      <h3 className="text-center text-lg font-semibold">{notice.heading}</h3>
      <p>{notice.intro}</p>
      <ol className="list-decimal space-y-2 pl-6">
        {notice.grounds.map((ground) => (
          <li key={ground.text}>
            {ground.text}
            <span className="block text-sm text-slate-600">{ground.clause}</span>
          </li>
        ))}
      </ol>
      {notice.missingTitle && (
        <div>
          <p className="font-medium">{notice.missingTitle}</p>
          <ul className="list-disc pl-6">
            {notice.missing.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </div>
      )}
      {notice.note && <p className="italic">{notice.note}</p>}
      <p>{notice.closing}</p>
    </article>
  );
}
