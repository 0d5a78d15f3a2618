import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { randomBytes, randomInt } from "node:crypto";

// Petitions end to end: filing, tracking, the officer's work, publication with masking, rating,
// and what bad input gets. Tests tagged @nojs also run with JavaScript off (project "no-js").
//
// The public forms are rate-limited per client address (20 petitions an hour), and every project
// and spec file talks to the same server from 127.0.0.1. The server trusts X-Forwarded-For from
// loopback, so each test gets an address of its own and tests never use up each other's allowance.
const test = base.extend({
  extraHTTPHeaders: async ({}, use) => {
    await use({ "X-Forwarded-For": `10.${randomInt(1, 255)}.${randomInt(0, 255)}.${randomInt(1, 255)}` });
  },
});

// Independent tests (own address, own filer, own petition): let the two workers share them.
test.describe.configure({ mode: "parallel" });

const OWN_AGENCY = "so-tai-nguyen-va-moi-truong";
const OWN_OFFICER = `officer@${OWN_AGENCY}.demo.gov.vn`;
const OTHER_OFFICER = "officer@so-xay-dung.demo.gov.vn";
const PASSWORD = "demo-Passw0rd!";
const CODE_IN_URL = /\/petitions\/(PA-\d{4}-\d{6})\?t=([^&#]+)/;

const uniq = () => `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
const pdf = (name = "bien-ban.pdf") => ({
  name,
  mimeType: "application/pdf",
  buffer: Buffer.from("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n"),
});
/** A Vietnamese mobile number of this run: its digits, and as people write it ("0912 345 678"). */
function mobile() {
  const digits = `09${String(randomInt(10_000_000, 99_999_999))}`;
  return { digits, typed: `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`, dotted: `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}` };
}
/** Any way of writing the number, with or without its leading 0 (what must never be published). */
const phonePattern = (digits: string) => new RegExp(digits.slice(1).split("").join("[\\s.\\-]?"));

// What the tests select by, in each language (from app/i18n/*.ts).
const L = {
  vi: {
    business: "Doanh nghiệp",
    name: "Họ và tên",
    email: "Email",
    phone: "Số điện thoại (không bắt buộc)",
    address: "Địa chỉ (không bắt buộc)",
    businessName: "Tên doanh nghiệp",
    taxCode: "Mã số thuế",
    agency: "Cơ quan nhận kiến nghị",
    topic: "Lĩnh vực",
    environment: "Môi trường",
    subject: "Tiêu đề",
    body: "Nội dung",
    attachments: "Tệp đính kèm (không bắt buộc)",
    consent: /^Tôi đồng ý để câu trả lời được công khai/,
    submit: "Gửi kiến nghị",
    status: "Trạng thái",
    received: "Đã tiếp nhận",
    inProgress: "Đang xử lý",
    answered: "Đã trả lời",
    published: "Đã trả lời và công khai",
    saved: (action: string) => `Đã lưu: ${action}.`,
    created: (code: string) => `Đã gửi kiến nghị. Mã số của bạn là ${code}.`,
    receipt: (code: string) => `Đã tiếp nhận kiến nghị ${code}`,
    trackCode: "Mã số kiến nghị",
    track: "Tra cứu",
    staffEmail: "Email công vụ",
    password: "Mật khẩu",
    signIn: "Đăng nhập",
    acknowledge: "Tiếp nhận xử lý",
    answer: "Trả lời",
    message: "Nội dung",
    publish: "Công khai câu trả lời",
    redact: "Cụm từ cần che thêm (mỗi dòng một cụm)",
    preview: "Xem trước",
    search: "Tìm trong tiêu đề, nội dung và câu trả lời",
    filter: "Lọc",
    veryHappy: "Rất hài lòng",
    sendRating: "Gửi đánh giá",
    rated: "Bạn đã đánh giá: Rất hài lòng.",
    done: "Đã ghi nhận. Cảm ơn bạn.",
    errorTitle: /^Lỗi: /,
    problem: "Có lỗi cần sửa",
  },
  en: {
    business: "Business",
    name: "Full name",
    email: "Email",
    phone: "Phone number (optional)",
    address: "Address (optional)",
    businessName: "Business name",
    taxCode: "Tax code",
    agency: "Agency to receive it",
    topic: "Topic",
    environment: "Environment",
    subject: "Subject",
    body: "Details",
    attachments: "Attachments (optional)",
    consent: /^I agree that the answer may be published/,
    submit: "Send petition",
    status: "Status",
    received: "Received",
    inProgress: "In progress",
    answered: "Answered",
    published: "Answered and published",
    saved: (action: string) => `Saved: ${action}.`,
    created: (code: string) => `Your petition was sent. Its code is ${code}.`,
    receipt: (code: string) => `We have received your petition ${code}`,
    trackCode: "Petition code",
    track: "Track",
    staffEmail: "Work email",
    password: "Password",
    signIn: "Sign in",
    acknowledge: "Take it up",
    answer: "Answer",
    message: "Message",
    publish: "Publish the answer",
    redact: "More phrases to hide (one per line)",
    preview: "Preview",
    search: "Search subjects, petitions and answers",
    filter: "Filter",
    veryHappy: "Very satisfied",
    sendRating: "Send rating",
    rated: "Your rating: Very satisfied.",
    done: "Done. Thank you.",
    errorTitle: /^Error: /,
    problem: "There is a problem",
  },
} as const;
type Lang = keyof typeof L;

/** Signs a staff member in through the form and lands on the inbox. */
async function signIn(page: Page, email: string, lang: Lang = "vi") {
  const l = L[lang];
  await page.goto(`/staff/login?lang=${lang}`);
  await page.getByLabel(l.staffEmail).fill(email);
  await page.getByLabel(l.password, { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: l.signIn, exact: true }).click();
  await expect(page).toHaveURL(/\/staff$/);
}

/** The signed-in session's anti-forgery token, from the hidden `csrf` input of a staff page. */
async function csrfOf(page: Page, path = "/staff") {
  await page.goto(path);
  return page.locator('input[type="hidden"][name="csrf"]').first().inputValue();
}

/** Files a citizen's petition straight over HTTP (the public form contract) and returns its code and token. */
async function fileByHttp(request: APIRequestContext, fields: Record<string, string> = {}) {
  const res = await request.post("/petitions/new", {
    multipart: {
      filerType: "citizen",
      name: "Đỗ Văn Thành",
      email: `thanh.${uniq()}@example.com`,
      phone: "",
      agency: OWN_AGENCY,
      topic: "dat-dai",
      subject: "Chậm cấp giấy chứng nhận quyền sử dụng đất",
      body: "Hồ sơ cấp giấy chứng nhận quyền sử dụng đất của tôi nộp từ tháng trước nhưng chưa có kết quả.",
      publicConsent: "on",
      ...fields,
    },
    maxRedirects: 0,
  });
  expect(res.status(), await res.text().catch(() => "")).toBe(303);
  const m = res.headers()["location"].match(CODE_IN_URL);
  expect(m, res.headers()["location"]).not.toBeNull();
  return { code: m![1], token: decodeURIComponent(m![2]) };
}

/** A staff POST to /staff/petitions/:code with the session's cookie and csrf token. */
function staffPost(page: Page, code: string, csrf: string, form: Record<string, string>) {
  return page.request.post(`/staff/petitions/${code}`, { form: { csrf, ...form }, maxRedirects: 0 });
}

/** The demo mailbox's mails to one address (newest first). */
async function mailsTo(page: Page, email: string) {
  await page.goto("/demo/mailbox");
  return page.getByRole("main").getByRole("listitem").filter({ hasText: email });
}

async function expectNoAxeViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe on ${what}`).toEqual([]);
}

