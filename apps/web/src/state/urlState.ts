import type { Lang } from "./i18n.ts";

/** A dropped file, carried whole in the share link (compressed) so the reviewer runs the same input. */
export interface FileSource {
  readonly kind: "json" | "csv";
  readonly name: string;
  readonly text: string;
}

export const TABS = ["timeline", "moves", "charts", "kpis", "report"] as const;
export type Tab = (typeof TABS)[number];

/** The timeline's rows: one per berth (the berth view), or quay metres within each berth (the quay view). */
export const TIMELINE_VIEWS = ["berth", "quay"] as const;
export type TimelineView = (typeof TIMELINE_VIEWS)[number];

/**
 * Everything that decides what the page runs and shows. The run is fixed by scenario (+ file), edits, rules,
 * seed and replications: the same state gives the same figures. Language, tab, zoom window and the rule set
 * compared in "Moves" only change the view.
 */
export interface AppState {
  /** Built-in scenario id; with a call-list file, the scenario whose port, rules and horizon it uses. */
  readonly scenario: string;
  readonly file?: FileSource | undefined;
  /** What-if edits, each in the text form the scenario package parses (`parseWhatIfSpec`). */
  readonly edits: readonly string[];
  /** Rule set ids; the first is the baseline of paired differences and moves. */
  readonly rules: readonly string[];
  readonly seed: number;
  readonly replications: number;
  readonly lang: Lang;
  readonly tab: Tab;
  /** Visible time window [from, to], hours; the whole horizon when absent. */
  readonly window?: readonly [number, number] | undefined;
  /** Rule set compared with the baseline under "Moves" (default: the second). */
  readonly compare?: string | undefined;
  /** Berth view or quay view of the timeline (default: berth). */
  readonly timelineView?: TimelineView | undefined;
}

export const MAX_REPLICATIONS = 1000;

const bytesToBase64Url = (bytes: Uint8Array): string => {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
};

const base64UrlToBytes = (text: string): Uint8Array => {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
};

const pipeThrough = async (bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> =>
  new Uint8Array(await new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream)).arrayBuffer());

/** A text as URL-safe base64 of its raw-deflated UTF-8. */
export const packText = async (text: string): Promise<string> =>
  bytesToBase64Url(await pipeThrough(new TextEncoder().encode(text), new CompressionStream("deflate-raw")));

export const unpackText = async (packed: string): Promise<string> =>
  new TextDecoder("utf-8", { fatal: true }).decode(await pipeThrough(base64UrlToBytes(packed), new DecompressionStream("deflate-raw")));

const round = (x: number): string => String(Math.round(x * 100) / 100);

/**
 * The state as a URL fragment (without "#"): `s` scenario, `r` rule ids, `seed`, `n` replications, one `e` per
 * edit, `lang`, `tab`, `v` window, `c` compared rule set, `tv` timeline view, `f` file as `kind:name:packed text`. Every field is
 * written, so a link keeps meaning the same run when the page's defaults change.
 */
export const encodeState = async (state: AppState): Promise<string> => {
  const params = new URLSearchParams();
  params.set("s", state.scenario);
  params.set("r", state.rules.join(","));
  params.set("seed", String(state.seed));
  params.set("n", String(state.replications));
  for (const e of state.edits) params.append("e", e);
  params.set("lang", state.lang);
  params.set("tab", state.tab);
  if (state.window !== undefined) params.set("v", `${round(state.window[0])}-${round(state.window[1])}`);
  if (state.compare !== undefined) params.set("c", state.compare);
  if (state.timelineView !== undefined) params.set("tv", state.timelineView);
  if (state.file !== undefined) params.set("f", `${state.file.kind}:${encodeURIComponent(state.file.name)}:${await packText(state.file.text)}`);
  return params.toString();
};

/**
 * Reads a fragment written by `encodeState` on top of `defaults`. Fields that are missing keep the default;
 * fields that are malformed keep it too and are reported as `field: message` problems. Whether ids name a
 * scenario or rule set is checked by the caller, who knows them.
 */
export const decodeState = async (fragment: string, defaults: AppState): Promise<{ state: AppState; problems: string[] }> => {
  const params = new URLSearchParams(fragment.replace(/^#/, ""));
  const problems: string[] = [];
  const int = (name: string, min: number, max: number, fallback: number): number => {
    const raw = params.get(name);
    if (raw === null) return fallback;
    const value = Number(raw);
    if (raw.trim() !== "" && Number.isInteger(value) && value >= min && value <= max) return value;
    problems.push(`${name}: "${raw}" is not a whole number from ${min} to ${max}`);
    return fallback;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = params.get(name);
    if (raw === null) return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    problems.push(`${name}: "${raw}" is not one of ${allowed.join(", ")}`);
    return fallback;
  };
  let window: readonly [number, number] | undefined = defaults.window;
  const v = params.get("v");
  if (v !== null) {
    const m = /^(-?\d+(?:\.\d+)?)-(-?\d+(?:\.\d+)?)$/.exec(v);
    if (m !== null && Number(m[1]) < Number(m[2])) window = [Number(m[1]), Number(m[2])];
    else problems.push(`v: "${v}" is not a window FROM-TO in hours`);
  }
  let file = defaults.file;
  const f = params.get("f");
  if (f !== null) {
    const m = /^(json|csv):([^:]*):([A-Za-z0-9_-]*)$/.exec(f);
    try {
      if (m === null) throw new Error("not kind:name:data");
      file = { kind: m[1] as "json" | "csv", name: decodeURIComponent(m[2]!), text: await unpackText(m[3]!) };
    } catch (error) {
      problems.push(`f: the file in the link cannot be read (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  const rules = params.get("r");
  return {
    state: {
      scenario: params.get("s") ?? defaults.scenario,
      file,
      edits: params.has("e") ? params.getAll("e") : defaults.edits,
      rules: rules === null ? defaults.rules : rules.split(",").filter((r) => r !== ""),
      seed: int("seed", 0, 2 ** 32 - 1, defaults.seed),
      replications: int("n", 1, MAX_REPLICATIONS, defaults.replications),
      lang: oneOf("lang", ["en", "zh"], defaults.lang),
      tab: oneOf("tab", TABS, defaults.tab),
      window,
      compare: params.get("c") ?? defaults.compare,
      timelineView: params.has("tv") ? oneOf("tv", TIMELINE_VIEWS, defaults.timelineView ?? "berth") : defaults.timelineView,
    },
    problems,
  };
};
