import { BUILT_IN_SCENARIOS } from "@berthsim/scenario";
import { type AppState, decodeState } from "./state/urlState.ts";
import { App } from "./ui/App.ts";
import { showLinkProblems } from "./ui/toolbar.ts";

// Wiring: read the state from the link (or the defaults), build the page, and run it.
const defaultScenario = BUILT_IN_SCENARIOS[0]!;
const defaults: AppState = {
  scenario: defaultScenario.id,
  edits: [],
  rules: ["fcfs", "priority"],
  seed: defaultScenario.seed,
  replications: defaultScenario.replications,
  lang: navigator.language.toLowerCase().startsWith("zh") ? "zh" : "en",
  tab: "timeline",
};

const decoded = await decodeState(location.hash, defaults);
const known = BUILT_IN_SCENARIOS.some((s) => s.id === decoded.state.scenario);
const state = known ? decoded.state : { ...decoded.state, scenario: defaults.scenario };
const app = new App(document, state);
showLinkProblems([...decoded.problems, ...(known ? [] : [`s: no built-in scenario "${decoded.state.scenario}"`])]);
app.run();
