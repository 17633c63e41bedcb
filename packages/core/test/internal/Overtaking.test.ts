import { describe, expect, it } from "vitest";
import { BerthState } from "../../src/internal/BerthState.ts";
import { Overtaking } from "../../src/internal/Overtaking.ts";
import { UsableBerths } from "../../src/internal/UsableBerths.ts";
import { WaitingList } from "../../src/internal/WaitingList.ts";
import { berth, ship, tinyPort } from "../helpers/tinyPort.ts";

// Ships 0 (arrived first) and 2 wait; ship 1 arrived after 0 and before 2 and takes berth B1 at t = 5.
const setUp = (berths = [berth("B1"), berth("B2", { length: 100 })]) => {
  const port = tinyPort(berths);
  const calls = [ship("first", 0, 10), ship("second", 1, 10), ship("third", 2, 10)];
  const state = new BerthState(port.berths, 0);
  const usableBerths = new UsableBerths(port, "port", (id) => state.indexOf(id));
  const usableId = Int32Array.from(calls, (c) => usableBerths.idOf(c));
  const waiting = new WaitingList();
  waiting.insert(0, 0);
  waiting.insert(1, 2);
  const berthOf = Int32Array.from([-1, 0, -1]);
  const overtaken = new Int32Array(3);
  const overtaking = new Overtaking({
    calls,
    berths: port.berths,
    state,
    waiting,
    usableBerths,
    usableId,
    useMasks: true,
    hasQuays: false,
    berthOf,
    endOf: Float64Array.from([0, 15, 0]),
    positionOf: new Float64Array(3),
    overtaken,
  });
  return { overtaking, overtaken };
};

describe("Overtaking", () => {
  it("counts, once the instant is over, a waiting ship overtaken by a later arrival berthed where it could go", () => {
    const { overtaking, overtaken } = setUp();
    overtaking.berthed(1, 5);
    expect([overtaking.pending, overtaking.time]).toEqual([1, 5]);
    expect([...overtaken]).toEqual([0, 0, 0]);
    overtaking.flush();
    // The first ship was overtaken; the third arrived after the berthed ship, so it was not.
    expect([...overtaken]).toEqual([1, 0, 0]);
    expect(overtaking.pending).toBe(0);
    overtaking.flush();
    expect([...overtaken]).toEqual([1, 0, 0]);
  });

  it("does not count a berthing at a berth the waiting ship could not use", () => {
    // Berth B1 too short for the waiting ships (150 m): the second ship is given it anyway, as if it fitted.
    const { overtaking, overtaken } = setUp([berth("B1", { length: 100 }), berth("B2")]);
    overtaking.berthed(1, 5);
    overtaking.flush();
    expect([...overtaken]).toEqual([0, 0, 0]);
  });
});
