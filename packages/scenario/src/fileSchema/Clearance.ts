import { CARGO_KINDS, type CargoKind } from "@berthsim/core";
import { Schema } from "effect";
import { JIAXING_CLEARANCE } from "../jiaxingClearance.ts";
import { DistributionFile } from "./Distribution.ts";
import { Flag, field, named, NonNegative, optionalField, Positive, PositiveInt, Probability, Weekday } from "./fields.ts";
import { CargoKindFile } from "./Port.ts";
import { TradeClassFile } from "./Traffic.ts";

/*
 * The clearance stage of a scenario file, as core/clearance/ClearanceParams.ts. Every key is optional: an absent
 * key takes the built-in Jiaxing value (jiaxingClearance.ts, documented in docs/clearance.md), so `"clearance": {}`
 * is the Jiaxing stage and a file names only what it changes.
 */

const D = JIAXING_CLEARANCE;

const HourEnd = Schema.Finite.check(Schema.isBetween({ minimum: 0, maximum: 24, exclusiveMinimum: true })).annotate({
  expected: "an hour of the day, 0 < hour ≤ 24",
});
const HourStart = Schema.Finite.check(Schema.isBetween({ minimum: 0, maximum: 24, exclusiveMaximum: true })).annotate({
  expected: "an hour of the day, 0 ≤ hour < 24",
});

const WorkWindowFile = named(
  Schema.Struct({
    days: field(Schema.NonEmptyArray(Weekday), "Weekdays it applies to, 0 = Monday … 6 = Sunday."),
    start: field(HourStart, "Opening hour, e.g. 8.5 for 08:30."),
    end: field(HourEnd, "Closing hour, after start; 24 is midnight."),
  }),
  { identifier: "WorkWindow", title: "Open hours", description: "Hours [start, end) of the day on some weekdays." },
  Schema.makeFilter((w) =>
    w.end > w.start ? undefined : { path: ["end"], issue: `expected a closing hour after start (${w.start}), got ${w.end}` },
  ),
);

const FlowFile = named(
  Schema.Struct({
    tradeClass: field(TradeClassFile, "Trade class of the calls."),
    cargo: optionalField(CargoKindFile, "Only calls of this cargo; absent: every cargo of the class without a flow of its own."),
    importShare: field(Probability, "Share of a call's volume discharged as imports that clear customs."),
    exportShare: field(Probability, "Share of a call's volume loaded as exports that clear customs."),
  }),
  { identifier: "ClearanceFlow", title: "Customs cargo of a class", description: "Which calls carry customs cargo, and how much." },
);

const LeversFile = named(
  Schema.Struct({
    advanceDeclaration: optionalField(Probability, "Share of import declarations lodged before arrival (提前申报).", 0),
    tallyDuringDischarge: optionalField(Flag, "Tally report within tallyDuringDischargeHours of discharge (边卸船边理货).", false),
    sameDayProcessing: optionalField(Flag, "Declarations reviewed by the end of the working day (日报日清).", false),
    outOfHoursInspection: optionalField(Flag, "Review and inspection also in appointmentHours (非工作时间预约查验).", false),
  }),
  { identifier: "ClearanceLevers", title: "Clearance levers", description: "The action plan's efficiency measures; all off by default." },
);

const UnitSizeFile = named(
  Schema.Struct(
    Object.fromEntries(
      CARGO_KINDS.map((c) => [c, optionalField(Positive, `Volume of one ${c} unit (${c === "container" ? "TEU per box" : "t per lot"}).`, D.unitSize[c])]),
    ) as { readonly [K in CargoKind]: ReturnType<typeof optionalField<typeof Positive>> },
  ),
  { identifier: "UnitSize", title: "Unit sizes", description: "Volume of one cargo unit per cargo kind." },
);

const dist = (description: string, fallback: unknown) => optionalField(DistributionFile, description, fallback);

/** The clearance section of a scenario file. */
export const ClearanceFile = named(
  Schema.Struct({
    flows: optionalField(Schema.Array(FlowFile), "Which calls carry customs cargo; the Jiaxing flows when absent.", D.flows),
    unitSize: optionalField(UnitSizeFile, "Volume of one unit per cargo kind.", D.unitSize),
    maxUnitsPerCall: optionalField(PositiveInt, "Units simulated per call and direction, each standing for its share.", D.maxUnitsPerCall),
    importTargetHours: optionalField(Positive, "Import clearance target, hours (plan: 120).", D.importTargetHours),
    exportTargetHours: optionalField(Positive, "Export clearance target, hours (plan: 10).", D.exportTargetHours),
    workingHours: optionalField(
      Schema.Array(WorkWindowFile).check(Schema.isMinLength(1)).annotate({ expected: "at least one window of open hours" }),
      "Customs working hours (review, inspection).", D.workingHours),
    appointmentHours: optionalField(Schema.Array(WorkWindowFile), "Extra hours with outOfHoursInspection.", D.appointmentHours),
    importLodging: dist("Hours after arrival an import declaration is lodged (no advance declaration).", D.importLodging),
    advanceLodgingHours: optionalField(NonNegative, "Hours before arrival an advance import declaration is lodged.", D.advanceLodgingHours),
    exportLodging: dist("Hours before the ship's service start an export declaration is lodged.", D.exportLodging),
    autoReleaseShare: optionalField(Probability, "Share of declarations released by the system at once.", D.autoReleaseShare),
    review: dist("Review of a declaration, open hours.", D.review),
    inspectionShare: optionalField(Probability, "Share of reviewed units inspected.", D.inspectionShare),
    nonIntrusiveShare: optionalField(Probability, "Share of inspections done by scanner (H986).", D.nonIntrusiveShare),
    inspectionPrep: dist("Preparing an inspection, clock hours.", D.inspectionPrep),
    inspection: dist("A conventional inspection, open hours.", D.inspection),
    nonIntrusiveInspection: dist("A scanner inspection, open hours (never longer than the unit's conventional one).", D.nonIntrusiveInspection),
    tally: dist("End of discharge to tally report, clock hours.", D.tally),
    tallyDuringDischargeHours: optionalField(NonNegative, "The same with tally during discharge (plan: 0.5).", D.tallyDuringDischargeHours),
    levers: optionalField(LeversFile, "The action plan's efficiency measures.", D.levers),
  }),
  {
    identifier: "Clearance",
    title: "Clearance stage",
    description: "Customs clearance of each cargo unit after discharge or before loading (docs/clearance.md).",
  },
  Schema.makeFilter((c) =>
    (c.flows ?? []).flatMap((f, i, all) =>
      all.findIndex((g) => g.tradeClass === f.tradeClass && g.cargo === f.cargo) === i
        ? []
        : [{ path: ["flows", i], issue: `expected one flow per class and cargo, got "${f.tradeClass}"${f.cargo === undefined ? "" : ` / "${f.cargo}"`} twice` }],
    ),
  ),
);
