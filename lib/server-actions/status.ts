"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/prisma";
import { documentSecret, signToken } from "@/lib/documents/signed-token";
import { clientKeyFrom } from "@/lib/rate-limit/client-key";
import { matchPackage, STATUS_VIEW_MINUTES, statusQuerySchema, withinLookupLimits } from "../applications/public-status";

const FIELD_ERRORS = { iin: "invalidIin", accessCode: "invalidAccessCode" } as const;

/**
 * The lookup form posts here (it works before JavaScript loads). A match leads to a signed,
 * short-lived result link, so the IIN and the code never appear in a URL or a server log; every
 * miss leads to the same "not found".
 */
export async function lookUpStatus(posted: FormData): Promise<never> {
  // a crafted request may pass anything as the form: it reads as an empty one
  const formData = posted instanceof FormData ? posted : new FormData();
  const typedNumber = String(formData.get("registrationNumber") ?? "").slice(0, 20);
  const back = (params: Record<string, string>) =>
    redirect(`/status?${new URLSearchParams({ number: typedNumber.trim(), ...params }).toString()}`);

  const parsed = statusQuerySchema.safeParse({
    registrationNumber: typedNumber,
    iin: String(formData.get("iin") ?? "").slice(0, 40),
    accessCode: String(formData.get("accessCode") ?? "").slice(0, 40),
  });
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0];
    return back({ error: FIELD_ERRORS[field as keyof typeof FIELD_ERRORS] ?? "invalidNumber" });
  }

  const now = new Date();
  const lookup = await withinLookupLimits(db(), parsed.data, clientKeyFrom(await headers()), now, () => matchPackage(db(), parsed.data));
  if (lookup.kind === "rateLimited") return back({ error: "rateLimited", retry: String(Math.ceil(lookup.retryAfterSeconds / 60)) });
  if (lookup.kind === "notFound") return back({ error: "notFound" });
  const token = signToken(
    { kind: "status", applicationId: lookup.found, issuedAt: now, expiresAt: new Date(now.getTime() + STATUS_VIEW_MINUTES * 60_000) },
    documentSecret(),
  );
  redirect(`/status/${token}`);
}
