import { defineProject } from "vitest/config";

export default defineProject({
  test: { name: "scenario", include: ["test/**/*.test.ts"], setupFiles: ["../../vitest.setup.ts"] },
});
