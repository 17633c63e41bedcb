// The Vitest projects, one per package or app. The root vitest.config.ts imports this list.
export default ["packages/core", "packages/scenario", "packages/optimize", "packages/report", "apps/cli", "apps/web"];
