import { defineConfig } from "vitest/config";
import projects from "./vitest.workspace.ts";

// CI (.ci/run) sets BERTHSIM_JSON_REPORT to get a machine-readable report next to the usual output.
const jsonReport = process.env["BERTHSIM_JSON_REPORT"];

export default defineConfig({
  test: {
    projects,
    reporters: jsonReport ? ["default", "json"] : ["default"],
    ...(jsonReport ? { outputFile: { json: jsonReport } } : {}),
  },
});
