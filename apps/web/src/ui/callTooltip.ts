import type { CallRecord, VesselCall } from "@berthsim/core";
import { pointer, type ScaleLinear } from "d3";
import type { ScheduleDiff } from "../layout/diff.ts";
import { type Lang, timeLabels } from "../state/i18n.ts";
import { type CallContext, fillCallDetails } from "./callDetails.ts";
import { QuayPanel } from "./quayPanel.ts";
import type { StackOptions } from "./timelineStack.ts";
import type { TimelinePanel } from "./timelinePanel.ts";

/** What the tooltip reads from the stack it serves; functions, as the language and the zoom change. */
export interface TooltipHost {
  readonly panels: readonly TimelinePanel[];
  readonly lang: () => Lang;
  readonly x: () => ScaleLinear<number, number>;
  readonly diffOf: (i: number) => ScheduleDiff | undefined;
  /** A click on a call, or beside every call (undefined). */
  readonly click: (call: CallRecord | undefined) => void;
}

/**
 * The tooltip of a stack's panels: the details of the call under the pointer, and why it waited, asked for once
 * when the call is first clicked.
 */
export class CallTooltip {
  private readonly vessels: Map<string, VesselCall>;
  /** Explanations asked for, by panel and call ("panel:call"); worked out once, on the first click on a call. */
  private readonly explanations = new Map<string, NonNullable<CallContext["why"]>>();
  /** The call the tooltip shows, to refill it when its explanation arrives. */
  private tipCall: { readonly panel: TimelinePanel; readonly call: CallRecord } | undefined;

  constructor(
    private readonly options: Pick<StackOptions, "tooltip" | "port" | "calls" | "explain">,
    private readonly host: TooltipHost,
  ) {
    this.vessels = new Map(options.calls.map((c) => [c.id, c]));
  }

  /** Shows the tooltip over `panel`'s calls and hands its clicks to the host. */
  attachPointer(panel: TimelinePanel): void {
    const tip = this.options.tooltip;
    panel.overlay
      .on("pointermove", (event: PointerEvent) => {
        const [px, py] = pointer(event);
        const call = panel.callAt(px, py, this.host.x());
        if (call === undefined) {
          this.tipCall = undefined;
          return void (tip.hidden = true);
        }
        this.tipCall = { panel, call };
        this.fillTip(panel, call);
        tip.hidden = false;
        const left = event.clientX + 14 + tip.offsetWidth > innerWidth ? event.clientX - tip.offsetWidth - 14 : event.clientX + 14;
        const top = Math.min(event.clientY + 14, innerHeight - tip.offsetHeight - 4);
        tip.style.left = `${Math.max(4, left)}px`;
        tip.style.top = `${Math.max(4, top)}px`;
      })
      .on("pointerleave", () => {
        this.tipCall = undefined;
        tip.hidden = true;
      })
      .on("click", (event: MouseEvent) => {
        const [px, py] = pointer(event);
        const call = panel.callAt(px, py, this.host.x());
        this.host.click(call);
        if (call !== undefined) this.explainOnce(panel, call);
      });
  }

  private fillTip(panel: TimelinePanel, call: CallRecord): void {
    const panels = this.host.panels;
    const lang = this.host.lang();
    const i = panels.indexOf(panel);
    const diff = this.host.diffOf(i);
    const base = i > 0 ? panels[0]!.result.calls.find((c) => c.id === call.id) : undefined;
    fillCallDetails(this.options.tooltip, call, {
      lang,
      port: this.options.port,
      time: timeLabels(lang),
      vessel: this.vessels.get(call.id),
      waitedBehind: panel instanceof QuayPanel ? panel.waitedBehind(call) : panel.index.waitedBehind(call),
      move: diff === undefined ? undefined : { delta: diff.deltaOf.get(call.id) ?? 0, baseBerth: base?.berth },
      quay: panel instanceof QuayPanel ? panel.stretchOf(call) : undefined,
      why: this.options.explain === undefined ? undefined : this.explanations.get(`${i}:${call.id}`),
    });
  }

  /** Asks once for the explanation of a call that waited, and refills the tooltip when it arrives. */
  private explainOnce(panel: TimelinePanel, call: CallRecord): void {
    const explain = this.options.explain;
    const key = `${this.host.panels.indexOf(panel)}:${call.id}`;
    if (explain === undefined || call.wait === 0 || this.explanations.has(key)) return;
    const settle = (why: NonNullable<CallContext["why"]>): void => {
      this.explanations.set(key, why);
      if (this.tipCall?.panel === panel && this.tipCall.call.id === call.id) this.fillTip(panel, call);
    };
    settle("pending");
    const { rules, horizon, warmup } = panel.result;
    explain({ port: this.options.port, calls: this.options.calls, rules, horizon, warmup, callId: call.id }).then(
      (e) => settle(e ?? { error: `no call ${call.id}` }),
      (error: unknown) => settle({ error: error instanceof Error ? error.message : String(error) }),
    );
  }
}
