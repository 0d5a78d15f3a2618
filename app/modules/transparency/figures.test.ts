import { describe, expect, it } from "vitest";
import { addHistogram, indexOf, medianFromHistogram, ranking, rate, round, scoreComponents, wilson, type ComponentInputs } from "./figures";
import { COMPONENTS, type Component } from "./transparency.types";

describe("wilson", () => {
  it("matches published 95% intervals", () => {
    // 5 of 10: the textbook (0.2366, 0.7634).
    const half = wilson(5, 10)!;
    expect(half.low).toBeCloseTo(0.2366, 4);
    expect(half.high).toBeCloseTo(0.7634, 4);
    // 81 of 263 (Wikipedia's example): (0.2553, 0.3662).
    const w = wilson(81, 263)!;
    expect(w.low).toBeCloseTo(0.2553, 4);
    expect(w.high).toBeCloseTo(0.3662, 4);
  });

  it("stays inside 0..1 at the edges and is undefined without cases", () => {
    expect(wilson(0, 10)).toEqual({ low: 0, high: expect.closeTo(0.2775, 4) });
    const all = wilson(6, 6)!;
    expect(all.high).toBe(1);
    // 6 of 6: low = 1 / (1 + z²/6) = 0.6097.
    expect(all.low).toBeCloseTo(0.6097, 4);
    expect(wilson(0, 0)).toBeNull();
    expect(wilson(3, 2)).toBeNull();
  });
});

describe("rate", () => {
  it("gives the value and interval with 4 decimals from the minimum number of cases", () => {
    expect(rate(4, 6, 5)).toEqual({ numerator: 4, denominator: 6, value: 0.6667, low: 0.3, high: 0.9032 });
  });

  it("says not enough data below the minimum, but keeps the numerator and denominator", () => {
    expect(rate(2, 4, 5)).toEqual({ numerator: 2, denominator: 4, value: null, low: null, high: null });
    expect(rate(0, 0, 0)).toEqual({ numerator: 0, denominator: 0, value: null, low: null, high: null });
    expect(rate(2, 5, 5).value).toBe(0.4);
  });
});

describe("medianFromHistogram", () => {
  it("takes the middle value of an odd count", () => {
    // 4, 6, 9, 9, 17 → 9
    expect(medianFromHistogram({ "4": 1, "6": 1, "9": 2, "17": 1 })).toBe(9);
  });

  it("averages the two middle values of an even count, whatever the key order", () => {
    // 2, 2, 3, 3, 3, 3, 4, 5, 6, 9, 9, 17 → (3 + 4) / 2
    expect(medianFromHistogram({ "17": 1, "9": 2, "6": 1, "5": 1, "4": 1, "3": 4, "2": 2 })).toBe(3.5);
    expect(medianFromHistogram({ "1": 1, "10": 1 })).toBe(5.5);
  });

  it("is null when empty, and ignores zero counts", () => {
    expect(medianFromHistogram({})).toBeNull();
    expect(medianFromHistogram({ "3": 0, "8": 1 })).toBe(8);
  });

  it("adds up over months", () => {
    const sum = addHistogram(addHistogram({}, { "2": 1, "3": 2 }), { "3": 1, "7": 1 });
    expect(sum).toEqual({ "2": 1, "3": 3, "7": 1 });
    expect(medianFromHistogram(sum)).toBe(3);
  });
});

const weightsV1: Record<Component, number> = {
  responseRate: 20,
  onTimeRate: 20,
  publicationRate: 10,
  satisfaction: 15,
  reopenRate: 5,
  hotline: 10,
  proceduresComplete: 5,
  proceduresOnline: 5,
  proceduresPostal: 5,
  documentsPublished: 5,
  consultations: 0,
  dialogues: 0,
};

