import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { savedSession, useLocale } from "../support";
import { e2eDb, registerAtOffice } from "./fixtures";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

test("the clerk attaches a scan of the diploma, and the executor opens it beside the checklist", async ({ browser, baseURL }) => {
  test.setTimeout(60_000); // three people, one after another
  const { applicationId } = await registerAtOffice(DEMO_ACCOUNTS.clerk.login);

  const clerkContext = await browser.newContext({ storageState: savedSession("clerk") });
  await useLocale(clerkContext, baseURL!, "en");
  const clerk = await clerkContext.newPage();
  await clerk.goto(`/clerk/applications/${applicationId}`);
  // a file that only claims to be a PDF is refused by its content
  await clerk.getByLabel(/File \(PDF, JPEG or PNG/).setInputFiles({ name: "fake.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html></html>") });
  await clerk.getByRole("button", { name: "Attach the scan" }).click();
  await expect(clerk.getByRole("alert").filter({ hasText: "Only PDF, JPEG or PNG scans" })).toBeVisible();

  await clerk.getByLabel(/File \(PDF, JPEG or PNG/).setInputFiles({ name: "diploma.pdf", mimeType: "application/pdf", buffer: PDF });
  await clerk.getByLabel("Which document").selectOption("EDUCATION_DIPLOMA");
  await clerk.getByRole("button", { name: "Attach the scan" }).click();
  await expect(clerk.getByRole("link", { name: "diploma.pdf" })).toBeVisible();
  expect(await e2eDb().scan.count({ where: { applicationId } })).toBe(1);

  const executorContext = await browser.newContext({ storageState: savedSession("executor") });
  await useLocale(executorContext, baseURL!, "en");
  const executor = await executorContext.newPage();
  await executor.goto(`/executor/applications/${applicationId}`);
  const link = executor.getByRole("link", { name: "diploma.pdf" });
  await expect(link).toBeVisible();
  const response = await executor.request.get((await link.getAttribute("href"))!);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(Buffer.from(await response.body()).equals(PDF)).toBe(true);

  // the regional department reads the package, but not the scan
  const regionContext = await browser.newContext({ storageState: savedSession("region") });
  await useLocale(regionContext, baseURL!, "en");
  expect((await regionContext.request.get((await link.getAttribute("href"))!)).status()).toBe(404);
  await Promise.all([clerkContext.close(), executorContext.close(), regionContext.close()]);
});
