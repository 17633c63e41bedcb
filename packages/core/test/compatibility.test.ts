import { describe, expect, it } from "vitest";
import { fits, rejectionReason } from "../src/index.ts";
import { berth, ship } from "./helpers/tinyPort.ts";

describe("fits", () => {
  const b = berth("B", { length: 200, depth: 10 });

  it("accepts a ship up to the berth's length and depth exactly", () => {
    expect(fits(b, ship("s", 0, 1, "domesticDirect", { loa: 200, draft: 10 }))).toBe(true);
    expect(fits(b, ship("s", 0, 1, "domesticDirect", { loa: 200.1 }))).toBe(false);
    expect(fits(b, ship("s", 0, 1, "domesticDirect", { draft: 10.1 }))).toBe(false);
  });

  it("needs the cargo kind handled with a rate", () => {
    expect(fits(b, ship("s", 0, 1, "domesticBulk", { cargo: "coal" }))).toBe(false);
    expect(fits(berth("C", { cargo: ["coal"], rates: {} }), ship("s", 0, 1, "domesticBulk", { cargo: "coal" }))).toBe(false);
  });
});

describe("rejectionReason", () => {
  it("names the first rule that leaves no berth, with the limit", () => {
    const berths = [berth("B1", { length: 200, depth: 10 }), berth("B2", { length: 250, depth: 9 })];
    expect(rejectionReason(berths, ship("s", 0, 1, "domesticBulk", { cargo: "coal" }))).toBe(
      'no berth in the port handles cargo "coal"',
    );
    expect(rejectionReason(berths, ship("s", 0, 1, "domesticDirect", { loa: 260 }))).toBe(
      "length overall 260.0 m exceeds every suitable berth in the port (max 250.0 m)",
    );
    // Long enough: only B2, 9 m deep.
    expect(rejectionReason(berths, ship("s", 0, 1, "domesticDirect", { loa: 240, draft: 9.5 }))).toBe(
      "draft 9.5 m exceeds the depth of every suitable berth in the port (max 9.0 m)",
    );
  });

  it("is undefined when some berth fits", () => {
    expect(rejectionReason([berth("B1")], ship("s", 0, 1))).toBeUndefined();
  });
});

describe("fits and rejectionReason at a shared quay", () => {
  const quay = berth("Q", {
    length: 300,
    depth: 12,
    quay: { clearanceMetres: 0, clearanceShare: 0.25, depths: [{ from: 0, to: 150, depth: 12 }, { from: 150, to: 300, depth: 8 }] },
  });

  it("needs room for the ship's clearance, and a deep stretch as long as its hull", () => {
    expect(fits(quay, ship("s", 0, 1, "domesticDirect", { loa: 240, draft: 6 }))).toBe(true);
    expect(fits(quay, ship("s", 0, 1, "domesticDirect", { loa: 241, draft: 6 }))).toBe(false);
    expect(fits(quay, ship("s", 0, 1, "domesticDirect", { loa: 150, draft: 11 }))).toBe(true);
    expect(fits(quay, ship("s", 0, 1, "domesticDirect", { loa: 151, draft: 11 }))).toBe(false);
  });

  it("names the clearance, or the missing stretch of deep water, as the reason", () => {
    expect(rejectionReason([quay], ship("s", 0, 1, "domesticDirect", { loa: 250, draft: 6 }))).toBe(
      "length overall 250.0 m exceeds every suitable berth in the port (max 300.0 m, less a quay's clearance)",
    );
    expect(rejectionReason([quay], ship("s", 0, 1, "domesticDirect", { loa: 200, draft: 11 }))).toBe(
      "draft 11.0 m: no suitable quay in the port has a stretch that deep long enough for its length overall 200.0 m",
    );
  });
});
