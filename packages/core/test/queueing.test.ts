import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cobhamMG1, erlangC, mg1Wait, mmcPriorityWaits, mmcWait, type PriorityClassLoad } from "../src/index.ts";

/** Erlang C by its textbook definition (explicit sums of a^k/k!), independent of the core's Erlang B recursion. */
const erlangCBySums = (c: number, a: number): number => {
  let term = 1; // a^k / k!
  let sum = 0;
  for (let k = 0; k < c; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  const top = term / (1 - a / c);
  return top / (sum + top);
};

describe("erlangC", () => {
  it("erlangC(1, ρ) is ρ: a single berth is busy with probability ρ", () => {
    for (const rho of [0.1, 0.5, 0.7, 0.9, 0.99]) expect(erlangC(1, rho)).toBeCloseTo(rho, 14);
  });

  it("erlangC(2, 1) is 1/3", () => {
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 14);
  });

  it("erlangC(3, 2) is 4/9 and erlangC(5, 4) is 128/231", () => {
    expect(erlangC(3, 2)).toBeCloseTo(4 / 9, 14);
    expect(erlangC(5, 4)).toBeCloseTo(128 / 231, 14);
  });

  it("erlangC(c, a) agrees with the explicit sums of the textbook formula up to 60 berths", () => {
    for (const c of [1, 2, 3, 5, 10, 20, 60])
      for (const rho of [0.05, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.999])
        expect(erlangC(c, c * rho)).toBeCloseTo(erlangCBySums(c, c * rho), 12);
  });

  it("erlangC(c, a) falls as berths are added at the same offered load", () => {
    for (let c = 2; c <= 10; c++) expect(erlangC(c, 1.5)).toBeLessThan(erlangC(c - 1, 1.5));
  });
});

describe("mmcWait", () => {
  it("mmcWait(1, ρ, E[S]) is ρ/(1 − ρ)·E[S] (M/M/1)", () => {
    for (const rho of [0.2, 0.5, 0.7, 0.8, 0.9]) expect(mmcWait(1, rho, 1)).toBeCloseTo(rho / (1 - rho), 12);
    expect(mmcWait(1, 0.8, 12)).toBeCloseTo(48, 10);
  });

  it("mmcWait(2, 0.6, E[S]) is 0.5625·E[S], a third of the wait of two separate M/M/1 berths", () => {
    expect(mmcWait(2, 0.6, 1)).toBeCloseTo(0.5625, 14);
    expect(mmcWait(1, 0.6, 1)).toBeCloseTo(1.5, 14);
  });

  it("mmcWait(c, ρ, E[S]) is C(c, a)·E[S] / (c(1 − ρ)), linear in E[S]", () => {
    expect(mmcWait(3, 2 / 3, 1)).toBeCloseTo(4 / 9, 14);
    expect(mmcWait(5, 0.8, 1)).toBeCloseTo(128 / 231, 14);
    expect(mmcWait(5, 0.8, 10)).toBeCloseTo(1280 / 231, 12);
  });
});

describe("mg1Wait", () => {
  it("mg1Wait with SCV 1 is the M/M/1 wait", () => {
    for (const rho of [0.3, 0.5, 0.8, 0.9]) expect(mg1Wait(rho, 7, 1)).toBeCloseTo(mmcWait(1, rho, 7), 12);
  });

  it("mg1Wait with SCV 0 (deterministic service) is half the M/M/1 wait", () => {
    expect(mg1Wait(0.5, 1, 0)).toBeCloseTo(0.5, 14);
    expect(mg1Wait(0.8, 1, 0)).toBeCloseTo(2, 14);
  });

  it("mg1Wait with SCV 1/2 (Erlang-2 service) is three quarters of the M/M/1 wait", () => {
    expect(mg1Wait(0.5, 1, 0.5)).toBeCloseTo(0.75, 14);
    expect(mg1Wait(0.8, 12, 0.5)).toBeCloseTo(36, 12);
  });
});

describe("cobhamMG1", () => {
  it("cobhamMG1 of one class is the Pollaczek–Khinchine wait", () => {
    for (const scv of [0, 0.5, 1, 2])
      for (const rho of [0.3, 0.7, 0.9]) {
        const [w] = cobhamMG1([{ lambda: rho / 5, meanService: 5, scv }]);
        expect(w).toBeCloseTo(mg1Wait(rho, 5, scv), 12);
      }
  });

  it("cobhamMG1 of two exponential classes with ρ = 0.4 each gives 4/3 and 20/3 mean service times", () => {
    const waits = cobhamMG1([
      { lambda: 0.4, meanService: 1, scv: 1 },
      { lambda: 0.4, meanService: 1, scv: 1 },
    ]);
    expect(waits[0]).toBeCloseTo(4 / 3, 14);
    expect(waits[1]).toBeCloseTo(20 / 3, 14);
  });

  it("cobhamMG1 conserves work: Σ ρ_k·Wq,k = ρ·W0/(1 − ρ) even when the classes' service times differ", () => {
    const classes: PriorityClassLoad[] = [
      { lambda: 0.05, meanService: 4, scv: 0 },
      { lambda: 0.1, meanService: 2, scv: 1 },
      { lambda: 0.02, meanService: 10, scv: 0.5 },
    ];
    const waits = cobhamMG1(classes);
    const rho = classes.reduce((s, k) => s + k.lambda * k.meanService, 0);
    const w0 = classes.reduce((s, k) => s + (k.lambda * (1 + k.scv) * k.meanService ** 2) / 2, 0);
    const weighted = classes.reduce((s, k, i) => s + k.lambda * k.meanService * waits[i]!, 0);
    expect(weighted).toBeCloseTo((rho * w0) / (1 - rho), 12);
  });

  it("cobhamMG1 lets a higher class wait less than a lower one with the same service", () => {
    const waits = cobhamMG1([0.1, 0.3, 0.2, 0.2].map((lambda) => ({ lambda, meanService: 1, scv: 0.5 })));
    for (let k = 1; k < waits.length; k++) expect(waits[k]!).toBeGreaterThan(waits[k - 1]!);
  });
});

