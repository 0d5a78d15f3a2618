// Server-rendered charts, checked as a screen reader and a reader of the HTML would see them.
// (Plain .ts with createElement: the unit-test glob is app/**/*.test.ts.)
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart } from "./bar-chart";
import { COLORS } from "./chart-parts";
import { formatCount, formatPercent, formatScore } from "./format";
import { LineChart } from "./line-chart";
import { RankChart } from "./rank-chart";
import { TargetChart, targetStatus } from "./target-chart";

const pct = (v: number) => formatPercent("vi", v);
const score = (v: number) => formatScore("vi", v);

/** The SVG part and the table part of a chart's markup. */
function parts(html: string) {
  const svg = html.slice(html.indexOf("<svg"), html.indexOf("</svg>") + 6);
  const table = html.slice(html.indexOf("<table"), html.indexOf("</table>") + 8);
  return { svg, table };
}

/** Every id an aria-labelledby points to exists, and names the svg with role="img". */
function expectNamedImage(svg: string, title: string, description: string) {
  expect(svg).toMatch(/^<svg[^>]* role="img"/);
  const ids = /aria-labelledby="([^"]+)"/.exec(svg)?.[1].split(" ") ?? [];
  expect(ids).toHaveLength(2);
  expect(svg).toContain(`<title id="${ids[0]}">${title}</title>`);
  expect(svg).toContain(`<desc id="${ids[1]}">${description}</desc>`);
}

function textsOf(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
}

