/** A path into a scenario file as its error messages print it: `traffic[2].perWeek`, `port.berths[0].rates.coal`. */
export const formatPath = (path: readonly PropertyKey[]): string => {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === "" ? "(root)" : out;
};

/** A value as a message shows it: numbers and short JSON as they are, long JSON cut at `max` characters. */
export const showValue = (value: unknown, max = 60): string => {
  if (value === undefined) return "undefined";
  if (typeof value === "number") return String(value);
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "symbol" || typeof value === "function") return `a ${typeof value}`;
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    return Array.isArray(value) ? "an array" : "an object";
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};