function inputs(over: Partial<ComponentInputs> = {}): ComponentInputs {
  return {
    rates: {
      response: rate(5, 7, 5),
      onTime: rate(4, 6, 5),
      publication: rate(2, 3, 5),
      satisfaction: rate(2, 3, 5),
      reopen: rate(1, 5, 5),
    },
    hotline: { count: 1, verified: true },
    procedures: { complete: rate(3, 5, 5), online: rate(2, 5, 5), postal: rate(5, 5, 5) },
    documents: { planning: 0, plan: 1, budget: 1 },
    ...over,
  };
}

describe("scoreComponents and indexOf", () => {
  it("scores each component 0..100 and leaves out those without enough data", () => {
    const s = scoreComponents(inputs());
    expect(s.responseRate.score).toBe(71.43); // 5/7 = 0.7143
    expect(s.onTimeRate.score).toBe(66.67);
    expect(s.publicationRate.score).toBeNull(); // 3 cases
    expect(s.satisfaction.score).toBeNull();
    expect(s.reopenRate.score).toBe(80); // 100 × (1 − 0.2)
    expect(s.hotline.score).toBe(100);
    expect(s.proceduresComplete.score).toBe(60);
    expect(s.proceduresOnline.score).toBe(40);
    expect(s.proceduresPostal.score).toBe(100);
    expect(s.documentsPublished.score).toBe(66.67); // 2 of the 3 kinds
    expect(s.consultations.score).toBeNull();
    expect(s.dialogues.score).toBeNull();
  });

  it("spreads the weight of missing components over the others", () => {
    const { index, used } = indexOf(scoreComponents(inputs()), weightsV1);
    // Weights present: 20 + 20 + 5 + 10 + 5 + 5 + 5 + 5 = 75 (publication 10 and satisfaction 15 left out).
    // Σ score × weight = 71.43×20 + 66.67×20 + 80×5 + 100×10 + 60×5 + 40×5 + 100×5 + 66.67×5 = 5495.35
    // 5495.35 / 75 = 73.2713 → 73.3
    expect(index).toBe(73.3);
    expect(used.responseRate).toBe(26.6667); // 20 / 75
    expect(used.hotline).toBe(13.3333);
    expect(used.publicationRate).toBe(0);
    expect(used.consultations).toBe(0);
    expect(COMPONENTS.reduce((s, c) => s + used[c], 0)).toBeCloseTo(100, 2);
  });

  it("is null when no weighted component has a score", () => {
    const none = Object.fromEntries(COMPONENTS.map((c) => [c, { score: null }])) as Record<Component, { score: number | null }>;
    expect(indexOf(none, weightsV1).index).toBeNull();
    // A score whose weight is 0 does not make an index either.
    const onlyZeroWeight = { ...none, consultations: { score: 100 } };
    expect(indexOf(onlyZeroWeight, weightsV1).index).toBeNull();
  });

  it("changes with the weights", () => {
    const s = scoreComponents(inputs());
    // Hotline 30 instead of 10: (5495.35 + 20 × 100) / 95 = 78.8984 → 78.9
    expect(indexOf(s, { ...weightsV1, hotline: 30 }).index).toBe(78.9);
  });
});

describe("ranking", () => {
  it("orders by index, shares ranks on ties, leaves agencies without an index unranked", () => {
    const ranked = ranking([
      { name: "Sở Xây dựng", index: 50 },
      { name: "Sở Tư pháp", index: null },
      { name: "Sở Công Thương", index: 80 },
      { name: "Sở Y tế", index: 50 },
      { name: "Ban Dân tộc", index: null },
      { name: "Sở Nội vụ", index: 40 },
    ]);
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([
      ["Sở Công Thương", 1],
      ["Sở Xây dựng", 2],
      ["Sở Y tế", 2],
      ["Sở Nội vụ", 4],
      ["Ban Dân tộc", null],
      ["Sở Tư pháp", null],
    ]);
  });
});

describe("round", () => {
  it("rounds halves up", () => {
    expect(round(0.125, 2)).toBe(0.13);
    expect(round(1.005, 2)).toBe(1.01);
    expect(round(73.27133, 1)).toBe(73.3);
  });
});