describe("BarChart", () => {
  const data = [
    { key: "a", label: "Sở Thông tin và Truyền thông", value: 82.46, href: "/transparency/so-thong-tin-va-truyen-thong" },
    { key: "b", label: "Sở Lao động - Thương binh và Xã hội tỉnh Bình Phước", value: 41 },
    { key: "c", label: "UBND huyện Bù Đốp", value: null },
  ];
  const html = renderToStaticMarkup(
    h(BarChart, {
      id: "idx",
      title: "Chỉ số minh bạch theo cơ quan",
      description: "Ba cơ quan, cao nhất 82,5 điểm.",
      labelHeader: "Cơ quan",
      valueHeader: "Chỉ số",
      data,
      format: score,
      missingLabel: "chưa đủ dữ liệu",
      extraColumns: [{ header: "Hạng", cell: (_d, i) => String(i + 1) }],
    }),
  );
  const { svg, table } = parts(html);

  it("is one named, described image", () => {
    expectNamedImage(svg, "Chỉ số minh bạch theo cơ quan", "Ba cơ quan, cao nhất 82,5 điểm.");
  });

  it("writes the value at each bar, and 'not enough data' instead of a bar", () => {
    const texts = textsOf(svg);
    expect(texts).toContain("82,5");
    expect(texts).toContain("41,0");
    expect(texts).toContain("chưa đủ dữ liệu");
    // Two bars (the third agency has none); bar length follows the value on a 0..100 scale.
    const widths = [...svg.matchAll(/<rect[^>]* width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(widths[0] / widths[1]).toBeCloseTo(82.46 / 41, 5);
  });

  it("shows its title to sighted readers once, hidden from screen readers (who get the image name and the caption)", () => {
    expect(html).toMatch(/^<div id="idx" class="chart[^"]*"><p aria-hidden="true"[^>]*>Chỉ số minh bạch theo cơ quan<\/p><svg/);
    const bare = renderToStaticMarkup(
      h(BarChart, { id: "b", title: "Tiêu đề", description: "d", labelHeader: "a", valueHeader: "b", data, format: score, missingLabel: "–", showTitle: false }),
    );
    expect(bare).not.toContain("aria-hidden");
    expect(bare).toContain("<title id=\"b-title\">Tiêu đề</title>");
  });

  it("cuts long names in the picture only", () => {
    expect(textsOf(svg).some((t) => t.endsWith("…"))).toBe(true);
    expect(table).toContain("Sở Lao động - Thương binh và Xã hội tỉnh Bình Phước");
  });

  it("is followed by a data table with a caption, column and row headers and links", () => {
    expect(html.indexOf("<table")).toBeGreaterThan(html.indexOf("</svg>"));
    expect(table).toContain("<caption");
    expect(table).toContain(">Chỉ số minh bạch theo cơ quan</caption>");
    expect(table.match(/<th scope="col"/g)).toHaveLength(3);
    expect(table.match(/<th scope="row"/g)).toHaveLength(3);
    expect(table).toContain('<a href="/transparency/so-thong-tin-va-truyen-thong">Sở Thông tin và Truyền thông</a>');
    expect(table).toMatch(/chưa đủ dữ liệu<\/td>/);
    expect(table).toMatch(/>3<\/td>/);
  });
});

describe("LineChart", () => {
  const html = renderToStaticMarkup(
    h(LineChart, {
      id: "trend",
      title: "Tỷ lệ trả lời theo quý",
      description: "Tám quý.",
      categoryHeader: "Quý",
      categories: ["Q1/2026", "Q2/2026", "Q3/2026", "Q4/2026"],
      series: [
        { key: "response", label: "Tỷ lệ trả lời", values: [0.5, null, 0.75, 0.8] },
        { key: "onTime", label: "Tỷ lệ đúng hạn", values: [0.4, 0.45, 0.5, null] },
      ],
      format: pct,
      missingLabel: "chưa đủ dữ liệu",
    }),
  );
  const { svg, table } = parts(html);

  it("is one named image with a legend naming each series", () => {
    expectNamedImage(svg, "Tỷ lệ trả lời theo quý", "Tám quý.");
    expect(textsOf(svg)).toEqual(expect.arrayContaining(["Tỷ lệ trả lời", "Tỷ lệ đúng hạn", "Q1/2026", "Q4/2026"]));
  });

  it("leaves a gap where there is not enough data instead of drawing through it", () => {
    const lines = [...svg.matchAll(/<polyline points="([^"]+)"/g)].map((m) => m[1].split(" ").length);
    // Series 1: [0.5] alone, then [0.75, 0.8]; series 2: three points in a row.
    expect(lines.sort()).toEqual([2, 3]);
  });

  it("has one table row per period and a column per series", () => {
    expect(table.match(/<th scope="row"/g)).toHaveLength(4);
    expect(table.match(/<th scope="col"/g)).toHaveLength(3);
    expect(table).toContain("75,0%");
    expect(table.match(/chưa đủ dữ liệu/g)).toHaveLength(2);
  });

  it("draws columns when asked, with the value over each", () => {
    const columns = renderToStaticMarkup(
      h(LineChart, {
        id: "col",
        title: "Điểm",
        description: "d",
        categoryHeader: "Năm",
        categories: ["2024", "2025"],
        series: [{ key: "s", label: "Điểm", values: [6.1, 6.85] }],
        min: 0,
        max: 10,
        format: score,
        missingLabel: "–",
        kind: "column",
      }),
    );
    expect(columns.match(/<rect/g)).toHaveLength(2);
    expect(textsOf(parts(columns).svg)).toEqual(expect.arrayContaining(["6,1", "6,9"]));
  });
});

describe("TargetChart", () => {
  const rows = [
    { key: "onlineUsed", label: "Thủ tục trực tuyến có hồ sơ", target: 0.8, value: 0.85, numerator: 85, denominator: 100 },
    { key: "postalReceived", label: "Hồ sơ nhận qua bưu chính", target: 0.1, value: 0.04, numerator: 4, denominator: 100 },
    { key: "edocElectronic", label: "Văn bản điện tử", target: 0.9, value: null, numerator: 2, denominator: 3 },
  ];
  const html = renderToStaticMarkup(
    h(TargetChart, {
      id: "targets",
      title: "Mục tiêu và thực tế",
      description: "Năm chỉ tiêu.",
      rows,
      format: pct,
      labels: {
        item: "Chỉ tiêu",
        target: "Mục tiêu",
        actual: "Thực tế",
        counts: "Tử số / mẫu số",
        status: "Đánh giá",
        met: "Đạt",
        notMet: "Chưa đạt",
        missing: "chưa đủ dữ liệu",
        ratio: (a: number, b: number) => `${formatCount("vi", a)} / ${formatCount("vi", b)}`,
      },
    }),
  );
  const { svg, table } = parts(html);

  it("says met or not met in words, never by colour alone", () => {
    expect(targetStatus(rows[0])).toBe("met");
    expect(targetStatus(rows[1])).toBe("notMet");
    expect(targetStatus(rows[2])).toBe("missing");
    expect(textsOf(svg)).toEqual(expect.arrayContaining(["85,0% · Đạt", "4,0% · Chưa đạt", "chưa đủ dữ liệu"]));
    expect(table).toMatch(/Đạt<\/span><\/td>/);
    expect(table).toMatch(/Chưa đạt<\/span><\/td>/);
  });

  it("lists each target with its numerator and denominator", () => {
    expectNamedImage(svg, "Mục tiêu và thực tế", "Năm chỉ tiêu.");
    expect(table).toContain("≥ 80,0%");
    expect(table).toContain("85 / 100");
    expect(table).toContain("2 / 3");
    expect(table.match(/<th scope="row"/g)).toHaveLength(3);
  });
});

describe("RankChart", () => {
  const html = renderToStaticMarkup(
    h(RankChart, {
      id: "pci",
      title: "Xếp hạng PCI",
      description: "Hạng theo năm.",
      years: [
        { year: 2017, score: 5.9, rank: 26, of: 63, targetRank: 20 },
        { year: 2018, score: 6.4, rank: 18, of: 63, targetRank: 20 },
      ],
      target: 20,
      formatScore: score,
      labels: {
        year: "Năm",
        score: "Điểm",
        rank: "Xếp hạng",
        target: "Mục tiêu",
        status: "Đánh giá",
        met: "Đạt",
        notMet: "Chưa đạt",
        missing: "–",
        rankOf: (r: number, of: number) => `${r}/${of}`,
        targetLine: "Mục tiêu 20/63",
      },
    }),
  );
  const { svg, table } = parts(html);

  it("writes the rank at each point and draws the target line", () => {
    expectNamedImage(svg, "Xếp hạng PCI", "Hạng theo năm.");
    expect(textsOf(svg)).toEqual(expect.arrayContaining(["26/63", "18/63", "Mục tiêu 20/63"]));
    // Rank 18 is better than 26, so it is drawn higher (smaller y).
    const ys = [...svg.matchAll(/<circle cx="[\d.]+" cy="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(ys[1]).toBeLessThan(ys[0]);
  });

  it("tabulates score, rank and target per year, met when the rank is at or above the target", () => {
    expect(table).toContain("5,9");
    expect(table).toMatch(/2017<\/th>.*Chưa đạt/s);
    expect(table).toMatch(/2018<\/th>.*>Đạt/s);
  });
});

describe("colours", () => {
  // WCAG relative luminance and contrast ratio against the white page.
  const lum = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (hex: string) => 1.05 / (lum(hex) + 0.05);

  it("text passes 4.5:1 and every mark 3:1 on white", () => {
    for (const c of [COLORS.text, COLORS.muted, COLORS.axis, COLORS.target, ...COLORS.series]) expect(contrast(c), c).toBeGreaterThanOrEqual(4.5);
  });
});

describe("formats", () => {
  it("writes percentages and scores the way each language does", () => {
    expect(formatPercent("vi", 0.8534)).toBe("85,3%");
    expect(formatPercent("en", 0.8534)).toBe("85.3%");
    expect(formatPercent("vi", null, "chưa đủ dữ liệu")).toBe("chưa đủ dữ liệu");
    expect(formatScore("en", 72)).toBe("72.0");
    expect(formatCount("vi", 12345)).toBe("12.345");
  });
});
