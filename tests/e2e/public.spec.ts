import { expect, test } from "@playwright/test";

test.describe("a newcomer on the demo data", () => {
  test("finds Sở Thông tin và Truyền thông's hotline in two clicks from the home page @nojs", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Đường dây nóng" }).click();
    const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Sở Thông tin và Truyền thông", exact: true }) });
    await expect(card.getByRole("link", { name: /^Gọi 0271/ }).first()).toBeVisible();
  });

  test("finds a hotline with the home page's hotline finder @nojs", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Cơ quan", { exact: true }).selectOption({ label: "Sở Kế hoạch và Đầu tư" });
    await page.getByRole("button", { name: "Xem số điện thoại" }).click();
    await expect(page).toHaveURL(/\/hotlines\?agency=so-ke-hoach-va-dau-tu/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Sở Kế hoạch và Đầu tư");
    await expect(page.getByRole("link", { name: /^Gọi / }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Sở Tư pháp" })).toHaveCount(0);
  });

  test("searches without diacritics and gets business registration procedures @nojs", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Tìm thủ tục, văn bản, cơ quan").fill("thu tuc dang ky kinh doanh");
    await page.getByRole("button", { name: "Tìm kiếm", exact: true }).click();
    await expect(page).toHaveURL(/\/search\?q=thu/);
    const results = page.locator("main ol > li");
    await expect(results.first()).toBeVisible();
    const firstFive = await results.locator("a").evaluateAll((as) => as.slice(0, 5).map((a) => a.textContent ?? ""));
    for (const title of firstFive) expect(title.toLowerCase()).toMatch(/đăng ký/);
    expect(firstFive.some((t) => /kinh doanh/i.test(t))).toBe(true);
  });

  test("the same procedures, in the same order, with or without diacritics and in NFD", async ({ page }) => {
    const titles = async (q: string) => {
      await page.goto(`/procedures?q=${encodeURIComponent(q)}`);
      return page.locator("main ol > li > a").allTextContents();
    };
    const plain = await titles("dang ky kinh doanh");
    expect(plain.length).toBeGreaterThan(3);
    expect(await titles("đăng ký kinh doanh")).toEqual(plain);
    expect(await titles("đăng ký kinh doanh".normalize("NFD"))).toEqual(plain);
  });

  test("filters procedures by agency and online level, and paginates @nojs", async ({ page }) => {
    await page.goto("/procedures");
    await expect(page.getByRole("navigation", { name: "Phân trang" })).toBeVisible();
    await page.getByLabel("Cơ quan", { exact: true }).selectOption("so-ke-hoach-va-dau-tu");
    await page.getByLabel("Dịch vụ công trực tuyến").selectOption("full");
    await page.getByRole("button", { name: "Lọc" }).click();
    await expect(page).toHaveURL(/agency=so-ke-hoach-va-dau-tu/);
    const items = page.locator("main ol > li");
    await expect(items.first()).toBeVisible();
    for (const text of await items.allTextContents()) {
      expect(text).toContain("Sở Kế hoạch và Đầu tư");
      expect(text).toContain("Toàn trình");
    }
  });

  test("opens a procedure and sees what to bring, the fee and the time", async ({ page }) => {
    await page.goto("/procedures?q=dang+ky+thanh+lap+doanh+nghiep");
    await page.locator("main ol > li > a").first().click();
    await expect(page.getByRole("heading", { name: "Thành phần hồ sơ" })).toBeVisible();
    await expect(page.getByText("Phí, lệ phí")).toBeVisible();
    await expect(page.getByText("Thời hạn giải quyết")).toBeVisible();
  });

  test("prints Sở Thông tin và Truyền thông's poster on one A4 page with a QR code to its petition form", async ({ page }) => {
    await page.goto("/agencies/so-thong-tin-va-truyen-thong");
    await page.getByRole("link", { name: "In áp phích đường dây nóng" }).click();
    const qr = page.getByRole("img", { name: /Mã QR/ });
    await expect(qr).toBeVisible();
    await expect(page.getByText(/\/petitions\/new\?agency=so-thong-tin-va-truyen-thong/)).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Điều hướng chính" })).toBeHidden();
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(1);
  });

  test("filters documents by kind and downloads a real attachment @nojs", async ({ page, request }) => {
    await page.goto("/documents?kind=budget");
    const items = page.locator("main ol > li");
    await expect(items.first()).toBeVisible();
    for (const text of await items.allTextContents()) expect(text).toContain("Ngân sách");
    await items.locator("a").first().click();
    const link = page.getByRole("link", { name: /^Tải về/ }).first();
    const href = await link.getAttribute("href");
    const res = await request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-disposition"]).toMatch(/^attachment/);
    const body = await res.body();
    expect(["%PDF", "PK\u0003\u0004"]).toContain(body.subarray(0, 4).toString("latin1"));
  });

  test("switches to English and stays in English @nojs", async ({ page }) => {
    await page.goto("/agencies");
    await page.getByRole("link", { name: "Switch to English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Government agencies");
    await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Administrative procedures" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administrative procedures");
    await page.getByRole("link", { name: "Chuyển sang tiếng Việt" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  });

  test("unknown addresses get the site's own 404 page @nojs", async ({ page }) => {
    for (const path of ["/khong-co-trang-nay", "/agencies/khong-ton-tai", "/procedures/abc", "/procedures/9.999999", "/documents/999999", "/documents/abc"]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
      await expect(page.getByRole("navigation", { name: "Điều hướng chính" })).toBeVisible();
    }
  });
});

test.describe("on a 360 px wide phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const path of ["/", "/hotlines", "/procedures", "/documents", "/agencies/so-thong-tin-va-truyen-thong", "/search?q=dat+dai"]) {
    test(`${path} fits the screen without sideways scrolling @nojs`, async ({ page }) => {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(360);
    });
  }
});

test("health and readiness answer", async ({ request }) => {
  expect((await request.get("/healthz")).status()).toBe(200);
  expect(await (await request.get("/readyz")).text()).toBe("ready");
});

test("pages carry security headers", async ({ request }) => {
  const res = await request.get("/");
  const h = res.headers();
  expect(h["content-security-policy"]).toContain("script-src 'self' 'nonce-");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["x-frame-options"]).toBe("SAMEORIGIN");
  expect(h["x-powered-by"]).toBeUndefined();
});
