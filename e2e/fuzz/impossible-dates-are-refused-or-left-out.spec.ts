// Issue 14, finding 7, request by request: dates PostgreSQL refuses ("date/time field value out of
// range") answered 500 on the queue and export routes and on the region's and the clerk's pages,
// and a crafted intakeStartedAt=1970-01-01 was stored (a service deadline in 1970, a registration
// of 7,063,920 minutes in the norm statistics). Now a route refuses with a translated 400, a page
// renders with the filter left out and says so, and the server decides when an intake started.
import { expect, test } from "@playwright/test";
import { filterYears } from "../../lib/domain/date-filter";
import { LOCALES, type Locale } from "../../lib/i18n/locales";
import { MESSAGES } from "../../lib/i18n/messages";
import { interpolate } from "../../lib/i18n/translate";
import { LONGEST_INTAKE_MS } from "../../lib/workflow/intake-clock";
import { ALL_DOCUMENTS_PRESENT, makeUniqueTeacher } from "../../prisma/factories";
import { callServerAction, serverActions } from "../server-actions";
import { e2eDb } from "../staff/fixtures";
import { savedSession, savedSessionCookie, useLocale } from "../support";

const years = () => filterYears(new Date());
const invalidPeriod = (locale: Locale) => interpolate(MESSAGES[locale].errors.dateFilter.invalid, years());
const ignoredPeriod = (locale: Locale) => interpolate(MESSAGES[locale].errors.dateFilter.ignored, years());
/** A queue cursor as the queue writes one (the last row's received instant and id), here holding a far date. */
const cursor = (receivedAt: string) => Buffer.from(`${receivedAt}|cmabc12345`).toString("base64url");

test.describe("as the clerk", () => {
  test.use({ storageState: savedSession("clerk") });

  test("the queue route refuses an impossible date or a cursor holding a far one with a translated 400", async ({ page, context, baseURL }) => {
    for (const locale of LOCALES) {
      await useLocale(context, baseURL!, locale);
      for (const query of ["from=9999-99-99", "from=0001-01-01", "to=9999-12-31", "from=2026-11-30&to=2026-11-01"]) {
        const response = await page.request.get(`/api/staff/queue?${query}`);
        expect(response.status(), `${query} (${locale})`).toBe(400);
        expect(await response.json(), `${query} (${locale})`).toEqual({ code: "INVALID_INPUT", message: invalidPeriod(locale) });
      }
      for (const far of ["9999-12-31T00:00:00.000Z", "+275760-09-13T00:00:00.000Z", "0001-01-01T00:00:00.000Z"]) {
        const response = await page.request.get(`/api/staff/queue?after=${cursor(far)}`);
        expect(response.status(), `cursor at ${far} (${locale})`).toBe(400);
        expect(await response.json()).toEqual({ code: "INVALID_INPUT", message: MESSAGES[locale].errors.dateFilter.badCursor });
      }
    }
    // a real period and a real cursor are answered as before
    const good = await page.request.get(`/api/staff/queue?from=2026-01-01&to=${years().latest}-12-31&after=${cursor("2026-01-01T00:00:00.000Z")}`);
    expect(good.status()).toBe(200);
    expect(await good.json()).toMatchObject({ rows: expect.any(Array) });
  });

  test("the clerk's queue page with an impossible date or cursor renders, without it, and says so", async ({ page, context, baseURL }) => {
    await useLocale(context, baseURL!, "ru");
    const response = await page.goto("/clerk?from=9999-99-99");
    expect(response!.status()).toBe(200);
    await expect(page.getByRole("heading", { name: MESSAGES.ru.workspaces.clerk.title, level: 1 })).toBeVisible();
    await expect(page.getByTestId("filter-notice")).toHaveText(ignoredPeriod("ru"));
    await expect(page.getByLabel(MESSAGES.ru.staff.queue.from)).toHaveValue("");

    await page.goto(`/clerk?after=${cursor("9999-12-31T00:00:00.000Z")}`);
    await expect(page.getByRole("heading", { name: MESSAGES.ru.workspaces.clerk.title, level: 1 })).toBeVisible();
    await expect(page.getByTestId("filter-notice")).toHaveText(MESSAGES.ru.errors.dateFilter.cursorIgnored);

    // the refreshes the page makes carry only what it applied: no 400 behind the table
    const refreshes: number[] = [];
    page.on("response", (r) => void (r.url().includes("/api/staff/queue") && refreshes.push(r.status())));
    await page.goto("/clerk?from=9999-99-99&to=2026-12-31");
    await expect(page.getByTestId("filter-notice")).toBeVisible();
    await page.waitForTimeout(500);
    expect(refreshes.filter((status) => status !== 200)).toEqual([]);
  });

  test("intakeStartedAt=1970-01-01 is no start: the intake starts when it is registered", async ({ baseURL }) => {
    const action = serverActions().get("registerIntake")!;
    const register = async (intakeStartedAt: string) => {
      const teacher = makeUniqueTeacher({ locale: "en" });
      const form = new FormData();
      for (const [field, value] of Object.entries({ ...teacher, purpose: "ASSIGN", categorySought: "FIRST", intakeStartedAt })) form.append(field, String(value));
      for (const code of Object.keys(ALL_DOCUMENTS_PRESENT)) form.append("documents", code);
      const sentAt = Date.now();
      const response = await callServerAction(baseURL!, action, { form }, { cookie: savedSessionCookie("clerk") });
      const answeredAt = Date.now();
      expect((response.value as { ok: boolean }).ok, response.raw.slice(0, 300)).toBe(true);
      const stored = await e2eDb().application.findFirstOrThrow({
        where: { applicant: { iin: teacher.iin } },
        select: { intakeStartedAt: true, receivedAt: true, serviceDeadline: true, registrationMinutes: true },
      });
      return { stored, sentAt, answeredAt };
    };

    const crafted = await register("1970-01-01");
    expect(crafted.stored.intakeStartedAt.getTime()).toBeGreaterThanOrEqual(crafted.sentAt - 1000);
    expect(crafted.stored.intakeStartedAt.getTime()).toBeLessThanOrEqual(crafted.answeredAt);
    expect(crafted.stored.intakeStartedAt).toEqual(crafted.stored.receivedAt);
    expect(crafted.stored.registrationMinutes).toBe(0);
    expect(crafted.stored.serviceDeadline!.getTime()).toBeGreaterThan(crafted.sentAt);
  });

  test("the start the intake page stamps is the one stored, within the shift", async ({ page, baseURL }) => {
    const html = await (await page.request.get("/clerk/register")).text();
    const stamp = /name="intakeStartedAt" value="([^"]+)"/.exec(html)![1]!;
    const openedAt = parseInt(stamp.split(".")[0]!, 36) * 1000;
    expect(Date.now() - openedAt).toBeLessThan(LONGEST_INTAKE_MS);

    const teacher = makeUniqueTeacher({ locale: "en" });
    const form = new FormData();
    for (const [field, value] of Object.entries({ ...teacher, purpose: "ASSIGN", categorySought: "FIRST", intakeStartedAt: stamp })) form.append(field, String(value));
    for (const code of Object.keys(ALL_DOCUMENTS_PRESENT)) form.append("documents", code);
    const response = await callServerAction(baseURL!, serverActions().get("registerIntake")!, { form }, { cookie: savedSessionCookie("clerk") });
    expect((response.value as { ok: boolean }).ok, response.raw.slice(0, 300)).toBe(true);
    const stored = await e2eDb().application.findFirstOrThrow({ where: { applicant: { iin: teacher.iin } }, select: { intakeStartedAt: true } });
    expect(stored.intakeStartedAt.getTime()).toBe(openedAt);
  });
});

