import { describe, expect, it } from "vitest";
import { channelWorker, type FromWorker, type ToWorker, type WorkerChannel, workerHandler } from "../../src/index.ts";
import { computeBatch } from "./fakeReplications.ts";

/** A worker "thread" in the same process: messages are structured-cloned and delivered asynchronously. */
const inMemoryChannel = <S>(handle: (m: ToWorker<S>) => FromWorker | undefined): WorkerChannel<S> & { crash(e: Error): void } => {
  let deliver: ((m: FromWorker) => void) | undefined;
  let failure: ((e: Error) => void) | undefined;
  return {
    post: (message) =>
      setTimeout(() => {
        const answer = handle(structuredClone(message));
        if (answer !== undefined) deliver?.(structuredClone(answer));
      }),
    listen: (onMessage, onFailure) => ((deliver = onMessage), (failure = onFailure)),
    crash: (e) => failure?.(e),
  };
};

describe("workerHandler(compute)", () => {
  it("answers a run request with the batch's KPI vectors after init", () => {
    const handle = workerHandler((scenario: { offset: number }, from, to) => computeBatch(from + scenario.offset, to + scenario.offset));
    expect(handle({ type: "init", scenario: { offset: 0 } })).toBeUndefined();
    expect(handle({ type: "run", id: 4, from: 2, to: 5 })).toEqual({ type: "batch", id: 4, values: computeBatch(2, 5) });
  });

  it("turns a thrown error, or a run before init, into an error message", () => {
    const handle = workerHandler((): Float64Array => {
      throw new Error("boom");
    });
    expect(handle({ type: "run", id: 1, from: 0, to: 1 })).toEqual({ type: "error", id: 1, message: "worker: run before init" });
    handle({ type: "init", scenario: {} });
    expect(handle({ type: "run", id: 2, from: 0, to: 1 })).toEqual({ type: "error", id: 2, message: "boom" });
  });
});

describe("channelWorker(channel, scenario)", () => {
  it("sends the scenario once and resolves each batch with its vectors", async () => {
    const inits: unknown[] = [];
    const handle = workerHandler((_: string, from: number, to: number) => computeBatch(from, to));
    const channel = inMemoryChannel<string>((m) => {
      if (m.type === "init") inits.push(m.scenario);
      return handle(m);
    });
    const worker = channelWorker(channel, "S");
    const [a, b] = await Promise.all([worker.run(0, 2), worker.run(2, 3)]);
    expect(inits).toEqual(["S"]);
    expect(a).toEqual(computeBatch(0, 2));
    expect(b).toEqual(computeBatch(2, 3));
  });

  it("rejects a batch whose computation failed", async () => {
    const handle = workerHandler((_: string, from: number): Float64Array => {
      throw new Error(`replication ${from}: no berth`);
    });
    await expect(channelWorker(inMemoryChannel(handle), "S").run(7, 8)).rejects.toThrow("replication 7: no berth");
  });

  it("rejects pending and later batches when the thread fails", async () => {
    const channel = inMemoryChannel<string>(() => undefined);
    const worker = channelWorker(channel, "S");
    const pending = worker.run(0, 1);
    channel.crash(new Error("worker exited with code 1"));
    await expect(pending).rejects.toThrow("worker exited with code 1");
    await expect(worker.run(1, 2)).rejects.toThrow("worker exited with code 1");
  });
});
