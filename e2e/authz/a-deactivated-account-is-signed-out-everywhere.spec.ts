// An account the administrator blocks stops working at once, in every browser it is signed in
// to: its sessions end with the change, not eight hours later when the cookies would expire.
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { updateStaffAccount } from "../../lib/admin/users";
import { hashPassword } from "../../lib/auth/password";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { createStaffAccount } from "../../prisma/factories";
import { actorByLogin, e2eDb } from "../staff/fixtures";
import { DEMO_PASSWORD } from "../support";
import { signedInContext } from "./api-session";

test("a clerk deactivated by the administrator is refused in both of the browsers they were using", async ({ browser, baseURL }) => {
  test.setTimeout(60_000);
  const db = e2eDb();
  const login = `clerk.blocked-${randomBytes(4).toString("hex")}`;
  const clerk = await createStaffAccount(db, {
    role: "CLERK",
    organization: DEMO_ACCOUNTS.clerk.organization,
    login,
    fullName: "Тестова Бұғатталған",
    passwordHash: await hashPassword(DEMO_PASSWORD),
  });
  const desk = await signedInContext(baseURL!, login);
  const laptop = await signedInContext(baseURL!, login);
  for (const session of [desk, laptop]) expect((await session.get("/api/staff/queue")).status()).toBe(200);

  // the administrator's own use-case, as the admin page's action runs it
  const admin = await actorByLogin(DEMO_ACCOUNTS.admin.login);
  await updateStaffAccount(db, admin, clerk.userId, { fullName: clerk.name, role: "CLERK", organizationId: clerk.organizationId, isActive: false });

  for (const session of [desk, laptop]) expect((await session.get("/api/staff/queue")).status()).toBe(401);
  // and in a browser holding the laptop's cookie, the workspace sends the clerk to sign in
  const browserOfTheLaptop = await browser.newContext({ storageState: await laptop.storageState() });
  const page = await browserOfTheLaptop.newPage();
  await page.goto("/clerk");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fclerk/);
  await browserOfTheLaptop.close();
  await desk.dispose();
  await laptop.dispose();

  const sessions = await db.userSession.findMany({ where: { userId: clerk.userId }, select: { endedReason: true } });
  expect(sessions).toEqual([{ endedReason: "ACCOUNT_DEACTIVATED" }, { endedReason: "ACCOUNT_DEACTIVATED" }]);
});
