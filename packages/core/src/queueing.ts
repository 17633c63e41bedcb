/**
 * Exact results of queueing theory used to validate the simulator (sources in shared domain notes §2):
 * Erlang C for M/M/c, Pollaczek–Khinchine for M/G/1, Cobham's non-preemptive priority formula for M/G/1, and
 * its M/M/c form for classes with equal exponential service. All waits are in the unit of `meanService`.
 */

/** Erlang C: probability that an arrival waits in M/M/c with offered load a = λ·E[S]; 1 when a ≥ c (unstable). */
export const erlangC = (c: number, a: number): number => {
  if (a >= c) return 1;
  // Erlang B by its stable recursion, then C = B / (1 − ρ(1 − B)).
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  const rho = a / c;
  return b / (1 - rho * (1 - b));
};

/** Mean wait in queue of M/M/c with utilisation ρ per server. */
export const mmcWait = (c: number, rho: number, meanService: number): number =>
  rho >= 1 ? Infinity : (erlangC(c, c * rho) * meanService) / (c * (1 - rho));

/** Mean wait in queue of M/G/1 (Pollaczek–Khinchine) with service SCV `scv`. */
export const mg1Wait = (rho: number, meanService: number, scv: number): number =>
  rho >= 1 ? Infinity : (rho * meanService * (1 + scv)) / (2 * (1 - rho));

export interface PriorityClassLoad {
  /** Arrival rate of the class. */
  readonly lambda: number;
  readonly meanService: number;
  readonly scv: number;
}

/**
 * Cobham (1954): mean wait of each class in an M/G/1 non-preemptive priority queue, classes listed highest first.
 * Wq,k = W0 / ((1 − σ_{k−1})(1 − σ_k)), W0 = Σ λ_i E[S_i²] / 2.
 */
export const cobhamMG1 = (classes: readonly PriorityClassLoad[]): number[] => {
  const w0 = classes.reduce((s, k) => s + (k.lambda * (1 + k.scv) * k.meanService ** 2) / 2, 0);
  let sigma = 0;
  return classes.map((k) => {
    const before = sigma;
    sigma += k.lambda * k.meanService;
    // A class whose cumulative load reaches 1 never clears: its wait is unbounded.
    return sigma >= 1 ? Infinity : w0 / ((1 - before) * (1 - sigma));
  });
};

/**
 * Mean wait of each class in M/M/c non-preemptive priority with one exponential service time for all classes:
 * Wq,k = [C(c, a) · E[S] / c] / ((1 − σ_{k−1})(1 − σ_k)), σ_k the per-server load of classes 1..k.
 * `lambdas` highest class first.
 */
export const mmcPriorityWaits = (c: number, lambdas: readonly number[], meanService: number): number[] => {
  const a = lambdas.reduce((s, l) => s + l, 0) * meanService;
  const w0 = (erlangC(c, a) * meanService) / c;
  let sigma = 0;
  return lambdas.map((l) => {
    const before = sigma;
    sigma += (l * meanService) / c;
    return sigma >= 1 ? Infinity : w0 / ((1 - before) * (1 - sigma));
  });
};
