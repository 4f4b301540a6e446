"use client";

import { Button } from "@/components/ui/button";

export function SignOutButton({ label }: { label: string }) {
  return (
    <Button
      variant="secondary"
      size="sm"
      // next-auth's client (~10 KB gzip with its helpers) loads on the click, not with every page
      onClick={async () => (await import("next-auth/react")).signOut({ callbackUrl: "/" })}
    >
      {label}
    </Button>
  );
}
