import type { CallRecord, Port, ShipRef, VesselCall, WaitExplanation } from "@berthsim/core";
import { formatInstant, type TimeLabels } from "../layout/timeAxis.ts";
import { areaName, cargoName, className, formatNumber, type Lang, t } from "../state/i18n.ts";
import { CLASS_COLOURS } from "../state/palette.ts";

export interface CallContext {
  readonly lang: Lang;
  readonly port: Port;
  readonly time: TimeLabels;
  /** The call as generated (length, draft), when known. */
  readonly vessel: VesselCall | undefined;
  readonly waitedBehind: CallRecord | undefined;
  /** Change of berthing start against the baseline, hours, and the baseline's berth; absent for the baseline. */
  readonly move?: { readonly delta: number; readonly baseBerth: string | undefined } | undefined;
  /** Where the ship lay along a shared quay, metres (quay view); absent at a discrete berth. */
  readonly quay?: readonly [number, number] | undefined;
  /**
   * Why it waited (core/explain), worked out on demand for the selected call: the explanation, `"pending"` while
   * it is worked out, an error message, or undefined when not asked for (a hint to click is shown then).
   */
  readonly why?: WaitExplanation | "pending" | { readonly error: string } | undefined;
}

/** Most ships berthed ahead that the details list; the rest are counted. */
const MAX_AHEAD = 5;

/** The lines of an explanation in `lang` (the CLI prints the core's English rendering instead). */
export const explanationLines = (e: WaitExplanation, ctx: Pick<CallContext, "lang" | "time">): string[] => {
  const { lang } = ctx;
  const hours = (h: number): string => t(lang, "hours", { h: formatNumber(lang, h, 1) });
  const at = (x: number): string => formatInstant(x, ctx.time);
  const ship = (s: ShipRef): string => `${s.name} (${className(lang, s.tradeClass)})`;
  if (e.status === "rejected") return [e.rejectReason ?? ""];
  const lines: string[] = [];
  if (e.tide !== undefined)
    lines.push(
      t(lang, "whyTide", { draft: formatNumber(lang, e.tide.draft, 1), depth: formatNumber(lang, e.tide.lowWaterDepth, 1), at: at(e.tide.until) }),
    );
  if (e.anchorage !== undefined && e.anchorage.full.length > 0)
    lines.push(t(lang, "whyOutside", { h: hours(e.anchorage.hoursOutside), full: e.anchorage.full.join(", ") }));
  for (const b of e.busy)
    lines.push(t(lang, "whyBusy", { berth: b.berth, ship: ship(b.ship), until: b.until === undefined ? "–" : at(b.until) }));
  for (const a of e.ahead.slice(0, MAX_AHEAD)) {
    const reason = t(lang, `reason_${a.reason}`, { cap: e.rules.capHours ?? "–" });
    lines.push(t(lang, "whyAhead", { ship: ship(a.ship), berth: a.berth, reason }));
  }
  if (e.ahead.length > MAX_AHEAD) lines.push(t(lang, "whyMore", { n: e.ahead.length - MAX_AHEAD }));
  for (const c of e.closures) lines.push(t(lang, "whyClosure", { berth: c.berth, from: at(c.start), to: at(c.end) }));
  if (e.waitingAtHorizon) lines.push(t(lang, "whyHorizon"));
  if (lines.length === 0) lines.push(t(lang, "whyNothing"));
  return lines;
};

const unitOf = (call: CallRecord): string => (call.cargo === "container" ? "TEU" : "t");

/**
 * Fills `el` with the details of a call: name, class, cargo, size, times, wait, what it waited behind and,
 * in a comparison, how its berthing moved. Everything is set as text content (vessel names are data).
 */
