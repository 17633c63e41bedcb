/**
 * A generated case as a scenario file that `berthsim run` replays, so that a failing property leaves its shrunk
 * counterexample behind as something to run and look at. The file format is docs/scenario-format.md; this module
 * writes it by hand because core must not depend on @berthsim/scenario (not even in tests).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Scenario } from "./arbitraries.ts";

/** The repository root (this file is packages/core/test/properties/replayFile.ts). */
export const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

/** Where failing properties write their counterexamples (git-ignored). */
export const COUNTEREXAMPLE_DIR = join(REPO_ROOT, "test-artifacts", "counterexamples");

const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

/**
 * The scenario file of one generated case: its explicit calls, its one rule set, one replication with seed 1.
 * Anchorages of unlimited capacity lose the field (absent = unlimited). A berth's rates keep only the cargo it
 * lists (the format rejects others; core ignores them), and a listed cargo with a zero rate is left out of the
 * list when another remains (core handles it for no ship either way). Values the format cannot hold (a berth
 * whose every rate is zero, zero service hours, a zero cap, calls the format's checks reject) are written as they
 * are, and `berthsim run` names them.
 */
export const replayFile = (s: Scenario, property: string): Record<string, unknown> => {
  const file = {
    id: "counterexample",
    name: "Counterexample",
    description: `Shrunk counterexample to the property "${property}", written by the property tests (packages/core/test/properties).`,
    port: {
      name: s.port.name,
      areas: s.port.areas.map((a) => ({ id: a.id, name: a.name, nameZh: a.nameZh })),
      berths: s.port.berths.map((b) => {
        const handled = b.cargo.filter((c) => (b.rates[c] ?? 0) > 0);
        const cargo = handled.length > 0 ? handled : [...b.cargo];
        return {
          id: b.id,
          area: b.area,
          length: b.length,
          depth: b.depth,
          cargo,
          foreignTradeOpen: b.foreignTradeOpen,
          rates: Object.fromEntries(cargo.map((c) => [c, b.rates[c]])),
          overheadHours: b.overheadHours,
          ...optional(
            "closures",
            b.closures?.map((c) => ({ start: c.start, end: c.end, ...optional("reason", c.reason) })),
          ),
        };
      }),
      anchorages: s.port.anchorages.map((a) => ({
        id: a.id,
        name: a.name,
        kind: a.kind,
        ...optional("capacity", a.capacity === Infinity ? undefined : a.capacity),
        ...optional("area", a.area),
      })),
      shiftHours: s.port.shiftHours,
    },
    traffic: [],
    calls: s.calls.map((c) => ({
      id: c.id,
      name: c.name,
      tradeClass: c.tradeClass,
      cargo: c.cargo,
      loa: c.loa,
      draft: c.draft,
      volume: c.volume,
      arrival: c.arrival,
      dangerousGoods: c.dangerousGoods,
      ...optional("homeArea", c.homeArea),
      ...optional("serviceHours", c.serviceHours),
      ...optional("stream", c.stream),
    })),
    rules: [
      {
        id: s.rules.id,
        name: s.rules.name,
        kind: s.rules.kind,
        classOrder: [...s.rules.classOrder],
        ...optional("capHours", s.rules.capHours),
        queueScope: s.rules.queueScope,
        berthChoice: s.rules.berthChoice,
      },
    ],
    horizon: s.horizon,
    warmup: s.warmup,
    seed: 1,
    replications: 1,
  };
  // JSON semantics: no undefined values, no shared objects.
  return JSON.parse(JSON.stringify(file)) as Record<string, unknown>;
};

/** A property's name as a file name: lower-case words joined by "-", at most 100 characters. */
export const fileSlug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100)
    .replace(/-+$/, "") || "property";

/** The command that replays a counterexample file, from the repository root. */
export const replayCommand = (path: string): string => `npx -y pnpm@12.4.2 sim -- run ${path} --replications 1`;

/**
 * Writes the case to test-artifacts/counterexamples/<slug of the property>.json (creating the folders) and
 * returns its path relative to the repository root.
 */
export const writeReplayFile = (s: Scenario, property: string, dir: string = COUNTEREXAMPLE_DIR): string => {
  const path = join(dir, `${fileSlug(property)}.json`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(replayFile(s, property), null, 2)}\n`);
  return relative(REPO_ROOT, path);
};
