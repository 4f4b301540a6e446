"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Esc on a package page goes back to the queue, unless the key belongs to a field or a dialog. */
export function EscapeToQueue({ href }: { href: string }) {
  const router = useRouter();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key !== "Escape" || ["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName)) return;
      router.push(href);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [href, router]);
  return null;
}
