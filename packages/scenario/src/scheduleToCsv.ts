import type { CallRecord } from "@berthsim/core";
import { csvFormat } from "d3-dsv";
import { csvNumber } from "./internal/csvNumber.ts";

// Times keep every digit (shortest round-trip form), so a schedule read back from CSV checks exactly as the
// simulator produced it; volumes and hours outside are for reading and are rounded.
const exact = (x: number | undefined): string => (x === undefined || !Number.isFinite(x) ? "" : String(x));

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
  "tide_wait",
  "overtaken",
  "anchorage",
  "hours_outside",
  "berth",
  "position",
  "area",
  "berthing_start",
  "service_start",
  "end",
  "reject_reason",
] as const;

/**
 * One run's schedule as CSV (d3-dsv), one row per call in the order given: who came when, what happened to it
 * (`served`, `waiting` at the horizon, `rejected`), where it waited (and how much of its wait was for the tide, `tide_wait`) and berthed (with its position in metres along a
 * shared quay; 0 at a berth), and when. Times are hours
 * from the scenario start, written with every digit; empty cells are facts that do not apply (no berth for a rejected call).
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
      arrival: exact(r.arrival),
      wait: exact(r.wait),
      tide_wait: exact(r.tideWait),
      overtaken: String(r.overtaken),
      anchorage: r.anchorage ?? "",
      hours_outside: csvNumber(r.hoursOutside),
      berth: r.berth ?? "",
      position: exact(r.position),
      area: r.area ?? "",
      berthing_start: exact(r.berthingStart),
      service_start: exact(r.serviceStart),
      end: exact(r.end),
      reject_reason: r.rejectReason ?? "",
    })),
    [...COLUMNS],
  ) + "\n";
