import { describe, expect, it } from "vitest";
import { formatNumber, itemName, t } from "../../src/state/i18n.ts";
import { EN } from "../../src/state/messages.ts";
import { ZH } from "../../src/state/messagesZh.ts";

describe("the dictionaries", () => {
  it("have the same keys and the same parameters in English and Chinese", () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(ZH).sort()).toEqual(Object.keys(EN).sort());
    for (const key of Object.keys(EN) as (keyof typeof EN)[]) expect([key, params(ZH[key])]).toEqual([key, params(EN[key])]);
  });

  it("translate every label that has words (only names and formats may stay the same)", () => {
    const same = (Object.keys(EN) as (keyof typeof EN)[]).filter((k) => EN[k] === ZH[k]);
    expect(same).toEqual(["appTitle", "exportPng", "exportSvg"]);
  });
});

describe("t(lang, key, params)", () => {
  it("fills in parameters and leaves unknown ones as written", () => {
    expect(t("en", "progress", { k: 3, n: 20 })).toBe("Replication 3 of 20");
    expect(t("zh", "progress", { k: 3, n: 20 })).toBe("第 3 次重复，共 20 次");
    expect(t("en", "progress", { k: 3 })).toBe("Replication 3 of {n}");
  });

  it("never reads markup into a parameter: the result is a plain string", () => {
    expect(t("en", "loadedFile", { name: "<img src=x onerror=alert(1)>" })).toBe("File: <img src=x onerror=alert(1)>");
  });
});

describe("itemName(lang, item) and formatNumber(lang, x, digits)", () => {
  it("name built-in rule sets in Chinese and keep other names", () => {
    expect(itemName("zh", { id: "priority", name: "Foreign-trade priority" })).toBe("外贸优先，全港统一排队");
    expect(itemName("zh", { id: "mine", name: "My rules" })).toBe("My rules");
  });

  it("round, group thousands and write a true minus sign; NaN is a dash", () => {
    expect(formatNumber("en", -1234.567, 1)).toBe("−1,234.6");
    expect(formatNumber("en", NaN)).toBe("–");
  });
});
