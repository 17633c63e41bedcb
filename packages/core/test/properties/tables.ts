import type { SimulationResult } from "../../src/index.ts";
import type { Scenario } from "./arbitraries.ts";

// Markdown tables of a scenario and its outcome, to print shrunk counterexamples in docs/guarantees.md.

const row = (cells: readonly (string | number)[]): string => `| ${cells.join(" | ")} |`;

export const portTable = (s: Scenario): string =>
  [
    row(["berth", "area", "length", "depth", "cargo (rate/h)", "overhead", "foreign", "closures"]),
    row(["---", "---", "---", "---", "---", "---", "---", "---"]),
    ...s.port.berths.map((b) =>
      row([
        b.id,
        b.area,
        b.length,
        b.depth,
        b.cargo.map((k) => `${k} ${b.rates[k] ?? 0}`).join(", "),
        b.overheadHours,
        b.foreignTradeOpen ? "open" : "closed",
        (b.closures ?? []).map((c) => `[${c.start}, ${c.end})`).join(" ") || "–",
      ]),
    ),
  ].join("\n");

export const rulesLine = (s: Scenario): string => {
  const r = s.rules;
  const order = r.kind === "fcfs" ? "" : `, class order ${r.classOrder.join(" > ") || "(none)"}`;
  const cap = r.kind === "cappedPriority" ? `, cap ${r.capHours ?? "none"} h` : "";
  return `rules ${r.kind}${order}${cap}, queue ${r.queueScope}, ${r.berthChoice}; shift ${s.port.shiftHours} h; horizon ${s.horizon} h`;
};

/** The calls, and for each result given, where and when each was berthed and its wait. */
export const callTable = (s: Scenario, results: Readonly<Record<string, SimulationResult>> = {}): string => {
  const names = Object.keys(results);
  const outcomes = names.map((n) => `${n}: berth @ start → wait`);
  const head = ["ship", "class", "cargo", "loa", "draft", "arrival", "handling", "home", ...outcomes];
  const calls = [...s.calls].sort((a, b) => a.arrival - b.arrival || (a.id < b.id ? -1 : 1));
  return [
    row(head),
    row(head.map(() => "---")),
    ...calls.map((c) =>
      row([
        c.id,
        c.tradeClass,
        c.cargo,
        c.loa,
        c.draft,
        c.arrival,
        c.serviceHours === undefined ? `volume ${c.volume}` : `${c.serviceHours} h`,
        c.homeArea ?? "–",
        ...names.map((n) => {
          const r = results[n]!.calls.find((x) => x.id === c.id);
          if (r === undefined) return "(absent)";
          return r.status === "served" ? `${r.berth} @ ${r.berthingStart} → ${r.wait}` : `${r.status} → ${r.wait}`;
        }),
      ]),
    ),
  ].join("\n");
};

export const scenarioTables = (s: Scenario, results: Readonly<Record<string, SimulationResult>> = {}): string =>
  [rulesLine(s), "", portTable(s), "", callTable(s, results)].join("\n");
