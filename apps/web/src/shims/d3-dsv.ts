import { csvParseRows, type DSVParsedArray, type DSVRowArray, type DSVRowString, tsvParseRows } from "d3";

/*
 * d3-dsv without eval, for the browser build. d3-dsv's csvParse builds its row converter with `new Function`,
 * which the page's Content-Security-Policy (no 'unsafe-eval') forbids. vite.config.ts points the scenario
 * package's imports of "d3-dsv" here; everything but the two object parsers is d3's own.
 */
export {
  autoType,
  csvFormat,
  csvFormatBody,
  csvFormatRow,
  csvFormatRows,
  csvFormatValue,
  csvParseRows,
  dsvFormat,
  tsvFormat,
  tsvFormatBody,
  tsvFormatRow,
  tsvFormatRows,
  tsvFormatValue,
  tsvParseRows,
} from "d3";

type Row<T> = (raw: DSVRowString, index: number, columns: string[]) => T | undefined | null;

/** Rows as objects keyed by the header row, as d3-dsv's `parse` gives them (missing cells are ""). */
const objectsOf = <T>(rows: string[][], row?: Row<T>): DSVRowArray | DSVParsedArray<T> => {
  const columns = rows.shift() ?? [];
  const out: (DSVRowString | T)[] = [];
  rows.forEach((cells, i) => {
    const object: DSVRowString = {};
    columns.forEach((c, j) => (object[c] = cells[j] ?? ""));
    const value = row === undefined ? object : row(object, i, columns);
    if (value !== undefined && value !== null) out.push(value);
  });
  return Object.assign(out, { columns }) as DSVRowArray | DSVParsedArray<T>;
};

/** d3's csvParse, built on csvParseRows (no `new Function`). */
export function csvParse(text: string): DSVRowArray;
export function csvParse<T extends object>(text: string, row: Row<T>): DSVParsedArray<T>;
export function csvParse<T extends object>(text: string, row?: Row<T>): DSVRowArray | DSVParsedArray<T> {
  return objectsOf(csvParseRows(text), row);
}

/** d3's tsvParse, built on tsvParseRows (no `new Function`). */
export function tsvParse(text: string): DSVRowArray;
export function tsvParse<T extends object>(text: string, row: Row<T>): DSVParsedArray<T>;
export function tsvParse<T extends object>(text: string, row?: Row<T>): DSVRowArray | DSVParsedArray<T> {
  return objectsOf(tsvParseRows(text), row);
}
