"use client";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      // next-auth's client (~10 KB gzip with its helpers) loads on the click, not with every page
      onClick={async () => (await import("next-auth/react")).signOut({ callbackUrl: "/" })}
      className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100"
    >
      {label}
    </button>
  );
}
