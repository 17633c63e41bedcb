/**
 * A sequential stopping rule: keep adding replications until the 95 % confidence interval of `key` has a
 * half-width of at most `halfWidth` under every rule set (or a cap on replications is reached).
 */
export interface StopRule {
  readonly key: string;
  readonly halfWidth: number;
}

/**
 * Reads a stop rule written `KEY:HALF_WIDTH`, e.g. `wait.mean.nearSeaDirect:0.1`. Returns the rule, or a
 * message naming the value and what is wrong with it; when `keys` are given, the key must be one of them.
 */
export const parseStopRule = (text: string, keys?: readonly string[]): StopRule | { readonly error: string } => {
  const at = text.lastIndexOf(":");
  if (at <= 0 || at === text.length - 1)
    return { error: `"${text}" is not KEY:HALF_WIDTH (e.g. wait.mean.nearSeaDirect:0.1)` };
  const key = text.slice(0, at).trim();
  const raw = text.slice(at + 1).trim();
  const halfWidth = Number(raw);
  if (!Number.isFinite(halfWidth) || halfWidth <= 0 || raw === "")
    return { error: `half-width "${raw}" of "${text}" is not a number > 0` };
  if (keys !== undefined && !keys.includes(key)) {
    const near = keys.filter((k) => k.startsWith(key.split(".")[0]!)).slice(0, 6);
    return { error: `unknown KPI "${key}"${near.length > 0 ? ` (e.g. ${near.join(", ")})` : ""}` };
  }
  return { key, halfWidth };
};
