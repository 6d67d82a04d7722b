import { expect, test } from "@playwright/test";
import { DEMO, signIn, unique } from "./fixtures";

test("a rep creates an opportunity on their account, moves it to another stage, sees the history; another team's rep gets the 404 page", async ({ browser }) => {
  const rep = await browser.newPage();
  await signIn(rep, DEMO.sales);
  const name = unique("E2E Deal");

  // From the account's 360 page, so the opportunity is on one of the rep's accounts.
  await rep.goto("/app/crm/accounts");
  await rep.getByTestId("data-table").locator("tbody a").first().click();
  await rep.waitForURL(/\/app\/crm\/accounts\/[^/?]+$/);
  const accountUrl = new URL(rep.url()).pathname;
  await rep.getByTestId("add-opportunity").click();
  const form = rep.getByTestId("opportunity-create-form");
  await form.locator('input[name="name"]').fill(name);
  await form.locator('input[name="amount"]').fill("12.345");
  await form.getByTestId("opportunity-submit").click();
  // A bad amount is refused with a field error; nothing is created.
  await expect(form.locator('input[name="amount"]')).toHaveAttribute("aria-invalid", "true");
  await form.locator('input[name="amount"]').fill("120000.50");
  await form.locator('input[name="expectedCloseDate"]').fill("2026-12-20");
  await form.getByTestId("opportunity-submit").click();
  await rep.waitForURL(/\/app\/crm\/opportunities\/[^/]+\?created=1$/);
  const url = new URL(rep.url()).pathname;
  await expect(rep.getByRole("heading", { name })).toBeVisible();
  await expect(rep.getByTestId("stage-history").locator("li")).toHaveCount(1);
  const firstStage = await rep.getByTestId("opportunity-stage").innerText();

  // Move to the third stage with the stage control.
  const control = rep.getByTestId("stage-control");
  await control.locator('select[name="stageId"]').selectOption({ index: 2 });
  await control.getByTestId("stage-move").click();
  await expect(rep.getByTestId("stage-history").locator("li")).toHaveCount(2);
  await expect(rep.getByTestId("opportunity-stage")).not.toHaveText(firstStage);

  // Lost needs a reason: the prompt appears and the move is refused without one.
  await control.locator('select[name="stageId"]').selectOption({ index: 5 });
  await expect(rep.getByTestId("stage-lost-reason")).toBeVisible();

  // Drag the card from its column to the next one on the board.
  const id = url.split("/").pop()!;
  // Filtered to this deal, so both columns are on screen whatever else the demo pipeline holds.
  await rep.goto(`/app/crm/opportunities/board?mine=1&q=${encodeURIComponent(name)}`);
  const columns = rep.getByTestId("pipeline-board").locator("section");
  await expect(columns.nth(2).getByTestId(`board-card-${id}`)).toBeVisible();
  await rep.getByTestId(`board-card-${id}`).dragTo(columns.nth(3).locator("header"), { sourcePosition: { x: 4, y: 4 } });
  await expect(columns.nth(3).getByTestId(`board-card-${id}`)).toBeVisible();
  await expect(columns.nth(2).getByTestId(`board-card-${id}`)).toHaveCount(0);
  await rep.goto(url);
  await expect(rep.getByTestId("stage-history").locator("li")).toHaveCount(3);

  await rep.goto(accountUrl);
  await expect(rep.getByTestId("account-opportunities")).toContainText(name);
  await expect(rep.getByTestId("account-timeline")).toContainText(name);
  await rep.goto(`/app/crm/opportunities?q=${encodeURIComponent(name)}`);
  await expect(rep.getByTestId("data-table")).toContainText(name);
  // "My pipeline" is the owner filter; the demo rep owns 100+ deals, so search within it.
  await rep.getByTestId("my-pipeline").click();
  await expect(rep).toHaveURL(/owner=/);
  await rep.goto(`${rep.url()}&q=${encodeURIComponent(name)}`);
  await expect(rep.getByTestId("data-table")).toContainText(name);

  const other = await browser.newPage();
  await signIn(other, DEMO.sales2);
  await other.goto(url);
  await expect(other.getByTestId("not-found")).toBeVisible();
  await expect(other).not.toHaveTitle(new RegExp(name));
  await other.goto(`/app/crm/opportunities?q=${encodeURIComponent(name)}`);
  await expect(other.getByTestId("data-table")).not.toContainText(name);
  const csv = await other.request.get(`/app/crm/opportunities/export?q=${encodeURIComponent(name)}`);
  expect(await csv.text()).not.toContain(name);
});

test("an admin edits a pipeline stage; a rep gets the 404 page there", async ({ browser }) => {
  const admin = await browser.newPage();
  await signIn(admin, DEMO.admin);
  await admin.goto("/app/settings/pipeline");
  const row = admin.getByTestId("pipeline-stages").locator("li").first();
  await row.locator('input[name="probability"]').fill("12");
  await row.getByTestId("stage-save").click();
  await expect(row.getByTestId("form-success")).toBeVisible();
  await expect(row.locator('input[name="probability"]')).toHaveValue("12");
  // A stage with opportunities cannot be deleted.
  await row.getByTestId("stage-delete").click();
  await expect(row.getByRole("alert")).toBeVisible();

  const rep = await browser.newPage();
  await signIn(rep, DEMO.sales);
  await rep.goto("/app/settings/pipeline");
  await expect(rep.getByTestId("not-found")).toBeVisible();
});
