import { expect, test } from "@playwright/test";
import { DEMO, signIn, unique } from "./fixtures";

test("a rep logs a call on an account, sees it on the timeline, in My day and on the calendar; another rep cannot open it", async ({ browser }) => {
  const rep = await browser.newPage();
  await signIn(rep, DEMO.sales);
  const name = unique("E2E Activity Account");
  await rep.goto("/app/crm/accounts/new");
  const form = rep.getByTestId("account-create-form");
  await form.locator('input[name="name"]').fill(name);
  await form.getByTestId("account-submit").click();
  await rep.waitForURL(/\/app\/crm\/accounts\/[^/]+\?created=1$/);

  // Log a call from the account's Activities panel.
  const subject = unique("Call about the retrofit");
  const panel = rep.getByTestId("activity-panel");
  await panel.getByTestId("activity-quick-call").click();
  const quick = panel.getByTestId("activity-quick-form");
  await quick.getByTestId("activity-subject").fill(subject);
  await quick.getByTestId("activity-duration").fill("abc");
  await quick.getByTestId("activity-quick-save").click();
  // Bad input: a field error in Chinese, nothing logged.
  await expect(quick.getByTestId("form-error")).toBeVisible();
  await expect(quick).toContainText("分钟");
  await expect(rep.getByTestId("account-timeline")).not.toContainText(subject);
  await quick.getByTestId("activity-duration").fill("12");
  await quick.getByTestId("activity-outcome").selectOption("voicemail");
  await quick.getByTestId("activity-quick-save").click();
  await expect(quick.getByTestId("form-success")).toBeVisible();
  await expect(rep.getByTestId("activity-panel-done")).toContainText(subject);
  await expect(rep.getByTestId("account-timeline").getByTestId("timeline-activity").filter({ hasText: subject })).toBeVisible();

  // My day: today, done; untick it and it is open again.
  await rep.goto("/app/crm/activities");
  const today = rep.getByTestId("my-day-today");
  const row = today.getByTestId("activity-row").filter({ hasText: subject });
  await expect(row).toBeVisible();
  await expect(row.locator('input[type="checkbox"]')).toBeChecked();
  await row.locator('input[type="checkbox"]').uncheck();
  await expect(row.locator('input[type="checkbox"]')).not.toBeChecked();

  // The calendar: today's month cell has activities (the seed fills it, so ours may sit behind
  // "+N more"); the week view lists every one, and a click opens the activity.
  await rep.goto("/app/crm/calendar");
  const todayCell = rep.locator('[data-testid^="calendar-day-"].ring-2');
  await expect(todayCell.getByTestId("calendar-item").first()).toBeVisible();
  await rep.getByTestId("calendar-week").click();
  await rep.waitForURL(/view=week/);
  const item = rep.getByTestId("calendar-item").filter({ hasText: subject });
  await expect(item).toBeVisible();
  await item.click();
  await rep.waitForURL(/\/app\/crm\/activities\/[^/?]+$/);
  await expect(rep.getByRole("heading", { name: subject })).toBeVisible();
  const activityUrl = new URL(rep.url()).pathname;

  const other = await browser.newPage();
  await signIn(other, DEMO.sales2);
  await other.goto(activityUrl);
  await expect(other.getByTestId("not-found")).toBeVisible();
  await expect(other).not.toHaveTitle(new RegExp(subject));
});

test("the calendar feed URL from the profile page serves valid iCalendar; regenerating revokes the old URL", async ({ page }) => {
  await signIn(page, DEMO.sales);
  await page.goto("/app/profile");
  const card = page.getByTestId("calendar-feed");
  await card.getByTestId("calendar-feed-generate").click();
  const urlField = card.getByTestId("calendar-feed-url");
  await expect(urlField).toHaveValue(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  const url = await urlField.inputValue();
  const path = new URL(url).pathname;

  // The route ignores the session: the token is the credential (the integration test covers 404s).
  const feed = await page.request.get(path);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const text = await feed.text();
  const ICAL = (await import("ical.js")).default;
  const calendar = new ICAL.Component(ICAL.parse(text));
  // The demo seed gives the rep plenty of dated activities in the window.
  expect(calendar.getAllSubcomponents("vevent").length).toBeGreaterThan(10);
  for (const event of calendar.getAllSubcomponents("vevent").slice(0, 5)) {
    expect(event.getFirstPropertyValue("uid")).toBeTruthy();
    expect(event.getFirstPropertyValue("dtstamp")).toBeTruthy();
  }

  await card.getByTestId("calendar-feed-generate").click();
  await expect(urlField).not.toHaveValue(url);
  expect((await page.request.get(path)).status()).toBe(404);
  await card.getByTestId("calendar-feed-remove").click();
  await expect(card.getByTestId("calendar-feed-state")).toBeVisible();
});
