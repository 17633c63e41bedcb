import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BerthState } from "../../src/internal/BerthState.ts";
import { callBodyArb, hours, portWithQuaysArb, runs } from "../properties/arbitraries.ts";

const choiceArb = fc.constantFrom<"earliestFree" | "bestFit">("earliestFree", "bestFit");

describe("BerthState", () => {
  it("chooseIn(bit set) takes the berth, and the quay position, that choose(list) takes, as ships come and go; freeBits are the free berths", () => {
    const step = fc.record({ call: callBodyArb, dt: hours(0, 12), leave: fc.nat(5), candidates: fc.nat(), choice: choiceArb });
    fc.assert(
      fc.property(portWithQuaysArb, fc.array(step, { maxLength: 14 }), (port, steps) => {
        const berths = port.berths;
        const state = new BerthState(berths, port.shiftHours, 80);
        const alongside: { call: number; j: number }[] = [];
        let t = 0;
        steps.forEach((s, i) => {
          t += s.dt;
          if (alongside.length > 0 && s.leave < 3) {
            const [gone] = alongside.splice(s.leave % alongside.length, 1);
            state.release(gone!.j, t, gone!.call);
          }
          const call = { ...s.call, id: `s${i}`, name: `s${i}` };
          const mask = s.candidates & ((1 << berths.length) - 1);
          const list = berths.map((_, j) => j).filter((j) => (mask & (1 << j)) !== 0);
          expect(state.freeBits).toBe(berths.reduce((m, _, k) => (state.isFree(k) ? m | (1 << k) : m), 0));
          const j = state.chooseIn(mask, t, call, s.choice);
          if ((mask & state.freeBits) === 0) expect(j).toBe(-1);
          const at = j >= 0 ? state.position[j] : undefined;
          expect(state.chooseInHome(mask, state.homeMask(call.homeArea), t, call, s.choice)).toBe(j);
          if (j >= 0) expect(state.position[j]).toBe(at);
          expect(state.choose(list, t, call, s.choice)).toBe(j);
          if (j < 0) return;
          expect(state.position[j]).toBe(at);
          state.occupy(j, i, call.loa);
          alongside.push({ call: i, j });
        });
      }),
      runs(4201),
    );
  });
});
