"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/prisma";
import { documentSecret, signToken } from "@/lib/documents/signed-token";
import { clientKeyFrom } from "@/lib/rate-limit/client-key";
import { consumeRateLimit } from "@/lib/rate-limit/fixed-window";
import { createPostgresStore } from "@/lib/rate-limit/postgres-store";
import { matchPackage, STATUS_RATE_LIMITS, STATUS_VIEW_MINUTES, statusQuerySchema } from "../applications/public-status";

/**
 * The lookup form posts here (it works before JavaScript loads). A match leads to a signed,
 * short-lived result link, so the IIN never appears in a URL or a server log; every miss leads
 * to the same "not found".
 */
export async function lookUpStatus(posted: FormData): Promise<never> {
  // a crafted request may pass anything as the form: it reads as an empty one
  const formData = posted instanceof FormData ? posted : new FormData();
  const typedNumber = String(formData.get("registrationNumber") ?? "").slice(0, 20);
  const back = (params: Record<string, string>) =>
    redirect(`/status?${new URLSearchParams({ number: typedNumber.trim(), ...params }).toString()}`);

  const parsed = statusQuerySchema.safeParse({ registrationNumber: typedNumber, iin: String(formData.get("iin") ?? "").slice(0, 40) });
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0] === "iin" ? "invalidIin" : "invalidNumber";
    return back({ error: field });
  }

  const now = new Date();
  const decision = await consumeRateLimit(
    createPostgresStore(db()),
    [
      { rule: STATUS_RATE_LIMITS.perClient, subject: clientKeyFrom(await headers()) },
      { rule: STATUS_RATE_LIMITS.perNumber, subject: parsed.data.registrationNumber },
    ],
    now,
  );
  if (!decision.isAllowed) return back({ error: "rateLimited", retry: String(Math.ceil(decision.retryAfterSeconds / 60)) });

  const applicationId = await matchPackage(db(), parsed.data);
  if (!applicationId) return back({ error: "notFound" });
  const token = signToken(
    { kind: "status", applicationId, issuedAt: now, expiresAt: new Date(now.getTime() + STATUS_VIEW_MINUTES * 60_000) },
    documentSecret(),
  );
  redirect(`/status/${token}`);
}
