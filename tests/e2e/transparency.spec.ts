import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// The transparency figures as the public, a journalist and an administrator meet them: the index
// page, an agency's figures, the methodology, the printable report and its data files, and the
// method admin. Tests tagged @nojs also run with JavaScript off (project "no-js").

const PASSWORD = "demo-Passw0rd!";
const AGENCY = "so-thong-tin-va-truyen-thong";
// The server's "today" is Vietnam time; the periods below are this year's.
const YEAR = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
const H1 = `${YEAR}-H1`;

async function expectNoAxeViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe on ${what}`).toEqual([]);
}

for (const lang of ["vi", "en"] as const) {
  test(`axe finds nothing on the transparency pages and the report, which hydrate without errors (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    // A server/browser difference (say, in number formats) would show as a hydration error here.
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    const paths = ["/transparency", `/transparency?period=${YEAR}-Q1`, `/transparency/${AGENCY}`, "/transparency/methodology", `/reports/${H1}`, `/reports/${YEAR}`];
    for (const path of paths) {
      const url = `${path}${path.includes("?") ? "&" : "?"}lang=${lang}`;
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expectNoAxeViolations(page, url);
    }
    expect(errors).toEqual([]);
  });
}

test("the ranking table lists every agency, each linked to its own figures @nojs", async ({ page, request }) => {
  const data = await (await request.get(`/transparency.json?period=${YEAR}`)).json();
  expect(data.agencies.length).toBeGreaterThan(20);

  await page.goto("/transparency");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chỉ số minh bạch");
  const table = page.getByRole("table", { name: `Xếp hạng các cơ quan theo Chỉ số minh bạch, Năm ${YEAR}` });
  await expect(table.locator("tbody tr")).toHaveCount(data.agencies.length);
  for (const a of data.agencies.slice(0, 5)) await expect(table.getByRole("rowheader", { name: a.name, exact: true })).toBeVisible();
  // Ranked highest first, in the order of the published data.
  const names = await table.locator("tbody th[scope=row]").allTextContents();
  expect(names).toEqual(data.agencies.map((a: { name: string }) => a.name));

  await table.getByRole("link", { name: "Sở Thông tin và Truyền thông", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/transparency/${AGENCY}\\?period=${YEAR}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sở Thông tin và Truyền thông");
  const components = page.getByRole("table", { name: /Thành phần của Chỉ số minh bạch/ });
  await expect(components.locator("tbody tr")).toHaveCount(12);
  expect(await components.locator("tbody th[scope=row] > span:first-child").allTextContents()).toEqual([
    "Tỷ lệ trả lời",
    "Tỷ lệ trả lời đúng hạn",
    "Công khai câu trả lời",
    "Mức hài lòng",
    "Không phải xem xét lại",
    "Đường dây nóng",
    "Thủ tục đầy đủ, cập nhật",
    "Thủ tục trực tuyến toàn trình",
    "Thủ tục qua bưu chính công ích",
    "Quy hoạch, kế hoạch, ngân sách",
    "Lấy ý kiến doanh nghiệp",
    "Đối thoại trực tuyến",
  ]);
  await expect(page.getByRole("table", { name: "Chỉ số minh bạch của cơ quan, 8 quý gần nhất" }).locator("tbody tr")).toHaveCount(8);
});

test("the period picker changes the figures without JavaScript @nojs", async ({ page }) => {
  await page.goto("/transparency");
  await page.getByLabel("Kỳ số liệu").selectOption(H1);
  await page.getByRole("button", { name: "Xem số liệu" }).click();
  await expect(page).toHaveURL(new RegExp(`/transparency\\?period=${H1}$`));
  await expect(page.getByText(`Số liệu 6 tháng đầu năm ${YEAR}`)).toBeVisible();
  await expect(page.getByLabel("Kỳ số liệu")).toHaveValue(H1);
  await expect(page.getByRole("table", { name: `Xếp hạng các cơ quan theo Chỉ số minh bạch, 6 tháng đầu năm ${YEAR}` })).toBeVisible();
  await expect(page.getByRole("link", { name: `Báo cáo 6 tháng đầu năm ${YEAR} (bản in)` })).toHaveAttribute("href", `/reports/${H1}`);
  await expect(page.getByRole("link", { name: "Số liệu CSV của kỳ (mở được bằng Excel)" })).toHaveAttribute("href", `/transparency.csv?period=${H1}`);
});

test("every chart is a named, described image followed by its data table, with no script needed @nojs", async ({ page }) => {
  await page.goto("/transparency");
  const charts = await page.locator("main svg").evaluateAll((svgs) =>
    svgs.map((svg) => {
      const ids = (svg.getAttribute("aria-labelledby") ?? "").split(" ").filter(Boolean);
      const table = svg.nextElementSibling;
      return {
        role: svg.getAttribute("role"),
        name: ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" | "),
        table: table?.tagName ?? "",
        caption: table?.querySelector("caption")?.textContent ?? "",
        rowHeaders: table?.querySelectorAll("th[scope=row]").length ?? 0,
      };
    }),
  );
  // Targets, index by agency, trend (the PCI chart too once results are entered).
  expect(charts.length).toBeGreaterThanOrEqual(3);
  for (const c of charts) {
    expect(c.role).toBe("img");
    expect(c.name.split(" | ").every((part) => part.trim().length > 0), c.name).toBe(true);
    expect(c.table).toBe("TABLE");
    expect(c.caption.length).toBeGreaterThan(0);
    expect(c.rowHeaders).toBeGreaterThan(0);
  }
  const trend = page.getByRole("table", { name: "Tỷ lệ trả lời và trả lời đúng hạn của toàn tỉnh, 8 quý gần nhất" });
  await expect(trend.locator("tbody tr")).toHaveCount(8);
  await expect(page.getByRole("img", { name: /^Chỉ số minh bạch theo cơ quan/ })).toBeVisible();
});

test("a rate below the minimum cases says 'not enough data' with its numerator and denominator", async ({ page, request }) => {
  const data = await (await request.get(`/transparency.json?period=${YEAR}`)).json();
  const thin = data.agencies.find((a: { rates: { response: { value: number | null; denominator: number } } }) => a.rates.response.value === null && a.rates.response.denominator > 0);
  test.skip(!thin, "every agency has enough petitions in the demo data");
  await page.goto(`/transparency/${thin.slug}?period=${YEAR}`);
  const row = page.getByRole("table", { name: /Thành phần của Chỉ số minh bạch/ }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^Tỷ lệ trả lời\s*Số kiến nghị/ }) });
  await expect(row).toContainText("chưa đủ dữ liệu");
  await expect(row).toContainText(`${thin.rates.response.numerator}/${thin.rates.response.denominator}`);
  await expect(row).toContainText("không tính");
});

