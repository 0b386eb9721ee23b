/** CSV (RFC 4180) for the stock export and import: quoted fields, commas, quotes and line breaks inside quotes. */

/** One cell as CSV; text a spreadsheet would run as a formula is prefixed with ' (CSV injection). */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: (string | number)[][]): string {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export class CsvSyntaxError extends Error {
  constructor(public line: number) {
    super(`Line ${line}: a quoted field is not closed.`);
  }
}

/** Rows of fields, each with the line it starts on; a leading byte-order mark and blank lines are ignored. */
export function parseCsv(text: string): { line: number; fields: string[] }[] {
  const input = text.replace(/^\uFEFF/, "");
  const rows: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0]!.trim() !== "") rows.push({ line: rowLine, fields });
    fields = [];
    field = "";
  };
  for (let i = 0; i < input.length; i++) {
    const char = input[i]!;
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === "\n") line++;
        field += char;
      }
    } else if (char === '"' && field === "") quoted = true;
    else if (char === ",") {
      fields.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && input[i + 1] === "\n") i++;
      endRow();
      line++;
      rowLine = line;
    } else field += char;
  }
  if (quoted) throw new CsvSyntaxError(rowLine);
  if (field !== "" || fields.length > 0) endRow();
  return rows;
}

export const STOCK_IMPORT_MAX_ROWS = 2000;

/** `makers`: the internal labels of who made the piece, when the file has a makers column and the cell is filled. */
export type StockCsvRow = { line: number; sku: string; onHand: number; makers: string[] | null };
export type StockCsvError = { line: number; column?: string; message: string };

const columnName = (header: string) => header.trim().toLowerCase().replace(/[\s-]+/g, "_");

/** Makers in one cell are separated by semicolons: "Maker 014; Maker 031". */
export const MAKER_SEPARATOR = ";";

/**
 * The rows of a stock file: a header naming at least `sku` and `on_hand`, and optionally
 * `makers` (any other columns, like those of the export, are ignored), then one variant per line
 * with its counted on-hand stock and, where the makers cell is filled, who made the piece.
 */
export function readStockCsv(text: string): { rows: StockCsvRow[]; errors: StockCsvError[] } {
  let parsed: ReturnType<typeof parseCsv>;
  try {
    parsed = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { rows: [], errors: [{ line: error.line, message: error.message }] };
    throw error;
  }
  const [header, ...body] = parsed;
  if (!header) return { rows: [], errors: [{ line: 1, message: "The file is empty." }] };
  const columns = header.fields.map(columnName);
  const skuAt = columns.indexOf("sku");
  const onHandAt = columns.indexOf("on_hand");
  const makersAt = columns.indexOf("makers");
  if (skuAt === -1 || onHandAt === -1) {
    return { rows: [], errors: [{ line: header.line, message: "The first line must name the columns, including sku and on_hand." }] };
  }
  if (body.length === 0) return { rows: [], errors: [{ line: header.line, message: "There are no rows of stock under the header." }] };
  if (body.length > STOCK_IMPORT_MAX_ROWS) {
    return { rows: [], errors: [{ line: header.line, message: `A file can hold at most ${STOCK_IMPORT_MAX_ROWS} rows; split it in parts.` }] };
  }
  const rows: StockCsvRow[] = [];
  const errors: StockCsvError[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of body) {
    const sku = (fields[skuAt] ?? "").trim();
    const onHandText = (fields[onHandAt] ?? "").trim();
    const before = errors.length;
    const earlier = seen.get(sku.toUpperCase());
    if (!sku) errors.push({ line, column: "sku", message: "The SKU is empty." });
    else if (earlier) errors.push({ line, column: "sku", message: `${sku} is also on line ${earlier}.` });
    else seen.set(sku.toUpperCase(), line);
    if (!/^\d{1,6}$/.test(onHandText)) errors.push({ line, column: "on_hand", message: `“${onHandText}” is not a whole number of 0 or more.` });
    const makers = makersAt === -1 ? [] : (fields[makersAt] ?? "").split(MAKER_SEPARATOR).map((label) => label.trim()).filter(Boolean);
    if (errors.length === before) rows.push({ line, sku, onHand: Number(onHandText), makers: makers.length > 0 ? [...new Set(makers)] : null });
  }
  return { rows, errors };
}
