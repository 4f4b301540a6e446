import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { messages, savedSession, useLocale } from "../support";

test.use({ storageState: savedSession("region") });

const m = messages("en");
const d = m.dashboard;

test("the regional administrator drills down from a district to an organization and to a package", async ({ page, context, baseURL }) => {
  await useLocale(context, baseURL!, "en");
  await page.goto("/region");
  await expect(page.getByRole("heading", { name: d.title, level: 1 })).toBeVisible();
  await expect(page.getByTestId("figure-received")).not.toHaveText("0");

  const league = page.getByTestId("league-table");
  await league.getByRole("link", { name: "Aktau City Education Department" }).click();
  await expect(page).toHaveURL(/district=/);
  await expect(page.getByTestId("league-district")).toHaveText("Aktau City Education Department");

  await page.getByTestId("league-table").getByRole("link", { name: "Abai School-Gymnasium No. 7" }).click();
  await expect(page.getByRole("heading", { name: "Abai School-Gymnasium No. 7", level: 1 })).toBeVisible();
  const packages = page.getByTestId("packages-table");
  const firstPackage = packages.getByRole("rowheader").first().getByRole("link");
  const number = (await firstPackage.textContent())!.trim();
  await firstPackage.click();
  await expect(page.getByRole("heading", { name: number, level: 1 })).toBeVisible();
  await expect(page.getByText(d.application.readOnly)).toBeVisible();
  // read-only: the regional department gets no workflow buttons, and the IIN is masked
  await expect(page.getByRole("button", { name: m.actions.ACCEPT_DOCUMENTS })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: m.timeline.title })).toBeVisible();
});

test("the regional administrator filters by district and exports a CSV whose rows match the table", async ({ page, context, baseURL }) => {
  await useLocale(context, baseURL!, "en");
  await page.goto("/region");

  await page.getByLabel(d.filters.district).selectOption({ label: "Aktau City Education Department" });
  await page.getByRole("button", { name: d.filters.apply }).click();
  await expect(page).toHaveURL(/district=/);
  const shared = page.url();

  const rows = page.getByTestId("league-table").locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  const table = await rows.evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector("th")!.textContent!.trim(), tr.querySelectorAll("td")[0]!.textContent!.trim()]),
  );
  expect(table.length).toBeGreaterThan(1);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: d.export.csv }).click();
  const file = await (await download).path();
  const lines = (await readFile(file, "utf8")).replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines[0]!.split(",").slice(0, 2)).toEqual([d.league.name, d.league.received]);
  const exported = lines.slice(1).map((line) => {
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((cell) => cell.replace(/,$/, "").replace(/^"|"$/g, "").replace(/""/g, '"'));
    return [cells[0], cells[1]];
  });
  expect(exported).toEqual(table);

  // the view is in the URL: opening it again shows the same table
  await page.goto(shared);
  await expect(page.getByTestId("league-district")).toHaveText("Aktau City Education Department");
});

test("last week's norm breakers and the refusal grounds are three clicks away, in Russian too", async ({ page, context, baseURL }) => {
  await useLocale(context, baseURL!, "ru");
  const r = messages("ru").dashboard;
  await page.goto("/region");
  await page.getByRole("link", { name: r.period.lastWeek }).click();
  await expect(page).toHaveURL(/from=.*to=/);
  await page.getByRole("link", { name: r.filters.levelOrganization }).click();
  await expect(page).toHaveURL(/level=organization/);
  await page.getByRole("link", { name: r.league.sortBy.replace("{column}", r.league.missedNorm) }).click();
  await expect(page).toHaveURL(/from=.*to=.*level=organization.*sort=missedNorm/);
  await expect(page.getByRole("columnheader", { name: new RegExp(r.league.missedNorm) })).toHaveAttribute("aria-sort", "descending");
  await expect(page.getByText(r.breakdowns.refusalGrounds, { exact: true })).toBeVisible();
});
