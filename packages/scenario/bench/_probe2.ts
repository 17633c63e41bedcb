import { clearCargoKpis, replicationSeed } from "@berthsim/core";
import { clearUnits } from "../../core/src/clearance/clearUnits.ts";
import { jiaxingDefault, runReplication } from "../src/index.ts";
const s = jiaxingDefault;
const results = runReplication(s, 0, { log: false, records: true });
const areas = s.port.areas.map((a) => a.id);
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
for (let round = 0; round < 6; round++) {
  let t = cpu(); let n = 0;
  for (let rep = 0; rep < 100; rep++) for (const r of results) { clearUnits({ calls: r.calls, params: s.clearance!, seed: replicationSeed(s.seed, 0), warmup: s.warmup }, false); n++; }
  const a = (cpu() - t) / n;
  t = cpu(); n = 0;
  for (let rep = 0; rep < 100; rep++) for (const r of results) { clearCargoKpis({ calls: r.calls, params: s.clearance!, seed: replicationSeed(s.seed, 0), warmup: s.warmup }, areas); n++; }
  const b = (cpu() - t) / n;
  console.log("clearUnits", a.toFixed(2), "ms; clearCargoKpis", b.toFixed(2), "ms; kpis part", (b - a).toFixed(2));
}