describe("mmcPriorityWaits", () => {
  it("mmcPriorityWaits on one berth equals cobhamMG1 with exponential service (SCV 1)", () => {
    const lambdas = [0.014, 0.028, 0.028];
    const mmc = mmcPriorityWaits(1, lambdas, 12);
    const cobham = cobhamMG1(lambdas.map((lambda) => ({ lambda, meanService: 12, scv: 1 })));
    mmc.forEach((w, k) => expect(w).toBeCloseTo(cobham[k]!, 10));
  });

  it("mmcPriorityWaits of one class is the M/M/c wait", () => {
    for (const c of [1, 2, 3, 5, 10]) {
      const [w] = mmcPriorityWaits(c, [(0.8 * c) / 12], 12);
      expect(w).toBeCloseTo(mmcWait(c, 0.8, 12), 10);
    }
  });

  it("mmcPriorityWaits conserves the FCFS wait: Σ (λ_k/λ)·Wq,k = Wq of M/M/c, for shares 0.2/0.4/0.4", () => {
    for (const c of [1, 2, 3, 5, 10])
      for (const rho of [0.5, 0.7, 0.8, 0.9]) {
        const lambda = (c * rho) / 12;
        const shares = [0.2, 0.4, 0.4];
        const waits = mmcPriorityWaits(
          c,
          shares.map((s) => s * lambda),
          12,
        );
        const weighted = shares.reduce((s, share, k) => s + share * waits[k]!, 0);
        expect(weighted).toBeCloseTo(mmcWait(c, rho, 12), 10);
      }
  });

  it("mmcPriorityWaits conserves the FCFS wait for any berths, load and class shares (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: 0.01, max: 0.98, noNaN: true }),
        fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }),
        (c, rho, weights) => {
          const total = weights.reduce((s, w) => s + w, 0);
          const lambdas = weights.map((w) => (w / total) * c * rho);
          const waits = mmcPriorityWaits(c, lambdas, 1);
          const weighted = lambdas.reduce((s, l, k) => s + (l / (c * rho)) * waits[k]!, 0);
          expect(weighted / mmcWait(c, rho, 1)).toBeCloseTo(1, 9);
          for (let k = 1; k < waits.length; k++) expect(waits[k]!).toBeGreaterThanOrEqual(waits[k - 1]!);
        },
      ),
    );
  });

  it("mmcPriorityWaits gives M/M/2 with shares 0.2/0.4/0.4 a lowest-to-highest wait ratio of 3.44 at ρ = 0.6 and 8.08 at ρ = 0.8", () => {
    const ratio = (rho: number): number => {
      const waits = mmcPriorityWaits(2, [0.2, 0.4, 0.4].map((s) => s * 2 * rho), 1);
      return waits[2]! / waits[0]!;
    };
    expect(ratio(0.6)).toBeCloseTo(0.88 / (0.64 * 0.4), 12);
    expect(ratio(0.6)).toBeCloseTo(3.4375, 12);
    expect(ratio(0.8)).toBeCloseTo(0.84 / (0.52 * 0.2), 12);
  });

  it("mmcPriorityWaits of M/M/3 at ρ = 2/3 is W0/((1 − σ_{k−1})(1 − σ_k)) with W0 = C(3, 2)/3 = 4/27", () => {
    // a = 2, C(3, 2) = 4/9, W0 = C·E[S]/c = 4/27; σ₁ = 0.2·ρ = 2/15, σ₂ = 0.6·ρ = 2/5, σ₃ = 2/3.
    const waits = mmcPriorityWaits(3, [0.4, 0.8, 0.8], 1);
    expect(waits[0]).toBeCloseTo(4 / 27 / (13 / 15), 14);
    expect(waits[1]).toBeCloseTo(4 / 27 / ((13 / 15) * (3 / 5)), 14);
    expect(waits[2]).toBeCloseTo(4 / 27 / ((3 / 5) * (1 / 3)), 14);
  });
});

describe("queueing formulas at or beyond saturation", () => {
  it("report an unbounded wait instead of a negative or meaningless number", () => {
    expect(erlangC(1, 1.2)).toBe(1);
    expect(mmcWait(1, 1.2, 1)).toBe(Infinity);
    expect(mmcWait(2, 1, 1)).toBe(Infinity);
    expect(mg1Wait(1.1, 1, 1)).toBe(Infinity);
    expect(
      cobhamMG1([
        { lambda: 0.6, meanService: 1, scv: 1 },
        { lambda: 0.6, meanService: 1, scv: 1 },
      ]),
    ).toEqual([expect.any(Number), Infinity]);
    expect(mmcPriorityWaits(1, [0.5, 0.6], 1)[1]).toBe(Infinity);
  });
});
