import { type CallRecord, type ClearanceInput, type ClearanceUnit, flowOf, type Inspection, sample, WorkCalendar } from "../../src/index.ts";
import { drawAt, extendStreamName, StreamReader, streamName, subStreamName } from "../../src/Random.ts";

/**
 * The clearance stage's units by its definition, unit by unit with no shortcut (the model of docs/clearance.md and
 * the draw places of clearUnits.ts): what `clearCargo` must give, to the bit, however it is sped up.
 */
export const referenceClearCargo = (input: ClearanceInput & { readonly calls: readonly CallRecord[] }): ClearanceUnit[] => {
  const { params, calls } = input;
  const { levers } = params;
  const office = new WorkCalendar(params.workingHours);
  const open = levers.outOfHoursInspection ? new WorkCalendar([...params.workingHours, ...params.appointmentHours]) : office;
  const reader = new StreamReader();
  const chance = (share: number, name: number, place: number): boolean => share >= 1 || (share > 0 && drawAt(name, place) < share);
  const duration = (d: Parameters<typeof sample>[0], name: number, place: number): number => sample(d, reader.read(subStreamName(name, place)));
  const units: ClearanceUnit[] = [];
  const served = (c: CallRecord) => c.status === "served" && c.arrival >= (input.warmup ?? 0) && c.serviceStart !== undefined && c.end !== undefined;
  for (const call of calls.filter(served)) {
    const flow = flowOf(params.flows, call.tradeClass, call.cargo);
    if (flow === undefined) continue;
    const size = params.unitSize[call.cargo];
    for (const direction of ["import", "export"] as const) {
      const counted = Math.ceil((call.volume * (direction === "import" ? flow.importShare : flow.exportShare)) / size - 1e-9);
      const count = counted > 0 ? counted : 0;
      if (count === 0) continue;
      const isImport = direction === "import";
      const name = subStreamName(extendStreamName(streamName(input.seed, "clearance/"), call.id), isImport ? 0 : 1);
      const tally = duration(params.tally, name, 0);
      const ready0 = call.end! + (levers.tallyDuringDischarge ? Math.min(tally, params.tallyDuringDischargeHours) : tally);
      const simulated = Math.min(count, params.maxUnitsPerCall);
      for (let k = 0; k < simulated; k++) {
        const at = 1 + 9 * k;
        const lodged = isImport
          ? chance(levers.advanceDeclaration, name, at + 1)
            ? call.arrival - params.advanceLodgingHours
            : call.arrival + duration(params.importLodging, name, at + 2)
          : call.serviceStart! - duration(params.exportLodging, name, at + 2);
        const ready = isImport ? ready0 : lodged;
        let reviewed = lodged;
        let inspection: Inspection = "none";
        if (!chance(params.autoReleaseShare, name, at)) {
          reviewed = open.addOpenHours(lodged, duration(params.review, name, at + 3));
          if (levers.sameDayProcessing) reviewed = Math.min(reviewed, office.endOfWorkingDay(lodged));
          if (chance(params.inspectionShare, name, at + 4))
            inspection = chance(params.nonIntrusiveShare, name, at + 5) ? "nonIntrusive" : "conventional";
        }
        const cleared = Math.max(ready, reviewed);
        let release = cleared;
        if (inspection !== "none") {
          const conventional = duration(params.inspection, name, at + 7);
          const hours = inspection === "nonIntrusive" ? Math.min(conventional, duration(params.nonIntrusiveInspection, name, at + 8)) : conventional;
          release = open.addOpenHours(cleared + duration(params.inspectionPrep, name, at + 6), hours);
        }
        const from = isImport ? call.arrival : lodged;
        units.push({
          call: call.id,
          direction,
          tradeClass: call.tradeClass,
          cargo: call.cargo,
          area: call.area,
          weight: count / simulated,
          from,
          lodged,
          reviewed,
          ready,
          inspection,
          release,
          hours: release - from,
        });
      }
    }
  }
  return units;
};