for (const lang of ["vi", "en"] as const) {
  test(`a business files a petition, the agency answers and publishes it, the filer rates the answer (${lang}) @nojs`, async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    const l = L[lang];
    const withJs = testInfo.project.use.javaScriptEnabled !== false;
    const run = uniq();
    const email = `khoi.${run}@example.com`;
    const phone = mobile();
    const name = "Phạm Minh Khôi";
    const business = `Công ty TNHH Hạt điều Sông Bé ${run.slice(-4).toUpperCase()}`;
    const subject = "Khói bụi từ xưởng chế biến hạt điều gần khu dân cư";
    const body =
      `Tôi là ${name}, giám đốc ${business}, địa chỉ số 25 đường Hoa Sứ Trắng. ` +
      `Xưởng sấy bên cạnh thải khói bụi suốt đêm. Xin liên hệ số ${phone.typed} hoặc email ${email}.`;

    // The filer: the form, with the agency preselected from the poster's link.
    await page.goto(`/petitions/new?agency=${OWN_AGENCY}&lang=${lang}`);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    // With JavaScript on, the app must really hydrate (a CSP that blocks its scripts once made both projects no-JS).
    if (withJs) await expect.poll(() => page.evaluate(() => "__remixRouter" in window)).toBe(true);
    await expect(page.getByLabel(l.agency)).toHaveValue(OWN_AGENCY);
    await page.getByRole("radio", { name: l.business, exact: true }).check();
    await page.getByLabel(l.name, { exact: true }).fill(name);
    await page.getByLabel(l.email, { exact: true }).fill(email);
    await page.getByLabel(l.phone).fill(phone.typed);
    await page.getByLabel(l.address).fill("Số 25, đường Hoa Sứ Trắng, phường Tân Xuân, thành phố Đồng Xoài");
    await page.getByLabel(l.businessName).fill(business);
    await page.getByLabel(l.taxCode, { exact: true }).fill("0100109106");
    await page.getByLabel(l.topic, { exact: true }).selectOption({ label: l.environment });
    await page.getByLabel(l.subject, { exact: true }).fill(subject);
    await page.getByLabel(l.body, { exact: true }).fill(body);
    await page.getByLabel(l.attachments).setInputFiles(pdf());
    await page.getByRole("checkbox", { name: l.consent }).check();
    await page.getByRole("button", { name: l.submit }).click();

    await expect(page).toHaveURL(CODE_IN_URL);
    const [, code] = page.url().match(CODE_IN_URL)!;
    await expect(page.getByRole("status").filter({ hasText: l.created(code) })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(code);
    await expect(page.getByRole("main")).toContainText(l.received);
    await expect(page.getByRole("link", { name: /^bien-ban\.pdf$/ })).toBeVisible();
    // (axe, in one language each: this page in English, the published answer in Vietnamese)
    if (withJs && lang === "en") await expectNoAxeViolations(page, `the filer's page of ${code}`);

    // The receipt, with the private link, is in the demo mailbox.
    const receipt = (await mailsTo(page, email)).filter({ hasText: l.receipt(code) });
    await expect(receipt).toHaveCount(1);
    const privateLink = await receipt.getByRole("link", { name: new RegExp(`/petitions/${code}\\?t=`) }).getAttribute("href");
    expect(privateLink).toMatch(CODE_IN_URL);

    // The public page: status, but none of the filer's details.
    const publicRes = await page.goto(`/petitions/${code}`);
    expect(publicRes?.status()).toBe(200);
    await expect(page.getByRole("main")).toContainText(l.received);
    let html = await page.content();
    for (const secret of [name, email, business, "Hoa Sứ Trắng"]) expect(html, `public page shows ${secret}`).not.toContain(secret);
    expect(html).not.toMatch(phonePattern(phone.digits));

    // Tracking by code (typed loosely) leads to the public page.
    await page.goto("/petitions/track");
    await page.getByLabel(l.trackCode).fill(` ${code.toLowerCase()} `);
    await page.getByRole("button", { name: l.track, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/petitions/${code}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(code);

    // The agency's officer: inbox, acknowledge, answer, preview with an extra phrase, publish.
    await signIn(page, OWN_OFFICER, lang);
    // (filtered, so that petitions other tests file at the same time cannot push it to page 2)
    await page.getByLabel(l.status, { exact: true }).selectOption({ label: l.received });
    await page.getByLabel(l.topic, { exact: true }).selectOption({ label: l.environment });
    await page.getByRole("button", { name: l.filter, exact: true }).click();
    await expect(page).toHaveURL(/status=received/);
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: code, exact: true }) });
    await expect(row).toContainText(subject);
    await row.getByRole("link", { name: code, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/staff/petitions/${code}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(code);

    const acknowledge = page.getByRole("region", { name: l.acknowledge, exact: true });
    await acknowledge.getByRole("button", { name: l.acknowledge, exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: l.saved(l.acknowledge) })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(l.inProgress);

    const answerText =
      `Kính gửi ông ${name} (email ${email}, điện thoại ${phone.dotted}).\n\n` +
      "Ngày 12/3/2026 đoàn kiểm tra của Sở đã làm việc tại Xưởng Sấy Ba Lăng và yêu cầu lắp đặt hệ thống xử lý khói bụi trong 30 ngày. " +
      "Sở thông báo để ông Khôi được biết.";
    const answer = page.getByRole("region", { name: l.answer, exact: true });
    await answer.getByLabel(l.message, { exact: true }).fill(answerText);
    await answer.getByRole("button", { name: l.answer, exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: l.saved(l.answer) })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(l.answered);

    const publish = page.getByRole("region", { name: l.publish, exact: true });
    // The extra phrase is typed without diacritics: it must still hide "Xưởng Sấy Ba Lăng".
    await publish.getByLabel(l.redact).fill("xuong say ba lang");
    await publish.getByRole("button", { name: l.preview, exact: true }).click();
    await expect(page).toHaveURL(/redact=xuong/);
    const preview = page.getByRole("region", { name: l.publish, exact: true });
    await expect(preview).toContainText("[đã ẩn]");
    await expect(preview).toContainText("[email đã ẩn]");
    await expect(preview).toContainText("[số điện thoại đã ẩn]");
    await expect(preview).not.toContainText("Xưởng Sấy Ba Lăng");
    await expect(preview).not.toContainText(email);
    await expect(preview.getByLabel(l.redact)).toHaveValue("xuong say ba lang");
    await preview.getByRole("button", { name: l.publish, exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: l.saved(l.publish) })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(l.published);

    // The public reader: found by a word of the subject typed without diacritics.
    await page.goto(`/resolutions?lang=${lang}`);
    await page.getByLabel(l.search).fill("hat dieu");
    await page.getByRole("button", { name: l.filter, exact: true }).click();
    await expect(page).toHaveURL(/\/resolutions\?q=hat/);
    const item = page.getByRole("main").getByRole("listitem").filter({ hasText: code });
    await expect(item).toHaveCount(1);
    await item.getByRole("link").first().click();
    await expect(page).toHaveURL(new RegExp(`/resolutions/${code}$`));
    const main = page.getByRole("main");
    await expect(main).toContainText("Sở thông báo để");
    await expect(main).toContainText("[email đã ẩn]");
    await expect(main).toContainText("[số điện thoại đã ẩn]");
    await expect(main).toContainText("[người gửi]");
    await expect(main).toContainText("[đã ẩn]");
    await expect(main).toContainText(business);
    html = await page.content();
    for (const secret of [name, "Khôi", email, "Xưởng Sấy Ba Lăng", "Hoa Sứ Trắng"]) expect(html, `published page shows ${secret}`).not.toContain(secret);
    expect(html).not.toMatch(phonePattern(phone.digits));
    if (withJs && lang === "vi") await expectNoAxeViolations(page, `/resolutions/${code}`);

    // The public petition page now has the answer, still without the filer's details.
    await page.goto(`/petitions/${code}`);
    await expect(page.getByRole("main")).toContainText(l.published);
    html = await page.content();
    for (const secret of [name, email, "Xưởng Sấy Ba Lăng"]) expect(html, `public petition page shows ${secret}`).not.toContain(secret);
    expect(html).not.toMatch(phonePattern(phone.digits));

    // The Atom feed carries it, masked.
    const feed = await (await page.request.get("/feeds/resolutions.atom")).text();
    expect(feed).toContain(code);
    expect(feed).not.toContain(email);
    expect(feed).not.toContain(name);
    expect(feed).not.toMatch(phonePattern(phone.digits));

    // The filer, through the private link of the receipt, rates the answer.
    await page.goto(privateLink!);
    await expect(page.getByRole("main")).toContainText("Sở thông báo để ông Khôi");
    await page.getByRole("radio", { name: l.veryHappy, exact: true }).check();
    await page.getByRole("button", { name: l.sendRating, exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: l.done })).toBeVisible();
    await expect(page.getByText(l.rated)).toBeVisible();
    await expect(page.getByRole("button", { name: l.sendRating })).toHaveCount(0);
  });
}

