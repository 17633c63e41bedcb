import { CARGO_KINDS, type CargoKind, TRADE_CLASSES, type TradeClass, type VesselCall } from "@berthsim/core";
import { csvParse } from "d3-dsv";

/*
 * Call lists: one explicit vessel call per CSV row (the headers are documented in docs/scenario-format.md).
 * Rows are numbered as a spreadsheet shows them: the header is row 1, the first call row 2.
 */

export interface CallListCsvOptions {
  /**
   * The date-time of hour 0 of the scenario, ISO 8601 (`2025-03-03T00:00`), needed when ETAs are date-times.
   * A date-time without a zone offset is read as UTC, both here and in the ETA column, so only differences count.
   */
  readonly start?: string;
}

export type CallListCsvResult =
  | { readonly ok: true; readonly calls: VesselCall[] }
  | { readonly ok: false; readonly errors: string[] };

const REQUIRED = ["name", "class", "cargo", "loa", "draft", "eta", "volume"] as const;
const OPTIONAL = ["id", "area", "dangerous", "service_hours"] as const;
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];
const KNOWN: readonly string[] = [...REQUIRED, ...OPTIONAL];

/** More problems than this are summed up in one last line. */
const MAX_ERRORS = 100;

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** Milliseconds since the epoch of an ISO date-time, read as UTC when it has no offset; NaN when it is none. */
const parseDateTime = (text: string): number => {
  const m = DATE_TIME.exec(text);
  if (m === null) return NaN;
  const iso = text.replace(" ", "T");
  return Date.parse(m[1] === undefined ? (iso.length === 10 ? `${iso}T00:00Z` : `${iso}Z`) : iso);
};

const CLASS_NAMES = new Map<string, TradeClass>(
  TRADE_CLASSES.flatMap((c) => [[c.id.toLowerCase(), c.id] as const, [c.labelZh, c.id] as const]),
);
const CARGO_NAMES = new Map<string, CargoKind>(CARGO_KINDS.map((c) => [c.toLowerCase(), c]));
const positive = (x: number): boolean => x > 0;
const atLeastZero = (x: number): boolean => x >= 0;
const TRUE = new Set(["true", "yes", "y", "1"]);
const FALSE = new Set(["", "false", "no", "n", "0"]);

/**
 * Reads a call list from CSV text (parsed by d3-dsv). Required headers: name, class, cargo, loa, draft, eta,
 * volume; optional: id, area, dangerous, service_hours. ETA is hours from the scenario start, or an ISO
 * date-time when `options.start` gives hour 0. Every problem is reported, as
 * `row 4, column "draft": expected a positive number, got "abc"`. Areas, fit and the horizon are checked when
 * the calls are part of a scenario (`decodeScenario`).
 */
export const parseCallListCsv = (text: string, options: CallListCsvOptions = {}): CallListCsvResult => {
  const rows = csvParse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const headers = rows.columns.map((h) => h.trim().toLowerCase());
  const errors: string[] = [];
  if (headers.length === 0 || (headers.length === 1 && headers[0] === ""))
    return { ok: false, errors: [`row 1: expected a header row (required: ${REQUIRED.join(", ")}), got nothing`] };
  headers.forEach((h, i) => {
    if (!KNOWN.includes(h)) errors.push(`column "${rows.columns[i]}": unknown header (known: ${KNOWN.join(", ")})`);
    else if (headers.indexOf(h) !== i) errors.push(`column "${h}": header given twice`);
  });
  for (const h of REQUIRED) if (!headers.includes(h)) errors.push(`column "${h}": missing header (required: ${REQUIRED.join(", ")})`);
  if (errors.length > 0) return { ok: false, errors };

  const start = options.start === undefined ? undefined : parseDateTime(options.start.trim());
  if (start !== undefined && Number.isNaN(start))
    return { ok: false, errors: [`start: expected an ISO date-time such as "2025-03-03T00:00", got "${options.start}"`] };

  const calls: VesselCall[] = [];
  const firstRowOfId = new Map<string, number>();
  rows.forEach((raw, index) => {
    const row = index + 2;
    const cells = new Map<string, string>(rows.columns.map((c, i) => [headers[i]!, (raw[c] ?? "").trim()]));
    if ([...cells.values()].every((v) => v === "")) return; // blank line
    const cell = (c: Column): string => cells.get(c) ?? "";
    const fail = (c: Column, expected: string): undefined => {
      errors.push(`row ${row}, column "${c}": expected ${expected}, got ${JSON.stringify(cell(c))}`);
      return undefined;
    };
    const number = (c: Column, ok: (x: number) => boolean, expected: string): number | undefined => {
      const x = Number(cell(c));
      return DECIMAL.test(cell(c)) && Number.isFinite(x) && ok(x) ? x : fail(c, expected);
    };
    const eta = (): number | undefined => {
      const v = cell("eta");
      if (DECIMAL.test(v)) return number("eta", atLeastZero, "hours ≥ 0 from the scenario start, or an ISO date-time");
      const t = parseDateTime(v);
      if (Number.isNaN(t)) return fail("eta", "hours from the scenario start or an ISO date-time");
      if (start === undefined) return fail("eta", "hours from the scenario start (a date-time needs the start option)");
      return t >= start ? (t - start) / 3_600_000 : fail("eta", `a time at or after the start (${options.start})`);
    };
    const name = cell("name") === "" ? fail("name", "a vessel name") : cell("name");
    const tradeClass = CLASS_NAMES.get(cell("class").toLowerCase()) ?? CLASS_NAMES.get(cell("class"));
    if (tradeClass === undefined) fail("class", `a trade class (${TRADE_CLASSES.map((c) => c.id).join(", ")})`);
    const cargo = CARGO_NAMES.get(cell("cargo").toLowerCase());
    if (cargo === undefined) fail("cargo", `a cargo kind (${CARGO_KINDS.join(", ")})`);
    const loa = number("loa", positive, "a positive number (m)");
    const draft = number("draft", positive, "a positive number (m)");
    const volume = number("volume", atLeastZero, "a number ≥ 0 (TEU or t)");
    const arrival = eta();
    const flag = cell("dangerous").toLowerCase();
    const dangerousGoods = TRUE.has(flag) ? true : FALSE.has(flag) ? false : fail("dangerous", "true or false (yes/no, 1/0)");
    const service = cell("service_hours") === "" ? null : number("service_hours", positive, "a positive number of hours");
    const id = cell("id") === "" ? `row-${row}` : cell("id");
    const seen = firstRowOfId.get(id);
    if (seen !== undefined) errors.push(`row ${row}, column "id": duplicate id "${id}" (also row ${seen})`);
    else firstRowOfId.set(id, row);
    if (
      name === undefined || tradeClass === undefined || cargo === undefined || loa === undefined ||
      draft === undefined || volume === undefined || arrival === undefined || dangerousGoods === undefined || service === undefined
    )
      return;
    calls.push({
      id,
      name,
      tradeClass,
      cargo,
      loa,
      draft,
      volume,
      arrival,
      dangerousGoods,
      ...(cell("area") === "" ? {} : { homeArea: cell("area") }),
      ...(service === null ? {} : { serviceHours: service }),
    });
  });
  if (errors.length === 0) return { ok: true, calls };
  return {
    ok: false,
    errors: errors.length <= MAX_ERRORS ? errors : [...errors.slice(0, MAX_ERRORS), `… and ${errors.length - MAX_ERRORS} more problems`],
  };
};
