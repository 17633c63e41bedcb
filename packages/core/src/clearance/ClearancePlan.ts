import type { ClearanceParams } from "./ClearanceParams.ts";
import { FlowTable } from "./FlowTable.ts";
import { streamSamplerOf } from "./samplerOf.ts";
import { WorkCalendar } from "./WorkCalendar.ts";

/**
 * What the clearance stage works out per parameter set, once: the calendars, the flows, the samplers.
 * Parameters are read once, when the plan is made: like all of the core's input, they are never changed in place.
 */
export class ClearancePlan {
  readonly office: WorkCalendar;
  /** The calendar of review and inspection: the office's, with appointments when out-of-hours inspection is on. */
  readonly open: WorkCalendar;
  readonly flows: FlowTable;
  readonly tally: (name: number) => number;
  readonly importLodging: (name: number) => number;
  readonly exportLodging: (name: number) => number;
  readonly review: (name: number) => number;
  readonly inspectionPrep: (name: number) => number;
  readonly inspection: (name: number) => number;
  readonly nonIntrusiveInspection: (name: number) => number;

  constructor(readonly params: ClearanceParams) {
    this.office = new WorkCalendar(params.workingHours);
    this.open = params.levers.outOfHoursInspection ? new WorkCalendar([...params.workingHours, ...params.appointmentHours]) : this.office;
    this.flows = new FlowTable(params);
    this.tally = streamSamplerOf(params.tally);
    this.importLodging = streamSamplerOf(params.importLodging);
    this.exportLodging = streamSamplerOf(params.exportLodging);
    this.review = streamSamplerOf(params.review);
    this.inspectionPrep = streamSamplerOf(params.inspectionPrep);
    this.inspection = streamSamplerOf(params.inspection);
    this.nonIntrusiveInspection = streamSamplerOf(params.nonIntrusiveInspection);
  }
}
