// Accounts of a spec's own, for stories that fail sign-ins on purpose or change an account (a
// demo account's failures or second factor would trip up the other stories).
import { randomBytes } from "node:crypto";
import { hashPassword } from "../../lib/auth/password";
import { createStaffAccount } from "../../prisma/factories";
import { e2eDb } from "../staff/fixtures";

export const OWN_PASSWORD = "right-password-2026";

export async function freshClerk(prefix = "clerk.e2e"): Promise<{ login: string; userId: string }> {
  const login = `${prefix}-${randomBytes(4).toString("hex")}`;
  const account = await createStaffAccount(e2eDb(), { role: "CLERK", organization: "AKTAU-SCH-07", login, fullName: "Тестова Ә. Б.", passwordHash: await hashPassword(OWN_PASSWORD) });
  return { login, userId: account.userId };
}
