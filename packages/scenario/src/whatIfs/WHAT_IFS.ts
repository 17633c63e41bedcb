import { addBerth } from "./addBerth.ts";
import { addRoute } from "./addRoute.ts";
import { antiStarvationCap } from "./antiStarvationCap.ts";
import {
  advanceDeclaration,
  nonIntrusiveInspection,
  sameDayProcessing,
  tallyDuringDischarge,
  weekendInspection,
} from "./clearanceLevers.ts";
import { closeBerth } from "./closeBerth.ts";
import { coalToDushan } from "./coalToDushan.ts";
import { expandDgAnchorages } from "./expandAnchorages.ts";
import { poolQueues, splitQueues } from "./queueScope.ts";
import { removeBerth } from "./removeBerth.ts";
import { scaleClass, scaleStream } from "./scaleTraffic.ts";
import { splitQuay } from "./splitQuay.ts";
import type { AnyWhatIf, WhatIf, WhatIfId, WhatIfSpec } from "./WhatIf.ts";

/** Every what-if edit, in the order `berthsim what-ifs` lists them. Ids are unique. */
export const WHAT_IFS: readonly AnyWhatIf[] = [
  addBerth,
  removeBerth,
  closeBerth,
  scaleStream,
  scaleClass,
  addRoute,
  coalToDushan,
  poolQueues,
  splitQueues,
  antiStarvationCap,
  advanceDeclaration,
  tallyDuringDischarge,
  sameDayProcessing,
  weekendInspection,
  nonIntrusiveInspection,
  expandDgAnchorages,
  splitQuay,
];

/** The what-if of a spec, typed for it. */
export const whatIfOf = <S extends WhatIfSpec>(spec: S): WhatIf<S> => WHAT_IFS.find((w) => w.id === spec.id) as unknown as WhatIf<S>;

/** The text form of a spec, as `parseWhatIfSpec` reads it: `scale-class:nearSeaDirect:+20`. */
export const formatWhatIfSpec = (spec: WhatIfSpec): string => whatIfOf(spec).format(spec);

/**
 * Reads a what-if from its text form: the id, then its parameters, separated by colons —
 * `scale-class:nearSeaDirect:+20`, `close-berth:D5:0:720`, `add-route:southeast-asia-near-sea`, `cap:12`
 * (the syntax of each is in `WHAT_IFS` and docs/scenario-format.md). Names of berths and streams are checked
 * when the edit is applied.
 */
export const parseWhatIfSpec = (
  text: string,
): { readonly ok: true; readonly spec: WhatIfSpec } | { readonly ok: false; readonly errors: readonly string[] } => {
  const [id = "", ...args] = text.trim().split(":").map((part) => part.trim());
  const whatIf = WHAT_IFS.find((w) => w.id === (id as WhatIfId));
  if (whatIf === undefined)
    return { ok: false, errors: [`${text}: unknown what-if "${id}" (known: ${WHAT_IFS.map((w) => w.id).join(", ")})`] };
  const spec = whatIf.parse(args);
  return typeof spec === "string" ? { ok: false, errors: [`${text}: ${spec}`] } : { ok: true, spec };
};
