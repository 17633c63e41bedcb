import type { CallRecord, Port, VesselCall } from "@berthsim/core";
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
}

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
  row(t(lang, "wait"), hours(call.wait));
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
  el.replaceChildren(title, dl);
};
