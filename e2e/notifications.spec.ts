import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO, signIn, unique } from "./fixtures";

// The same database and data folder scripts/e2e-server.mjs gives the app.
const env = { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL || "file:./data/e2e.db", CARRACK_DATA_DIR: "data/e2e" };

function createDueReminder(email: string, subject: string): { activityId: string; accountId: string } {
  const out = execFileSync("npx", ["tsx", "--conditions=react-server", "e2e/support/create-due-reminder.ts", email, subject], { env, encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").pop()!);
}

test("a due reminder reaches the owner's bell and mailbox once the worker ran", async ({ page }) => {
  await signIn(page, DEMO.sales);
  const subject = unique("Call back Mr Wang");
  const { accountId } = createDueReminder(DEMO.sales, subject);

  // The worker ticks every few seconds; the bell shows what the server rendered on load.
  const bell = page.getByTestId("notification-bell");
  const item = bell.getByTestId("notification-item").filter({ hasText: subject });
  await expect(async () => {
    await page.reload();
    await bell.locator("summary").click();
    await expect(item).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 45_000 });
  await expect(bell.getByTestId("notification-count")).toBeVisible();
  await expect(item).toHaveAttribute("data-unread", "true");
  await expect(item).toContainText(`提醒：${subject}`);

  // The same reminder went out by email, in the owner's language (.eml: no SMTP_URL in e2e).
  await expect
    .poll(() => readdirSync(join("data/e2e/outbox"), { withFileTypes: true }).some((f) => f.isFile() && readFileSync(join("data/e2e/outbox", f.name), "utf8").includes(subject)), { timeout: 20_000 })
    .toBe(true);

  // Opening it marks it read and goes to the record.
  const unreadBefore = Number(await bell.getByTestId("notification-count").textContent());
  await item.click();
  await page.waitForURL((url) => url.pathname === `/app/crm/accounts/${accountId}`);
  await expect(async () => {
    const count = bell.getByTestId("notification-count");
    const now = (await count.count()) === 0 ? 0 : Number(await count.textContent());
    expect(now).toBe(unreadBefore - 1);
  }).toPass({ timeout: 10_000 });

  // The full list shows it as read; "mark all" empties the count.
  await page.goto("/app/notifications");
  const row = page.getByRole("row").filter({ hasText: subject });
  await expect(row).toContainText("已读");
  await page.getByTestId("notifications-page-mark-all").click();
  await expect(bell.getByTestId("notification-count")).toHaveCount(0);
});

test("an admin sees the reminder email in the outbox; a rep cannot open the outbox", async ({ browser }) => {
  const rep = await browser.newPage();
  await signIn(rep, DEMO.sales2);
  await rep.goto("/app/settings/outbox");
  await expect(rep.getByTestId("not-found")).toBeVisible();
  const { activityId } = createDueReminder(DEMO.sales2, unique("Visit the Suzhou plant"));
  await rep.close();

  const admin = await browser.newPage();
  await signIn(admin, DEMO.admin);
  await expect(async () => {
    await admin.goto(`/app/settings/outbox?kind=email&status=sent&q=${encodeURIComponent(`reminder:${activityId}`)}`);
    await expect(admin.getByRole("heading", { name: "发件队列" })).toBeVisible();
    await expect(admin.getByRole("row").filter({ hasText: "已发送" })).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 45_000 });
  await admin.close();
});
