import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./fixtures";

test("a manager sees the team's pipeline with base-currency totals, filters it by team and owner; another team's deals stay out", async ({ page }) => {
  await signIn(page, DEMO.manager);
  await page.goto("/app/crm/opportunities/board");
  const board = page.getByTestId("pipeline-board");
  const totals = board.getByTestId("column-totals");
  await expect(totals.first()).toContainText("¥");
  // The team's work: the Shanghai rep's cards are there, the South China rep's are not.
  await expect(board).toContainText("张伟 Zhang Wei");
  await expect(board).not.toContainText("陈静 Chen Jing");
  const allTotals = await totals.allInnerTexts();
  const allCards = await board.locator('[data-testid^="board-card-"]').count();

  // The team filter (East China includes Shanghai below it) keeps the same pipeline.
  await page.getByTestId("filter-team").selectOption({ label: "上海销售组 Shanghai Sales" });
  await expect(page).toHaveURL(/team=team-shanghai/);
  await expect(board).not.toContainText("李强 Li Qiang");
  // One owner only: fewer cards, and the column totals follow the filter.
  await page.getByTestId("filter-team").selectOption("");
  await page.getByTestId("filter-owner").selectOption({ label: "李强 Li Qiang" });
  await expect(page).toHaveURL(/owner=demo-manager/);
  await expect(board).not.toContainText("张伟 Zhang Wei");
  expect(await board.locator('[data-testid^="board-card-"]').count()).toBeLessThan(allCards);
  expect(await totals.allInnerTexts()).not.toEqual(allTotals);
});
