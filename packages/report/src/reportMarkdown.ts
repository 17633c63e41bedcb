import { formatNumber, formatSigned } from "./charts/intervalChart.ts";
import type { KpiLine } from "./kpiSections.ts";
import { differenceOf, excludesZero, meanOf, type PlanReport } from "./reportModel.ts";
import type { Lang } from "./text.ts";

const escapeCell = (text: string): string => text.replace(/\|/g, "\\|");

const cell = (report: PlanReport, m: number, line: KpiLine): string => {
  const mean = meanOf(report, m, line.key);
  const diff = differenceOf(report, m, line.key);
  const value = mean === undefined || !Number.isFinite(mean.mean) ? "–" : formatNumber(mean.mean * line.scale, line.digits);
  if (diff === undefined || !Number.isFinite(diff.mean)) return value;
  const interval = Number.isFinite(diff.halfWidth)
    ? ` [${formatSigned(diff.lower * line.scale, line.digits)}, ${formatSigned(diff.upper * line.scale, line.digits)}]`
    : "";
  const text = `Δ ${formatSigned(diff.mean * line.scale, line.digits)}${interval}`;
  return `${value}<br>${excludesZero(diff) ? `**${text}**` : text}`;
};

/**
 * The report's tables as Markdown (for docs/plan-measures.md): per section, a row per measure with each KPI's
 * mean and, after the baseline, the paired difference and its 95 % interval (bold when it excludes 0).
 */
export const reportMarkdown = (report: PlanReport, lang: Lang): string => {
  const s = report.stamp;
  const head =
    `Scenario \`${s.scenarioId}\`, seed ${s.seed}, ${s.replications} replications of ${formatNumber(s.horizonHours / 24, 0)} days ` +
    `(${formatNumber(s.warmupHours, 0)} h warm-up), run ${s.date}. Mean over the replications; Δ = measure − baseline on the same ` +
    "ships, with its 95 % interval, **bold** when the interval excludes 0.\n";
  const sections = report.sections.map((section) => {
    const header = `| ${lang === "zh" ? "措施" : "Measure"} | ${section.lines.map((l) => escapeCell(`${l.label[lang]} (${l.unit[lang]})`)).join(" | ")} |`;
    const rule = `|---|${section.lines.map(() => "---:").join("|")}|`;
    const rows = report.measures.map((m, i) => `| ${escapeCell(m.name[lang])} | ${section.lines.map((l) => cell(report, i, l)).join(" | ")} |`);
    return `#### ${section.title[lang]}\n\n${[header, rule, ...rows].join("\n")}\n`;
  });
  return [head, ...sections].join("\n");
};
