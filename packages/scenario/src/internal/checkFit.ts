import {
  type Berth,
  type Distribution,
  eligibleBerths,
  holds,
  isForeignTrade,
  quayExtent,
  meanOf,
  rejectionReason,
  type TrafficStream,
} from "@berthsim/core";
import type { Scenario } from "../Scenario.ts";

/*
 * Whether the ships of each stream and each explicit call fit some berth they may use: cargo handled, open to
 * foreign ships if the class is foreign trade, long and deep enough. A stream is judged by its largest ship:
 * the maximum of a bounded distribution, the mean of an unbounded one (exponential, Erlang), whose tail may
 * still be rejected in a run.
 */

interface Extent {
  readonly value: number;
  /** "up to" for a maximum, "of mean" for the mean of an unbounded distribution. */
  readonly words: string;
}

const largest = (d: Distribution): Extent => {
  switch (d.kind) {
    case "deterministic":
      return { value: d.value, words: "up to" };
    case "uniform":
    case "triangular":
      return { value: d.max, words: "up to" };
    case "empirical":
      return { value: Math.max(...d.values.filter((_, i) => (d.weights?.[i] ?? 1) > 0)), words: "up to" };
    case "exponential":
    case "erlang":
      return { value: meanOf(d), words: "of mean" };
  }
};

const m = (x: number): string => `${x.toFixed(1)} m`;

/** Why the largest ships of a stream fit none of `berths`, or undefined when they fit one. */
const streamMisfit = (stream: TrafficStream, berths: readonly Berth[], where: string): string | undefined => {
  const cargo = `"${stream.cargo}"`;
  let candidates = berths.filter((b) => b.cargo.includes(stream.cargo) && (b.rates[stream.cargo] ?? 0) > 0);
  if (candidates.length === 0) return `no berth${where} handles ${cargo}`;
  if (isForeignTrade(stream.tradeClass)) {
    candidates = candidates.filter((b) => b.foreignTradeOpen);
    if (candidates.length === 0)
      return `foreign-trade ships (class "${stream.tradeClass}") fit no berth${where} that handles ${cargo}: none is open to foreign ships`;
  }
  const loa = largest(stream.vessel.loa);
  // At a shared quay a ship needs its clearance too.
  const longEnough = candidates.filter(
    (b) => loa.value <= b.length && (b.quay === undefined || quayExtent(b.quay, loa.value) <= b.length),
  );
  if (longEnough.length === 0) {
    const max = Math.max(...candidates.map((b) => b.length));
    const less = candidates.some((b) => b.quay !== undefined) ? ", less a quay's clearance" : "";
    return `ships ${loa.words} ${m(loa.value)} long fit no berth${where} that handles ${cargo} (max length ${m(max)}${less})`;
  }
  const draft = largest(stream.vessel.draft);
  if (longEnough.some((b) => (b.quay === undefined ? draft.value <= b.depth : holds(b, loa.value, draft.value))))
    return undefined;
  const max = Math.max(...longEnough.map((b) => b.depth));
  return `ships ${draft.words} ${m(draft.value)} draft fit no berth${where} that handles ${cargo} (max depth ${m(max)})`;
};

/** Streams whose largest ships fit no berth of the port; with a per-area rule set, none of their home area. */
export const checkStreamsFit = (s: Scenario): string[] => {
  const perArea = s.rules.find((r) => r.queueScope === "area");
  const areas = new Set(s.port.areas.map((a) => a.id));
  return s.traffic.flatMap((stream, i) => {
    const portWide = streamMisfit(stream, s.port.berths, "");
    if (portWide !== undefined) return [`traffic[${i}]: ${portWide}`];
    // An unknown home area is reported once, by the reference check.
    if (perArea === undefined || stream.homeArea === undefined || !areas.has(stream.homeArea)) return [];
    const home = s.port.berths.filter((b) => b.area === stream.homeArea);
    const inArea = streamMisfit(stream, home, ` of its home area "${stream.homeArea}"`);
    return inArea === undefined ? [] : [`traffic[${i}]: with a queue per area (rule set "${perArea.id}"), ${inArea}`];
  });
};

/** Explicit calls that fit no berth they may use, port-wide or (with a per-area rule set) in their home area. */
export const checkCallsFit = (s: Scenario): string[] => {
  const scopes = [...new Set(s.rules.map((r) => r.queueScope))];
  const areas = new Set(s.port.areas.map((a) => a.id));
  return (s.calls ?? []).flatMap((call, i) => {
    for (const scope of scopes) {
      if (scope === "area" && call.homeArea !== undefined && !areas.has(call.homeArea)) continue;
      const where = scope === "area" && call.homeArea !== undefined ? `area "${call.homeArea}"` : "the port";
      const reason = rejectionReason(eligibleBerths(s.port, call, scope), call, where);
      if (reason !== undefined) return [`calls[${i}]: vessel "${call.name}": ${reason}`];
    }
    return [];
  });
};
