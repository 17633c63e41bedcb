import { NodeRuntime, NodeServices } from "@effect/platform-node";
import { Effect, Exit, Layer } from "effect";
import { runCli } from "./cli.ts";
import { EXIT } from "./errors.ts";
import { Io } from "./Io.ts";

/**
 * The `berthsim` command. `pnpm sim -- ARGS` passes a leading `--` through; it is dropped. Exit codes: see
 * errors.ts (`EXIT`) and `berthsim --help`. Ctrl-C interrupts the run, stops the worker threads and exits 130.
 */
const argv = process.argv.slice(2);
const args = argv[0] === "--" ? argv.slice(1) : argv;

NodeRuntime.runMain(runCli(args).pipe(Effect.provide(Layer.mergeAll(NodeServices.layer, Io.layerNode))), {
  disableErrorReporting: true,
  teardown: (exit, onExit) => onExit(Exit.isSuccess(exit) ? (exit.value as number) : EXIT.interrupted),
});
