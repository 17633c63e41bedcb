import { Context, Layer } from "effect";

/**
 * Where the CLI writes: machine output to `out` (stdout) and everything meant for a person — progress, errors,
 * usage — to `err` (stderr). A service so that tests run the CLI in-process and read both streams.
 */
export class Io extends Context.Service<
  Io,
  {
    readonly out: (text: string) => void;
    readonly err: (text: string) => void;
    /** Whether stderr is a terminal (progress bars are drawn only then). */
    readonly errIsTty: boolean;
    readonly errColumns: number;
  }
>()("@berthsim/cli/Io") {
  /** The process's own stdout and stderr. */
  static readonly layerNode = Layer.sync(Io, () =>
    Io.of({
      out: (text) => void process.stdout.write(text),
      err: (text) => void process.stderr.write(text),
      errIsTty: process.stderr.isTTY === true,
      errColumns: process.stderr.columns ?? 80,
    }),
  );
}

/** Captured output of an in-process run (tests). */
export interface Captured {
  stdout: string;
  stderr: string;
}

/** An Io that keeps what is written, and the layer that provides it. */
export const captureIo = (options: { errIsTty?: boolean } = {}): { captured: Captured; layer: Layer.Layer<Io> } => {
  const captured: Captured = { stdout: "", stderr: "" };
  const layer = Layer.succeed(
    Io,
    Io.of({
      out: (text) => void (captured.stdout += text),
      err: (text) => void (captured.stderr += text),
      errIsTty: options.errIsTty ?? false,
      errColumns: 80,
    }),
  );
  return { captured, layer };
};
