import { toHtml } from "./el.ts";
import { renderReport } from "./renderReport.ts";
import type { PlanReport } from "./reportModel.ts";
import type { Lang } from "./text.ts";

/**
 * The report's style, scoped under `.plan-report`: inlined in the HTML file, and adopted as a constructed style
 * sheet by the web page (which allows no inline `<style>`).
 */
export const REPORT_CSS = `
.plan-report { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #222; max-width: 1180px; }
.plan-report h1 { font-size: 22px; margin: 0 0 4px; }
.plan-report h2 { font-size: 17px; margin: 28px 0 6px; border-bottom: 1px solid #ccc; padding-bottom: 2px; }
.plan-report .stamp { color: #555; margin: 0 0 12px; }
.plan-report .how { background: #f4f7fb; border: 1px solid #d5e0ee; padding: 4px 14px; }
.plan-report .how h2 { border: 0; margin-top: 8px; }
.plan-report .note { color: #555; margin: 0 0 8px; }
.plan-report table { border-collapse: collapse; margin: 8px 0; font-size: 13px; }
.plan-report th, .plan-report td { border: 1px solid #ddd; padding: 4px 7px; text-align: left; vertical-align: top; white-space: normal; }
.plan-report table.kpis td { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.plan-report thead th { background: #f0f0f0; }
.plan-report tr.baseline th, .plan-report tr.baseline td { background: #fafaf0; }
.plan-report .diff { color: #666; font-size: 12px; }
.plan-report .diff.significant { color: #111; font-weight: 600; }
.plan-report .tag { color: #8a6d00; font-weight: normal; font-size: 12px; }
.plan-report code { font-size: 12px; color: #444; }
.plan-report figure.chart { margin: 8px 0; }
.plan-report .table-wrap { overflow-x: auto; }
.plan-report table.measures { width: 100%; table-layout: fixed; }
.plan-report table.measures th:first-child { width: 22%; }
.plan-report table.measures th:nth-child(2) { width: 30%; }
.plan-report table.measures code { overflow-wrap: anywhere; }
.plan-report table.kpis tbody th { min-width: 190px; }
.plan-report .footer { color: #777; font-size: 12px; margin-top: 24px; }
`;

/**
 * The whole report as one HTML document: inline CSS and inline SVG, no script, no external reference — it opens
 * offline and can be mailed as it is.
 */
export const reportHtml = (report: PlanReport, lang: Lang): string => {
  const title = lang === "zh" ? "嘉兴港行动方案措施 · berthsim 报告" : "Jiaxing Port plan measures · berthsim report";
  return (
    "<!doctype html>\n" +
    `<html lang="${lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${toHtml(title)}</title><style>${REPORT_CSS}</style></head>` +
    `<body>${toHtml(renderReport(report, lang))}</body></html>\n`
  );
};
