import { expect, test } from "@playwright/test";
import { pdfText } from "../../lib/documents/pdf-text.test-support";
import { messages, savedSession, SIGNED_OUT, useLocale } from "../support";
import { DEMO_TEACHER_IIN, demoTeacherPackage } from "../applicant/database";

test.describe(() => {
  test.use({ storageState: savedSession("teacher") });
  test("a receipt's QR link opens a public page confirming the document is genuine", async ({ context, baseURL, browser }) => {
    await useLocale(context, baseURL!, "kk");
    const pkg = await demoTeacherPackage();

    const response = await context.request.get(`/api/applications/${pkg.id}/receipt`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    const text = (await pdfText(await response.body())).join("\n");
    expect(text).toContain(pkg.registrationNumber);
    const link = text.match(/https?:\/\/\S+\/verify\/[\w.-]+/)?.[0];
    expect(link, "the receipt prints its verification link").toBeTruthy();

    // anyone with the paper in hand: a fresh, signed-out browser
    const stranger = await browser.newContext({ storageState: SIGNED_OUT });
    await useLocale(stranger, baseURL!, "en");
    const verifier = await stranger.newPage();
    const m = messages("en");
    await verifier.goto(new URL(link!).pathname);
    const verified = verifier.getByTestId("verified-document");
    await expect(verified).toContainText(m.applicant.verify.genuine);
    await expect(verified).toContainText(pkg.registrationNumber);
    await expect(verified).toContainText(m.applicant.verify.receipt);
    await expect(verifier.locator("main")).not.toContainText(DEMO_TEACHER_IIN);

    // a tampered link proves nothing. (Not its last character: in base64url the last one of a
    // 32-byte signature carries two unused bits, so A↔B there can decode to the same signature.)
    const path = new URL(link!).pathname;
    const at = path.length - 10;
    const tampered = `${path.slice(0, at)}${path[at] === "A" ? "Q" : "A"}${path.slice(at + 1)}`;
    await verifier.goto(tampered);
    await expect(verifier.getByTestId("verification-failed")).toHaveText(m.applicant.verify.invalid);
    await stranger.close();
  });
});

test("a signed-out visitor cannot download a receipt", async ({ request }) => {
  const pkg = await demoTeacherPackage();
  const response = await request.get(`/api/applications/${pkg.id}/receipt`);
  expect(response.status()).toBe(401);
});
