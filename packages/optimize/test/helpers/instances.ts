import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readCordeau, type ReadCordeauOptions } from "../../src/readCordeau.ts";
import { readKramer } from "../../src/readKramer.ts";
import type { Snapshot } from "../../src/Snapshot.ts";

/** ../shared/bap-instances beside the repository (see FORMAT.md there); BAP_INSTANCES overrides it. */
export const INSTANCES_DIR =
  process.env["BAP_INSTANCES"] ?? fileURLToPath(new URL("../../../../../shared/bap-instances/", import.meta.url));

const list = (sub: string): string[] => {
  const dir = `${INSTANCES_DIR}/${sub}`;
  if (!existsSync(dir)) throw new Error(`benchmark instances not found at ${dir} (set BAP_INSTANCES)`);
  return readdirSync(dir).sort();
};

export const cordeauNames = (): string[] => list("cordeau2005-I1");
export const kramerNames = (): string[] => list("kramer2019");

export const cordeauText = (name: string): string => readFileSync(`${INSTANCES_DIR}/cordeau2005-I1/${name}`, "utf8");
export const kramerText = (name: string): string => readFileSync(`${INSTANCES_DIR}/kramer2019/${name}`, "utf8");

export const cordeau = (name: string, options: ReadCordeauOptions = {}): Snapshot =>
  readCordeau(cordeauText(name), { name, ...options });
export const kramer = (name: string): Snapshot => readKramer(kramerText(name), { name });
