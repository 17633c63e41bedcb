import { defineProject } from "vitest/config";

// Unit tests (layout, state, renderer snapshots) and the end-to-end tests in headless Chromium (test/e2e).
export default defineProject({
  test: { name: "web", include: ["test/**/*.test.ts"] },
});
