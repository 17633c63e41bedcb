import { intervalChartSvg } from "./charts/intervalChartSvg.ts";
import { formatNumber, formatSigned, layoutIntervalChart } from "./charts/intervalChart.ts";
import { type El, h } from "./el.ts";
import type { KpiLine, KpiSection } from "./kpiSections.ts";
import { differenceOf, excludesZero, meanOf, type PlanReport } from "./reportModel.ts";
import { type Lang, say, tx } from "./text.ts";

const TEXT = {
  title: tx("Jiaxing Port action plan: the measures simulated", "嘉兴港口岸提效行动方案：措施仿真报告"),
  stamp: tx(
    "Scenario {scenario} ({id}) · seed {seed} · {n} replications of {days} days (first {warmup} h warm-up, not counted) · run {date}",
    "情景 {scenario}（{id}）· 随机种子 {seed} · {n} 次重复仿真，每次 {days} 天（前 {warmup} 小时为预热期，不计入）· 运行于 {date}",
  ),
  howTitle: tx("How to read this", "阅读说明"),
  how: [
    tx(
      "Each measure of the 2018 action plan is simulated on the same year of ships as the baseline (common random numbers): replication k of every measure has the same arrivals and ship sizes, so a difference is the measure's doing, not chance traffic.",
      "2018 年行动方案的每项措施都与基准在同一年的相同船舶上仿真（共同随机数）：各措施第 k 次重复的到港时间与船舶尺度完全相同，因此差异来自措施本身，而非随机的交通量。",
    ),
    tx(
      "Tables give, per measure, the mean over the replications with its 95 % confidence interval (±), and below it Δ, the paired difference measure − baseline with its 95 % interval. Δ in bold with * : the interval excludes 0, the change is not chance at the 95 % level.",
      "表中给出各措施在全部重复仿真上的平均值及其 95% 置信区间（±），其下 Δ 为配对差值（措施 − 基准）及其 95% 置信区间。加粗并带 * 的 Δ：区间不含 0，在 95% 水平上不是偶然。",
    ),
    tx(
      "Charts show Δ for each measure: a dot at the mean difference, a whisker over its 95 % interval, the black line at 0 (no change). A filled dot excludes 0; a hollow one does not.",
      "图中为各措施的 Δ：圆点为平均差值，横线为 95% 置信区间，黑色竖线为 0（无变化）。实心圆点表示区间不含 0，空心表示含 0。",
    ),
    tx(
      "The model, its assumptions and every measure's parameters are in berthsim's docs/plan-measures.md and docs/model.md. Figures are model outputs on assumed traffic, not forecasts.",
      "模型、假设及各措施参数见 berthsim 的 docs/plan-measures.md 与 docs/model.md。数字是基于假设交通量的模型结果，并非预测。",
    ),
  ],
  measuresTitle: tx("The measures", "措施"),
  measure: tx("Measure", "措施"),
  planSays: tx("The plan", "行动方案"),
  modelled: tx("How berthsim models it", "berthsim 的建模方式"),
  edits: tx("edits", "修改"),
  noEdits: tx("no edit", "无修改"),
  ruleSet: tx("rule set", "规则"),
  baselineMark: tx("baseline", "基准"),
  chartTitle: tx("{section}: change against the baseline (Δ, {unit}, 95 % interval)", "{section}：相对基准的变化（Δ，{unit}，95% 置信区间）"),
  chartAxis: tx("Δ measure − baseline, {unit}", "Δ 措施 − 基准（{unit}）"),
  diff: tx("Δ", "Δ"),
  footer: tx(
    "Written by berthsim (`berthsim report`). One self-contained file: no script, no network.",
    "由 berthsim 生成（`berthsim report`）。单一独立文件：无脚本，无需联网。",
  ),
};

const displayed = (line: KpiLine, ci: { mean: number; halfWidth: number; lower: number; upper: number; n: number }) => ({
  ...ci,
  mean: ci.mean * line.scale,
  halfWidth: ci.halfWidth * line.scale,
  lower: ci.lower * line.scale,
  upper: ci.upper * line.scale,
});

const cell = (report: PlanReport, m: number, line: KpiLine, lang: Lang): El => {
  const mean = meanOf(report, m, line.key);
  const diff = differenceOf(report, m, line.key);
  const meanText =
    mean === undefined || !Number.isFinite(mean.mean)
      ? "–"
      : `${formatNumber(mean.mean * line.scale, line.digits)}${Number.isFinite(mean.halfWidth) ? ` ± ${formatNumber(mean.halfWidth * line.scale, line.digits)}` : ""}`;
  const significant = excludesZero(diff);
  const diffText =
    diff === undefined || !Number.isFinite(diff.mean)
      ? undefined
      : `${say(TEXT.diff, lang)} ${formatSigned(diff.mean * line.scale, line.digits)}` +
        (Number.isFinite(diff.halfWidth)
          ? ` [${formatSigned(diff.lower * line.scale, line.digits)}, ${formatSigned(diff.upper * line.scale, line.digits)}]`
          : "") +
        (significant ? " *" : "");
  return h(
    "td",
    { "data-kpi": line.key },
    h("span", { class: "mean" }, meanText),
    diffText === undefined ? undefined : h("br"),
    diffText === undefined ? undefined : h("span", { class: significant ? "diff significant" : "diff" }, diffText),
  );
};

