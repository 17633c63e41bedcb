import { defineProject } from "vitest/config";

export default defineProject({
  test: { name: "optimize", include: ["test/**/*.test.ts"] },
});