test("an officer of another agency gets 404 for the petition, by page and by POST", async ({ page }) => {
  const { code } = await fileByHttp(page.request);
  await signIn(page, OTHER_OFFICER);
  const res = await page.goto(`/staff/petitions/${code}`);
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
  await expect(page.getByRole("main")).not.toContainText("Đỗ Văn Thành");

  // A valid anti-forgery token of this officer's own session: the refusal is about the agency.
  const csrf = await csrfOf(page);
  expect(csrf).not.toBe("");
  for (const intent of ["acknowledge", "note"]) {
    const post = await staffPost(page, code, csrf, { intent, message: "Ghi chú thử nghiệm của cơ quan khác" });
    expect(post.status(), intent).toBe(404);
    expect(await post.text()).not.toContain("Đỗ Văn Thành");
  }
  // A wrong token is refused before anything else (so the 404 above was not a csrf failure).
  expect((await staffPost(page, code, "sai", { intent: "acknowledge" })).status()).toBe(403);

  // The owning agency still sees it untouched.
  await page.context().clearCookies();
  await signIn(page, OWN_OFFICER);
  await page.goto(`/staff/petitions/${code}`);
  await expect(page.getByRole("main")).toContainText("Đã tiếp nhận");
  await expect(page.getByRole("main")).not.toContainText("Ghi chú thử nghiệm");
});

