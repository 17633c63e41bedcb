import type { Berth, TradeClass, TrafficStream } from "@berthsim/core";
import type { Scenario } from "../Scenario.ts";

/** The route presets of `add-route` (see addRoute.ts). */
export type RoutePreset = "southeast-asia-near-sea" | "dushan-yangshan-feeder";

/**
 * One what-if edit with its parameters, as data. Its text form, read by `parseWhatIfSpec`, is the id and the
 * parameters separated by colons: `close-berth:D5:0:720`. Hours are from the scenario start; percent is a change,
 * `+20` for 20 % more.
 */
export type WhatIfSpec =
  | { readonly id: "add-berth"; readonly berth: string; readonly like: string; readonly area?: string }
  | { readonly id: "remove-berth"; readonly berth: string }
  | { readonly id: "close-berth"; readonly berth: string; readonly start: number; readonly end: number }
  | { readonly id: "scale-stream"; readonly stream: string; readonly percent: number }
  | { readonly id: "scale-class"; readonly tradeClass: TradeClass; readonly percent: number }
  | { readonly id: "add-route"; readonly preset: RoutePreset; readonly homeArea?: string }
  | { readonly id: "coal-to-dushan"; readonly area?: string }
  | { readonly id: "pool-queues" }
  | { readonly id: "split-queues" }
  | { readonly id: "cap"; readonly hours: number }
  | { readonly id: "advance-declaration"; readonly percent?: number }
  | { readonly id: "tally-during-discharge" }
  | { readonly id: "same-day-processing" }
  | { readonly id: "weekend-inspection" }
  | { readonly id: "non-intrusive-inspection"; readonly percent?: number }
  | { readonly id: "expand-dg-anchorages"; readonly chenshan?: number; readonly dushan2?: number }
  | { readonly id: "split-quay"; readonly berth: string; readonly berths: number };

export type WhatIfId = WhatIfSpec["id"];

/** A scenario after edits, or why an edit could not be made. */
export type WhatIfResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly errors: readonly string[] };

/** A parameter of a what-if, in the order of its text form. */
export interface WhatIfParam {
  readonly name: string;
  readonly type: "berth id" | "stream id" | "area id" | "trade class" | "percent" | "hours" | "preset" | "ships" | "count";
  readonly description: string;
  readonly optional?: boolean;
}

/** A named, pure edit of a scenario. `apply` returns the edited scenario or one message why not. */
export interface WhatIf<S extends WhatIfSpec = WhatIfSpec> {
  readonly id: S["id"];
  /** The text form, e.g. `close-berth:<berth>:<start>:<end>`. */
  readonly syntax: string;
  readonly example: string;
  readonly description: string;
  readonly descriptionZh: string;
  readonly params: readonly WhatIfParam[];
  /** The spec from the text form's parameters (after the id), or what is wrong with them. */
  readonly parse: (args: readonly string[]) => S | string;
  /** The text form of a spec; `parse` reads it back. */
  readonly format: (spec: S) => string;
  readonly apply: (scenario: Scenario, spec: S) => Scenario | string;
}

export type AnyWhatIf = { [K in WhatIfId]: WhatIf<Extract<WhatIfSpec, { id: K }>> }[WhatIfId];

/** "no berth "D9" (berths: B23, B24, …)": the message for an id that names nothing. */
export const unknown = (what: string, id: string, known: readonly string[]): string =>
  `no ${what} "${id}" (${what === "class" ? "classes" : `${what}s`}: ${known.join(", ")})`;

export const findBerth = (s: Scenario, id: string): Berth | string =>
  s.port.berths.find((b) => b.id === id) ??
  unknown(
    "berth",
    id,
    s.port.berths.map((b) => b.id),
  );

export const findStream = (s: Scenario, id: string): TrafficStream | string =>
  s.traffic.find((t) => t.id === id) ??
  unknown(
    "stream",
    id,
    s.traffic.map((t) => t.id),
  );

export const checkArea = (s: Scenario, id: string): string | undefined =>
  s.port.areas.some((a) => a.id === id) ? undefined : unknown("area", id, s.port.areas.map((a) => a.id));

/** A number parameter: `name` for the message, `ok` the rule, `expected` its words. */
export const numberArg = (
  text: string | undefined,
  expected: string,
  ok: (x: number) => boolean,
): number | string => {
  const x = Number(text);
  return text !== undefined && text.trim() !== "" && Number.isFinite(x) && ok(x)
    ? x
    : `expected ${expected}, got ${text === undefined ? "nothing" : JSON.stringify(text)}`;
};

/** Checks the number of text parameters: between `min` and `max`. */
export const arity = (args: readonly string[], min: number, max: number, syntax: string): string | undefined =>
  args.length >= min && args.length <= max ? undefined : `expected ${syntax}`;
