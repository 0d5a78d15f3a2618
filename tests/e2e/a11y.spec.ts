import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// Every public page, in both languages, must have no axe violations (WCAG 2.1 A/AA rules).
const PAGES = [
  "/",
  "/agencies",
  "/agencies/so-thong-tin-va-truyen-thong",
  "/agencies/so-thong-tin-va-truyen-thong/poster",
  "/hotlines",
  "/hotlines?agency=so-ke-hoach-va-dau-tu",
  "/procedures",
  "/procedures?q=dang+ky+kinh+doanh&online=any",
  "/documents",
  "/documents?kind=budget",
  "/search",
  "/search?q=quy+hoach",
  "/petitions/new",
  "/petitions/track",
  "/resolutions",
  "/khong-co-trang-nay",
];

async function firstHref(page: import("@playwright/test").Page, path: string, selector: string) {
  await page.goto(path);
  return page.locator(selector).first().getAttribute("href");
}

for (const lang of ["vi", "en"] as const) {
  test(`axe finds nothing on public pages (${lang})`, async ({ page }) => {
    test.setTimeout(240_000);
    const procedure = await firstHref(page, "/procedures", "main ol a[href^='/procedures/']");
    const document = await firstHref(page, "/documents", "main ol a[href^='/documents/']");
    for (const path of [...PAGES, procedure!, document!]) {
      const url = `${path}${path.includes("?") ? "&" : "?"}lang=${lang}`;
      await page.goto(url);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(summary, `axe on ${url}`).toEqual([]);
    }
  });
}

// With JavaScript on, every page must hydrate without an error (a value imported from a .server
// module is undefined in the browser: the page then breaks only once its scripts run).
test("every public page runs its scripts without an error", async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && !/404|Failed to load resource/.test(m.text())) errors.push(`${page.url()}: ${m.text()}`);
  });
  const procedure = await firstHref(page, "/procedures", "main ol a[href^='/procedures/']");
  const document = await firstHref(page, "/documents", "main ol a[href^='/documents/']");
  for (const path of [...PAGES, procedure!, document!]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(errors).toEqual([]);
});