test("an action the status does not allow answers 409 with a message", async ({ page }) => {
  const { code } = await fileByHttp(page.request);
  await signIn(page, OWN_OFFICER);
  const csrf = await csrfOf(page, `/staff/petitions/${code}`);
  const steps: Record<string, string>[] = [{ intent: "acknowledge" }, { intent: "answer", message: "Sở đã kiểm tra và yêu cầu cơ sở khắc phục." }, { intent: "publish", redact: "" }];
  for (const form of steps) {
    const res = await staffPost(page, code, csrf, form);
    expect(res.status(), form.intent).toBe(303);
  }
  // Published: answering again, acknowledging again are not transitions of the state machine.
  const again = await staffPost(page, code, csrf, { intent: "answer", message: "Một câu trả lời khác sau khi đã công khai." });
  expect(again.status()).toBe(409);
  const text = await again.text();
  expect(text).toContain("Không thể “Trả lời” khi kiến nghị đang ở trạng thái “Đã trả lời và công khai”.");
  expect((await staffPost(page, code, csrf, { intent: "acknowledge" })).status()).toBe(409);

  // Nothing changed, and the page no longer offers the answer form.
  await page.goto(`/staff/petitions/${code}`);
  await expect(page.getByRole("main")).toContainText("Đã trả lời và công khai");
  await expect(page.getByRole("main")).not.toContainText("Một câu trả lời khác");
  await expect(page.getByRole("region", { name: "Trả lời", exact: true })).toHaveCount(0);
});