test.describe("as the regional administrator", () => {
  test.use({ storageState: savedSession("region") });

  test("the export refuses a period of year 9999 to year 1 with a translated 400", async ({ page, context, baseURL }) => {
    for (const locale of LOCALES) {
      await useLocale(context, baseURL!, locale);
      const response = await page.request.get("/api/region/export?format=csv&from=9999-12-31&to=0001-01-01");
      expect(response.status(), locale).toBe(400);
      expect(await response.json(), locale).toEqual({ code: "INVALID_INPUT", message: invalidPeriod(locale) });
    }
    const good = await page.request.get("/api/region/export?format=csv&from=2026-11-01&to=2026-11-30");
    expect(good.status()).toBe(200);
  });

  test("the dashboard for year 1 to year 9999 renders the last 30 days and says the period was left out", async ({ page, context, baseURL }) => {
    for (const locale of LOCALES) {
      await useLocale(context, baseURL!, locale);
      for (const path of ["/region?from=0001-01-01&to=9999-12-31", "/region/process?from=9999-99-99", "/region/queue?state=REGISTERED&to=0001-01-01"]) {
        const response = await page.goto(path);
        expect(response!.status(), `${path} (${locale})`).toBe(200);
        await expect(page.getByTestId("filter-notice"), `${path} (${locale})`).toHaveText(ignoredPeriod(locale));
      }
    }
    await useLocale(context, baseURL!, "kk");
    await page.goto("/region?from=0001-01-01&to=9999-12-31");
    await expect(page.getByRole("heading", { name: MESSAGES.kk.workspaces.region.title, level: 1 })).toBeVisible();
    await expect(page.getByTestId("figure-received")).toBeVisible();
  });
});
