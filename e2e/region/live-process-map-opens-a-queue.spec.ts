import { expect, test } from "@playwright/test";
import { messages, savedSession, useLocale } from "../support";

const m = messages("en");

test("anyone can read the business-process reference, with no counts", async ({ page, context, baseURL }) => {
  await useLocale(context, baseURL!, "en");
  await page.goto("/process");
  await expect(page.getByRole("heading", { name: m.dashboard.processMap.title, level: 1 })).toBeVisible();
  await expect(page.getByTestId("process-map")).toBeVisible();
  for (const lane of Object.values(m.dashboard.processMap.lanes)) await expect(page.getByTestId("process-map").getByText(lane)).toBeVisible();
  await expect(page.getByText(/waiting: \d+/)).toHaveCount(0);
});

test.describe(() => {
  test.use({ storageState: savedSession("region") });
  test("the regional administrator opens a step's queue from the live map", async ({ page, context, baseURL }) => {
    await useLocale(context, baseURL!, "en");
    await page.goto("/region/process");
    await expect(page.getByRole("heading", { name: m.dashboard.processMap.liveTitle })).toBeVisible();
    const table = page.getByTestId("process-steps-table");
    const row = table.getByRole("row").filter({ has: page.getByRole("link", { name: m.states.REGISTERED }) });
    const waiting = Number(await row.locator("td").nth(3).textContent());
    await row.getByRole("link", { name: m.states.REGISTERED }).click();
    await expect(page).toHaveURL(/\/region\/queue\?state=REGISTERED/);
    await expect(page.getByText(m.dashboard.queue.caption.replace("{count}", String(waiting)))).toBeVisible();
  });
});