export const fillCallDetails = (el: HTMLElement, call: CallRecord, ctx: CallContext): void => {
  const { lang } = ctx;
  const doc = el.ownerDocument;
  const title = doc.createElement("div");
  title.className = "tip-title";
  const swatch = doc.createElement("span");
  swatch.className = "swatch";
  swatch.style.background = CLASS_COLOURS[call.tradeClass];
  const name = doc.createElement("strong");
  name.textContent = call.name;
  title.append(swatch, name);
  const dl = doc.createElement("dl");
  const row = (label: string, value: string): void => {
    const dt = doc.createElement("dt");
    dt.textContent = label;
    const dd = doc.createElement("dd");
    dd.textContent = value;
    dl.append(dt, dd);
  };
  const hours = (h: number): string => t(lang, "hours", { h: formatNumber(lang, h, 1) });
  row(t(lang, "class"), className(lang, call.tradeClass));
  row(t(lang, "cargo"), `${cargoName(lang, call.cargo)}, ${formatNumber(lang, call.volume, 0)} ${unitOf(call)}`);
  if (ctx.vessel !== undefined)
    row(t(lang, "size"), t(lang, "sizeValue", { loa: formatNumber(lang, ctx.vessel.loa, 0), draft: formatNumber(lang, ctx.vessel.draft, 1) }));
  if (call.berth !== undefined) {
    const area = ctx.port.areas.find((a) => a.id === call.area);
    row(t(lang, "berth"), `${call.berth} · ${areaName(lang, area, call.area ?? "")}`);
  }
  if (ctx.quay !== undefined)
    row(t(lang, "quayPosition"), t(lang, "quayPositionValue", { from: formatNumber(lang, ctx.quay[0], 0), to: formatNumber(lang, ctx.quay[1], 0) }));
  row(t(lang, "arrival"), formatInstant(call.arrival, ctx.time));
  if (call.berthingStart !== undefined) row(t(lang, "berthing"), formatInstant(call.berthingStart, ctx.time));
  if (call.end !== undefined) row(t(lang, "departure"), formatInstant(call.end, ctx.time));
  row(
    t(lang, "wait"),
    call.tideWait > 0 ? t(lang, "waitWithTide", { wait: hours(call.wait), tide: hours(call.tideWait) }) : hours(call.wait),
  );
  if (call.wait > 0) {
    const behind = ctx.waitedBehind;
    row(
      t(lang, "waitedBehind"),
      behind === undefined
        ? t(lang, "waitedBehindNone")
        : `${behind.name} (${className(lang, behind.tradeClass)}, → ${formatInstant(behind.end!, ctx.time)})`,
    );
  }
  if (call.overtaken > 0) row(t(lang, "overtakenBy"), t(lang, "laterArrivals", { n: call.overtaken }));
  if (call.dangerousGoods) row(t(lang, "dangerousGoods"), t(lang, "yes"));
  if (ctx.move !== undefined) {
    const { delta, baseBerth } = ctx.move;
    const h = formatNumber(lang, Math.abs(delta), 1);
    const parts = [delta < 0 ? t(lang, "earlierBy", { h }) : delta > 0 ? t(lang, "laterBy", { h }) : t(lang, "unchanged")];
    if (baseBerth !== undefined && baseBerth !== call.berth) parts.push(t(lang, "berthChanged", { a: baseBerth, b: call.berth ?? "–" }));
    row(t(lang, "movedBy"), parts.join("; "));
  }
  const parts: HTMLElement[] = [title, dl];
  if (call.wait > 0 || call.status === "rejected") {
    const why = doc.createElement("div");
    why.className = "tip-why";
    const head = doc.createElement("strong");
    head.textContent = t(lang, "why");
    const w = ctx.why;
    const lines =
      w === undefined
        ? [t(lang, "whyHint")]
        : w === "pending"
          ? [t(lang, "whyPending")]
          : "error" in w
            ? [t(lang, "whyFailed", { message: w.error })]
            : explanationLines(w, ctx);
    const list = doc.createElement("ul");
    for (const line of lines) {
      const li = doc.createElement("li");
      li.textContent = line;
      list.append(li);
    }
    why.append(head, list);
    parts.push(why);
  }
  el.replaceChildren(...parts);
};