test("an unknown agency, period or report period is the site's 404 page @nojs", async ({ page }) => {
  for (const path of ["/transparency/khong-co-co-quan-nay", "/transparency?period=2026-Q9", `/reports/${YEAR}-Q1`, "/reports/abc"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("Không tìm thấy trang");
    await expect(page.getByRole("navigation", { name: "Điều hướng chính" })).toBeVisible();
  }
});

test("the methodology explains the figures, the interval and the weights, in both languages @nojs", async ({ page }) => {
  await page.goto("/transparency/methodology");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Phương pháp tính số liệu và Chỉ số minh bạch");
  await expect(page.getByRole("heading", { name: "Khoảng tin cậy 95% (Wilson)" })).toBeVisible();
  await expect(page.getByText("chưa đủ dữ liệu").first()).toBeVisible();
  const weights = page.getByRole("table", { name: /^Trọng số các thành phần, phiên bản \d+$/ });
  await expect(weights.locator("tbody tr")).toHaveCount(12);
  await expect(page.getByRole("table", { name: "Các phiên bản phương pháp tính, mới nhất trước" }).locator("tbody tr").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Tự tính lại từ tệp CSV" })).toBeVisible();

  await page.goto("/transparency/methodology?lang=en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How the figures and the transparency index are computed");
  await expect(page.getByRole("table", { name: /^Component weights, version \d+$/ })).toBeVisible();
  await expect(page.getByText("not enough data").first()).toBeVisible();
});

test("the report is a Vietnamese administrative report and prints without the site's chrome @nojs", async ({ page }) => {
  await page.goto(`/reports/${H1}`);
  const report = page.locator("article.admin-report");
  for (const text of ["UBND TỈNH BÌNH PHƯỚC", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", `Số: ${H1}/BC-STTTT`, "Nơi nhận:", "GIÁM ĐỐC"]) {
    await expect(report.getByText(text, { exact: true })).toBeVisible();
  }
  await expect(report.getByText(/^Bình Phước, ngày \d{2} tháng \d{1,2} năm \d{4}$/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("BÁO CÁO");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`6 tháng đầu năm ${YEAR}`);
  for (const section of ["I. CÔNG KHAI ĐƯỜNG DÂY NÓNG", "IV. TIẾP NHẬN, TRẢ LỜI VÀ CÔNG KHAI KIẾN NGHỊ, PHẢN ÁNH", "V. LẤY Ý KIẾN DOANH NGHIỆP VÀ ĐỐI THOẠI TRỰC TUYẾN", "VI. KẾT QUẢ SO VỚI CHỈ TIÊU", "VII. ĐỀ XUẤT, KIẾN NGHỊ"]) {
    await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
  }
  await expect(page.getByRole("table", { name: `Tiếp nhận và trả lời kiến nghị theo cơ quan, 6 tháng đầu năm ${YEAR}` }).getByRole("rowheader", { name: "Sở Thông tin và Truyền thông" })).toBeVisible();
  await expect(report).toContainText("chưa được ghi nhận trên Cổng");

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Điều hướng chính" })).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("link", { name: "Tải số liệu CSV" })).toBeHidden();
  await expect(report).toBeVisible();
  const font = await report.evaluate((el) => getComputedStyle(el).fontFamily);
  expect(font).toMatch(/Times/);
  expect(await page.evaluate(() => [...document.querySelectorAll("style")].some((s) => /@page\s*\{\s*size:\s*A4/.test(s.textContent ?? "")))).toBe(true);

  await page.emulateMedia({ media: "screen" });
  await page.goto(`/reports/${YEAR}?lang=en`);
  await expect(page.locator("article.admin-report").getByText("SOCIALIST REPUBLIC OF VIET NAM", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`year ${YEAR}`);
  await expect(page.getByRole("heading", { level: 2, name: "VII. PROPOSALS" })).toBeVisible();
});

test("the report's figures download as CSV (UTF-8 with BOM) and JSON", async ({ request }) => {
  const json = await request.get(`/reports/${H1}.json`);
  expect(json.status()).toBe(200);
  const report = await json.json();
  expect(report.period).toBe(H1);
  expect(report.methodVersion).toBeGreaterThanOrEqual(1);
  expect(report.agencies.length).toBeGreaterThan(20);
  expect(Object.keys(report.agencies[0])).toEqual(expect.arrayContaining(["slug", "name", "received", "answered", "responseRate", "onTimeRate", "index", "rank", "components"]));

  const csv = await request.get(`/reports/${H1}.csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
  expect(csv.headers()["content-disposition"]).toContain(`${H1}.csv`);
  const body = await csv.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = body.toString("utf8").replace(/^\uFEFF/, "").trim().split(/\r\n/);
  expect(lines[0].split(",")).toEqual(expect.arrayContaining(["period", "slug", "name", "index"]));
  expect(lines).toHaveLength(report.agencies.length + 1);
  expect(lines.some((l) => l.includes("Sở Thông tin và Truyền thông"))).toBe(true);

  expect((await request.get(`/reports/${YEAR}-Q1.csv`)).status()).toBe(404);
  expect((await request.get(`/reports/${YEAR}-Q1.json`)).status()).toBe(404);
});

async function signIn(page: Page, email: string, next: string) {
  await page.goto(`/staff/login?next=${next}`);
  await page.getByLabel("Email công vụ").fill(email);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
}

test("an administrator saves a new method version, which the methodology page then names @nojs", async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  // axe runs in the page: only where JavaScript is on.
  const axe = testInfo.project.use.javaScriptEnabled !== false ? expectNoAxeViolations : async () => {};
  await signIn(page, "admin@demo.gov.vn", "/staff/methodology");
  await expect(page).toHaveURL(/\/staff\/methodology$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Phương pháp tính Chỉ số minh bạch");
  await axe(page, "/staff/methodology");
  const form = page.locator("form", { has: page.getByRole("button", { name: "Lưu phiên bản mới" }) });
  await expect(form.locator('input[type="hidden"][name="csrf"]')).toHaveCount(1);
  const current = Number((await page.getByText(/^Đang áp dụng: phiên bản \d+/).textContent())?.match(/phiên bản (\d+)/)?.[1]);
  expect(current).toBeGreaterThanOrEqual(1);

  // A bad weight and no note: explained, nothing saved, what was typed kept.
  const weight = page.getByLabel("Tỷ lệ trả lời", { exact: true });
  const kept = await weight.inputValue();
  await page.getByLabel("Mức hài lòng", { exact: true }).fill("mười");
  await page.getByRole("button", { name: "Lưu phiên bản mới" }).click();
  await expect(page.getByRole("alert")).toContainText("Có lỗi cần sửa");
  await expect(page).toHaveTitle(/^Lỗi: /);
  await expect(page.getByRole("link", { name: /Nhập trọng số là số nguyên/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Nhập ghi chú bằng tiếng Việt/ })).toBeVisible();
  await expect(page.getByLabel("Mức hài lòng", { exact: true })).toHaveValue("mười");
  await expect(page.getByLabel("Mức hài lòng", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(weight).toHaveValue(kept);
  await axe(page, "/staff/methodology with errors");

  // The same weights again, with a note: a new version, audited by the module.
  await page.getByLabel("Mức hài lòng", { exact: true }).fill("15");
  const note = `Kiểm thử: lưu lại cùng trọng số (${Date.now()})`;
  await page.getByLabel("Ghi chú (tiếng Việt)").fill(note);
  await page.getByRole("button", { name: "Lưu phiên bản mới" }).click();
  // Versions are numbered in order; another run may save one at the same time, so ours is "a later one".
  await expect(page).toHaveURL(/\/staff\/methodology\?saved=\d+$/);
  const saved = Number(new URL(page.url()).searchParams.get("saved"));
  expect(saved).toBeGreaterThan(current);
  await expect(page.getByRole("status")).toHaveText(`Đã lưu phiên bản ${saved}.`);

  await page.goto("/transparency/methodology");
  await expect(page.getByText(/^Phương pháp đang áp dụng: phiên bản \d+, từ/)).toBeVisible();
  const history = page.getByRole("table", { name: "Các phiên bản phương pháp tính, mới nhất trước" });
  await expect(history.getByRole("row").filter({ has: page.getByRole("rowheader", { name: String(saved), exact: true }) })).toContainText(note);
  await page.goto("/transparency");
  await expect(page.getByRole("link", { name: /^Phương pháp tính phiên bản \d+$/ })).toHaveAttribute("href", "/transparency/methodology");
});

test("an officer may not change the method, and the form refuses a post without the anti-forgery token", async ({ page }) => {
  await signIn(page, `officer@${AGENCY}.demo.gov.vn`, "/staff/methodology");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không có quyền truy cập");
  await expect(page.getByText("Chỉ quản trị viên cấp tỉnh được thay đổi phương pháp tính.")).toBeVisible();
  const response = await page.request.post("/staff/methodology", { form: { noteVi: "x" }, maxRedirects: 0 });
  expect(response.status()).toBe(403);
});
