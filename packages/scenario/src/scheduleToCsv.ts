import type { CallRecord } from "@berthsim/core";
import { csvFormat } from "d3-dsv";
import { csvNumber } from "./internal/csvNumber.ts";

const COLUMNS = [
  "id",
  "name",
  "class",
  "cargo",
  "volume",
  "dangerous",
  "stream",
  "status",
  "arrival",
  "wait",
  "overtaken",
  "anchorage",
  "hours_outside",
  "berth",
  "area",
  "berthing_start",
  "service_start",
  "end",
  "reject_reason",
] as const;

/**
 * One run's schedule as CSV (d3-dsv), one row per call in the order given: who came when, what happened to it
 * (`served`, `waiting` at the horizon, `rejected`), where it waited and berthed, and when. Times are hours
 * from the scenario start; empty cells are facts that do not apply (no berth for a rejected call).
 */
export const scheduleToCsv = (records: readonly CallRecord[]): string =>
  csvFormat(
    records.map((r) => ({
      id: r.id,
      name: r.name,
      class: r.tradeClass,
      cargo: r.cargo,
      volume: csvNumber(r.volume),
      dangerous: String(r.dangerousGoods),
      stream: r.stream ?? "",
      status: r.status,
      arrival: csvNumber(r.arrival),
      wait: csvNumber(r.wait),
      overtaken: String(r.overtaken),
      anchorage: r.anchorage ?? "",
      hours_outside: csvNumber(r.hoursOutside),
      berth: r.berth ?? "",
      area: r.area ?? "",
      berthing_start: csvNumber(r.berthingStart),
      service_start: csvNumber(r.serviceStart),
      end: csvNumber(r.end),
      reject_reason: r.rejectReason ?? "",
    })),
    [...COLUMNS],
  ) + "\n";