test("bad input on the petition form is explained, keeps what was typed, and files nothing @nojs", async ({ page }) => {
  test.setTimeout(60_000);
  const l = L.vi;
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const email = `loi.${uniq()}@example.com`;
  const summary = page.getByRole("alert").filter({ hasText: l.problem });
  const expectFailed = async (message: string | RegExp) => {
    await expect(page).toHaveURL(/\/petitions\/new/);
    await expect(summary).toBeVisible();
    await expect(summary.getByRole("link", { name: message })).toBeVisible();
    await expect(page).toHaveTitle(l.errorTitle);
  };
  const submit = () => page.getByRole("button", { name: l.submit }).click();

  await page.goto(`/petitions/new?agency=${OWN_AGENCY}`);
  await page.getByRole("radio", { name: l.business, exact: true }).check();
  await page.getByLabel(l.name, { exact: true }).fill("Vũ Thị Lan");
  await page.getByLabel(l.email, { exact: true }).fill(email);
  await page.getByLabel(l.phone).fill("0271 3879 555");
  await page.getByLabel(l.businessName).fill("Công ty CP Cao su Lộc Ninh");
  await page.getByLabel(l.taxCode, { exact: true }).fill("0100109105");
  await page.getByLabel(l.topic, { exact: true }).selectOption("moi-truong");
  await page.getByLabel(l.subject, { exact: true }).fill("Đề nghị nạo vét kênh thoát nước");
  await page.getByLabel(l.body, { exact: true }).fill("Kênh thoát nước khu công nghiệp bị tắc, nước tràn vào vườn cao su.");
  await page.getByRole("checkbox", { name: l.consent }).check();

  // 1. A tax code with a wrong check digit.
  await submit();
  await expectFailed(/^Mã số thuế không đúng/);
  await expect(page.getByLabel(l.taxCode, { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel(l.taxCode, { exact: true })).toHaveValue("0100109105");
  await expect(page.getByRole("radio", { name: l.business, exact: true })).toBeChecked();
  await expect(page.getByLabel(l.name, { exact: true })).toHaveValue("Vũ Thị Lan");
  await expect(page.getByLabel(l.email, { exact: true })).toHaveValue(email);
  await expect(page.getByLabel(l.phone)).toHaveValue("0271 3879 555");
  await expect(page.getByLabel(l.businessName)).toHaveValue("Công ty CP Cao su Lộc Ninh");
  await expect(page.getByLabel(l.agency)).toHaveValue(OWN_AGENCY);
  await expect(page.getByLabel(l.topic, { exact: true })).toHaveValue("moi-truong");
  await expect(page.getByLabel(l.subject, { exact: true })).toHaveValue("Đề nghị nạo vét kênh thoát nước");
  await expect(page.getByLabel(l.body, { exact: true })).toHaveValue("Kênh thoát nước khu công nghiệp bị tắc, nước tràn vào vườn cao su.");
  await expect(page.getByRole("checkbox", { name: l.consent })).toBeChecked();

  // 2. A file over 10 MB.
  await page.getByLabel(l.taxCode, { exact: true }).fill("0100109106");
  const big = Buffer.alloc(11 * 1024 * 1024, 0x20);
  big.write("%PDF-1.4\n", 0, "latin1");
  await page.getByLabel(l.attachments).setInputFiles({ name: "ban-ve.pdf", mimeType: "application/pdf", buffer: big });
  await submit();
  await expectFailed("Tệp “ban-ve.pdf” lớn hơn 10 MB: hãy nén hoặc chia nhỏ tệp");
  await expect(page.getByLabel(l.taxCode, { exact: true })).toHaveValue("0100109106");

  // 3. A program renamed .pdf: checked by content, not by name.
  const exe = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"), Buffer.alloc(2048, 0)]);
  await page.getByLabel(l.attachments).setInputFiles({ name: "hoa-don.pdf", mimeType: "application/pdf", buffer: exe });
  await submit();
  await expectFailed("Tệp “hoa-don.pdf” không phải PDF, JPEG, PNG, DOCX hoặc XLSX: hãy chọn tệp đúng định dạng");

  // 4. A body over the maximum length.
  await page.getByLabel(l.attachments).setInputFiles([]);
  await page.getByLabel(l.body, { exact: true }).fill("Nội dung rất dài. ".repeat(1200).slice(0, 20_000));
  await submit();
  await expectFailed(/^Nội dung không quá 10\.?000 ký tự/);
  expect((await page.getByLabel(l.body, { exact: true }).inputValue()).length).toBe(20_000);

  // None of the failed attempts filed anything: no receipt to this address.
  await expect(await mailsTo(page, email)).toHaveCount(0);

  // 5. Markup is text, and NFD input is stored NFC.
  const nameNfd = "Nguye\u0302\u0303n Thi\u0323 Hoa\u0300";
  const subjectNfd = "<script>alert(1)</script> Đe\u0302\u0300 nghi\u0323 <b>sửa</b> đường";
  const bodyNfd = 'Ghi chú: <img src=x onerror="alert(2)"> và <script>alert(3)</script>. Ca\u0301c ho\u0323 da\u0302n đe\u0302\u0300u pha\u0309n a\u0301nh.';
  await page.goto(`/petitions/new?agency=${OWN_AGENCY}`);
  await page.getByLabel(l.name, { exact: true }).fill(nameNfd);
  await page.getByLabel(l.email, { exact: true }).fill(email);
  await page.getByLabel(l.topic, { exact: true }).selectOption("giao-thong");
  await page.getByLabel(l.subject, { exact: true }).fill(subjectNfd);
  await page.getByLabel(l.body, { exact: true }).fill(bodyNfd);
  await submit();
  await expect(page).toHaveURL(CODE_IN_URL);
  const [, code] = page.url().match(CODE_IN_URL)!;
  const main = page.getByRole("main");
  await expect(main.getByText("<script>alert(1)</script> Đề nghị <b>sửa</b> đường", { exact: true })).toBeVisible();
  await expect(main).toContainText('<img src=x onerror="alert(2)">');
  expect(await page.locator(`img[src="x"], main script`).count()).toBe(0);
  await expect(page.locator("main b", { hasText: "sửa" })).toHaveCount(0);
  const injected = await page.locator("script").evaluateAll((els) => els.filter((e) => /^\s*alert\(/.test(e.textContent ?? "")).length);
  expect(injected).toBe(0);
  const html = await page.content();
  for (const nfc of [nameNfd, "Đe\u0302\u0300 nghi\u0323 ", "Ca\u0301c ho\u0323 da\u0302n đe\u0302\u0300u pha\u0309n a\u0301nh"].map((s) => s.normalize("NFC"))) {
    expect(html, `NFC "${nfc}" in the page`).toContain(nfc);
  }
  await expect(main.getByText(nameNfd.normalize("NFC"), { exact: true })).toBeVisible();
  const nameShown = await main.locator("dd").filter({ hasText: /^Nguy/ }).first().textContent();
  expect(nameShown).toBe(nameNfd.normalize("NFC"));
  const subjectShown = await main.getByText(/^<script>alert\(1\)/).first().textContent();
  expect(subjectShown).toBe(subjectNfd.normalize("NFC"));
  expect(html).not.toContain("Nguye\u0302\u0303n");
  expect(html).not.toContain("Ca\u0301c");
  const mails = await mailsTo(page, email);
  await expect(mails).toHaveCount(1);
  await expect(mails).toContainText(code);
  expect(dialogs).toEqual([]);
});

test("staff sign-in with a wrong password says so, with 'Lỗi: ' in the title @nojs", async ({ page }) => {
  await page.goto("/staff/login");
  await page.getByLabel("Email công vụ").fill("officer@so-tu-phap.demo.gov.vn");
  await page.getByLabel("Mật khẩu", { exact: true }).fill("sai-mat-khau-1");
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/login/);
  await expect(page.getByRole("alert")).toContainText("Email hoặc mật khẩu không đúng");
  await expect(page).toHaveTitle(/^Lỗi: /);
  await expect(page.getByLabel("Email công vụ")).toHaveValue("officer@so-tu-phap.demo.gov.vn");
  // The email is kept; the password is never sent back by the server.
  expect(await page.content()).not.toContain("sai-mat-khau-1");
});

test("petition and resolution pages carry no NUL byte", async ({ page }) => {
  const { code, token } = await fileByHttp(page.request, { body: "Đường vào khu dân cư bị sụt lún. ".repeat(120) });
  const paths = ["/petitions/new", `/petitions/new?agency=${OWN_AGENCY}&lang=en`, "/petitions/track", `/petitions/${code}`, `/petitions/${code}?t=${encodeURIComponent(token)}`, "/resolutions", "/staff/login", "/feeds/resolutions.atom"];
  for (const path of paths) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(200);
    const bytes = await res.body();
    expect(bytes.includes(0), `NUL byte in ${path}`).toBe(false);
    expect((await res.text()).includes("\u0000"), `NUL in ${path}`).toBe(false);
  }
});

test("axe finds nothing on the petition pages, in both languages", async ({ page }) => {
  test.setTimeout(90_000);
  // Each page in a state that shows the most: the forms with their error summaries. The filer's
  // page and a published answer are scanned in the journeys above.
  const resolution = await page.request
    .get("/resolutions")
    .then(async (r) => (await r.text()).match(/href="(\/resolutions\/PA-\d{4}-\d{6})"/)?.[1]);
  for (const lang of ["vi", "en"] as const) {
    await page.goto(`/petitions/new?agency=${OWN_AGENCY}&lang=${lang}`);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await page.getByRole("button", { name: L[lang].submit }).click();
    await expect(page.getByRole("alert").filter({ hasText: L[lang].problem })).toBeVisible();
    await expect(page).toHaveTitle(L[lang].errorTitle);
    await expectNoAxeViolations(page, `/petitions/new with errors (${lang})`);
    for (const path of ["/petitions/track?code=PA-1999-000001", "/resolutions", "/staff/login", ...(resolution && lang === "en" ? [resolution] : [])]) {
      const url = `${path}${path.includes("?") ? "&" : "?"}lang=${lang}`;
      await page.goto(url);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expectNoAxeViolations(page, url);
    }
  }
});
