import { describe, expect, it } from "vitest";
import { decodeScenario, encodeScenario, jiaxingDefault, parseCallListCsv } from "../src/index.ts";

const HEADER = "name,class,cargo,loa,draft,eta,volume";

describe("parseCallListCsv(text, options)", () => {
  it("reads one call per row, with ids from the row number when there is no id column", () => {
    const r = parseCallListCsv(`${HEADER}\nMSC ALPHA,nearSeaDirect,container,180,9.5,12.5,400\n"Feeder, 2",ningboFeeder,container,120,7,30,250\n`);
    expect(r).toEqual({
      ok: true,
      calls: [
        { id: "row-2", name: "MSC ALPHA", tradeClass: "nearSeaDirect", cargo: "container", loa: 180, draft: 9.5, volume: 400, arrival: 12.5, dangerousGoods: false },
        { id: "row-3", name: "Feeder, 2", tradeClass: "ningboFeeder", cargo: "container", loa: 120, draft: 7, volume: 250, arrival: 30, dangerousGoods: false },
      ],
    });
  });

  it("reads the optional columns id, area, dangerous and service_hours", () => {
    const r = parseCallListCsv(
      "id,name,class,cargo,loa,draft,eta,volume,area,dangerous,service_hours\nT1,Tanker,domesticBulk,liquidBulk,150,9,0,20000,dushan,yes,30\nT2,Tanker 2,domesticBulk,liquidBulk,150,9,1,20000,,,\n",
    );
    expect(r.ok && r.calls).toEqual([
      { id: "T1", name: "Tanker", tradeClass: "domesticBulk", cargo: "liquidBulk", loa: 150, draft: 9, volume: 20000, arrival: 0, dangerousGoods: true, homeArea: "dushan", serviceHours: 30 },
      { id: "T2", name: "Tanker 2", tradeClass: "domesticBulk", cargo: "liquidBulk", loa: 150, draft: 9, volume: 20000, arrival: 1, dangerousGoods: false },
    ]);
  });

  it("reads ETAs given as ISO date-times relative to the start option", () => {
    const text = `${HEADER}\nA,foreignOther,coal,190,11,2025-03-03T08:30,30000\nB,foreignOther,coal,190,11,2025-03-04 00:00+08:00,30000\n`;
    const r = parseCallListCsv(text, { start: "2025-03-03T00:00" });
    expect(r.ok && r.calls.map((c) => c.arrival)).toEqual([8.5, 16]);
  });

  it("accepts Chinese class labels and any letter case in headers, classes and cargo", () => {
    const r = parseCallListCsv("Name,CLASS,Cargo,LOA,Draft,ETA,Volume\nA,近洋直航,Container,150,8,1,300\n");
    expect(r.ok && r.calls[0]).toMatchObject({ tradeClass: "nearSeaDirect", cargo: "container" });
  });

  it("names row and column of every bad cell, with the rule and the value", () => {
    const r = parseCallListCsv(
      `${HEADER},dangerous\nA,nearSeaDirect,container,150,8,1,300,no\nB,nearSea,container,150,abc,1,300,no\nC,ningboFeeder,boxes,-5,8,2025-01-01,300,maybe\n`,
    );
    expect(r).toEqual({
      ok: false,
      errors: [
        'row 3, column "class": expected a trade class (nearSeaDirect, ningboFeeder, domesticDirect, foreignOther, domesticBulk), got "nearSea"',
        'row 3, column "draft": expected a positive number (m), got "abc"',
        'row 4, column "cargo": expected a cargo kind (container, coal, grain, liquidBulk, breakBulk), got "boxes"',
        'row 4, column "loa": expected a positive number (m), got "-5"',
        'row 4, column "eta": expected hours from the scenario start (a date-time needs the start option), got "2025-01-01"',
        'row 4, column "dangerous": expected true or false (yes/no, 1/0), got "maybe"',
      ],
    });
  });

  it("reports missing, unknown and repeated headers before reading any row", () => {
    expect(parseCallListCsv("name,class,cargo,loa,draft,volume,colour,name\nA\n")).toEqual({
      ok: false,
      errors: [
        'column "colour": unknown header (known: name, class, cargo, loa, draft, eta, volume, id, area, dangerous, service_hours)',
        'column "name": header given twice',
        'column "eta": missing header (required: name, class, cargo, loa, draft, eta, volume)',
      ],
    });
    expect(parseCallListCsv("")).toEqual({
      ok: false,
      errors: ["row 1: expected a header row (required: name, class, cargo, loa, draft, eta, volume), got nothing"],
    });
  });

  it("reports duplicate ids and ETAs before the start", () => {
    const r = parseCallListCsv(`id,${HEADER}\nX,A,nearSeaDirect,container,150,8,2025-03-02T23:00,300\nX,B,nearSeaDirect,container,150,8,1,300\n`, {
      start: "2025-03-03T00:00",
    });
    expect(r.ok ? [] : r.errors).toEqual([
      'row 2, column "eta": expected a time at or after the start (2025-03-03T00:00), got "2025-03-02T23:00"',
      'row 3, column "id": duplicate id "X" (also row 2)',
    ]);
  });

  it("skips blank lines and gives calls that a scenario decodes", () => {
    const r = parseCallListCsv(`${HEADER},area\nA,nearSeaDirect,container,150,8,1,300,zhapu\n\n`);
    if (!r.ok) throw new Error(r.errors.join("\n"));
    expect(decodeScenario(encodeScenario({ ...jiaxingDefault, calls: r.calls })).ok).toBe(true);
  });
});