const sectionTable = (report: PlanReport, section: KpiSection, lang: Lang): El =>
  h(
    "table",
    { class: "kpis" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, say(TEXT.measure, lang)),
        ...section.lines.map((l) => h("th", { scope: "col" }, `${l.label[lang]} (${l.unit[lang]})`)),
      ),
    ),
    h(
      "tbody",
      {},
      ...report.measures.map((m, i) =>
        h(
          "tr",
          { "data-measure": m.id, class: i === 0 ? "baseline" : undefined },
          h("th", { scope: "row" }, m.name[lang]),
          ...section.lines.map((l) => cell(report, i, l, lang)),
        ),
      ),
    ),
  );

const sectionChart = (report: PlanReport, section: KpiSection, lang: Lang, width: number): El | undefined => {
  const lines = section.chart.map((key) => section.lines.find((l) => l.key === key)).filter((l): l is KpiLine => l !== undefined);
  if (lines.length === 0 || report.measures.length < 2) return undefined;
  const unit = lines[0]!.unit[lang];
  const layout = layoutIntervalChart({
    rows: report.measures.slice(1).map((m) => m.name[lang]),
    series: lines.map((l) => l.label[lang]),
    value: (r, s) => {
      const ci = differenceOf(report, r + 1, lines[s]!.key);
      return ci === undefined ? undefined : displayed(lines[s]!, ci);
    },
    width,
  });
  return h(
    "figure",
    { class: "chart", "data-section": section.id },
    intervalChartSvg(
      layout,
      say(TEXT.chartTitle, lang, { section: section.title[lang], unit }),
      say(TEXT.chartAxis, lang, { unit }),
    ),
  );
};

const measuresTable = (report: PlanReport, lang: Lang): El =>
  h(
    "table",
    { class: "measures" },
    h(
      "thead",
      {},
      h("tr", {}, ...[TEXT.measure, TEXT.planSays, TEXT.modelled].map((t) => h("th", { scope: "col" }, say(t, lang)))),
    ),
    h(
      "tbody",
      {},
      ...report.measures.map((m, i) =>
        h(
          "tr",
          { "data-measure": m.id, class: i === 0 ? "baseline" : undefined },
          h("th", { scope: "row" }, m.name[lang], i === 0 ? h("span", { class: "tag" }, ` ${say(TEXT.baselineMark, lang)}`) : undefined),
          h("td", {}, m.plan),
          h(
            "td",
            {},
            m.explanation[lang],
            h("br"),
            h(
              "code",
              {},
              `${say(TEXT.edits, lang)}: ${m.whatIfs.length === 0 ? say(TEXT.noEdits, lang) : m.whatIfs.join(", ")} · ${say(TEXT.ruleSet, lang)}: ${m.rules}`,
            ),
          ),
        ),
      ),
    ),
  );

/**
 * The report as an element tree (the content of `<body>`, under one `div.plan-report`): title, the stamp of what
 * was run, how to read it, the measures, then per section a chart of the paired differences and a table of means
 * and differences. Pure; `chartWidth` is the charts' width in px.
 */
export const renderReport = (report: PlanReport, lang: Lang, chartWidth = 1000): El => {
  const s = report.stamp;
  return h(
    "div",
    { class: "plan-report", lang: lang === "zh" ? "zh-CN" : "en" },
    h("h1", {}, say(TEXT.title, lang)),
    h(
      "p",
      { class: "stamp" },
      say(TEXT.stamp, lang, {
        scenario: s.scenarioName,
        id: s.scenarioId,
        seed: s.seed,
        n: s.replications,
        days: formatNumber(s.horizonHours / 24, 0),
        warmup: formatNumber(s.warmupHours, 0),
        date: s.date,
      }),
    ),
    h("section", { class: "how" }, h("h2", {}, say(TEXT.howTitle, lang)), ...TEXT.how.map((p) => h("p", {}, say(p, lang)))),
    h("section", { class: "measures" }, h("h2", {}, say(TEXT.measuresTitle, lang)), measuresTable(report, lang)),
    ...report.sections.map((section) =>
      h(
        "section",
        { class: "kpi-section", "data-section": section.id },
        h("h2", {}, section.title[lang]),
        h("p", { class: "note" }, section.note[lang]),
        sectionChart(report, section, lang, chartWidth),
        h("div", { class: "table-wrap" }, sectionTable(report, section, lang)),
      ),
    ),
    h("p", { class: "footer" }, say(TEXT.footer, lang)),
  );
};
