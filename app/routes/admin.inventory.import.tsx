import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { FormMessage, TextArea, TextField } from "~/components/admin/field";
import { applyStockImport, lineChanges, planStockImport, StockImportRejectedError, type StockImportLine } from "~/models/admin-inventory.server";
import { readStockCsv, STOCK_IMPORT_MAX_ROWS, type StockCsvError } from "~/utils/admin-csv";
import { actorFor, requireStaff } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { PERMISSIONS } from "~/utils/permissions";
import { FileTooLargeError, readFormWithFiles } from "~/utils/request-body.server";

export const meta: MetaFunction = () => [{ title: "Import stock — Belonging back office" }];

const MAX_FILE_BYTES = 1024 * 1024;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request, PERMISSIONS.inventory);
  return json({ maxRows: STOCK_IMPORT_MAX_ROWS }, { headers: NO_STORE });
}

type Result = {
  intent: "preview" | "apply";
  text: string;
  errors: StockCsvError[];
  lines: StockImportLine[];
  applied: number | null;
};

const reply = (result: Result, status = 200) => json(result, { status, headers: NO_STORE });

/** The CSV text: an uploaded file if one was chosen, else what was pasted (or carried from the preview). */
async function readCsvText(request: Request): Promise<{ intent: string; text: string }> {
  const form = await readFormWithFiles(request, MAX_FILE_BYTES);
  const file = form.get("file");
  const pasted = form.get("csv");
  const text = file instanceof File && file.size > 0 ? await file.text() : typeof pasted === "string" ? pasted : "";
  return { intent: String(form.get("intent") ?? ""), text };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaff(request, PERMISSIONS.inventory);
  let input: Awaited<ReturnType<typeof readCsvText>>;
  try {
    input = await readCsvText(request);
  } catch (error) {
    if (!(error instanceof FileTooLargeError)) throw error;
    return reply({ intent: "preview", text: "", errors: [{ line: 1, message: "The file is larger than 1 MB; split it in parts." }], lines: [], applied: null }, 413);
  }
  const intent = input.intent === "apply" ? "apply" : "preview";
  const text = input.text;
  if (!text.trim()) return reply({ intent, text, errors: [{ line: 1, message: "Choose a CSV file or paste its contents." }], lines: [], applied: null }, 400);
  const { rows, errors } = readStockCsv(text);
  if (errors.length > 0) return reply({ intent, text, errors, lines: [], applied: null }, 400);
  if (intent === "preview") {
    const lines = await planStockImport(rows);
    return reply({ intent, text, errors: [], lines, applied: null }, lines.some((line) => line.error) ? 400 : 200);
  }
  try {
    const { changed } = await applyStockImport(actorFor(request, user), rows);
    return reply({ intent, text: "", errors: [], lines: [], applied: changed });
  } catch (error) {
    if (error instanceof StockImportRejectedError) return reply({ intent, text, errors: [], lines: error.lines, applied: null }, 409);
    throw error;
  }
}

/** Who made the piece: unchanged, or as it is now → as the file sets it. */
function makersCell(line: StockImportLine) {
  const now = line.makersNow.join(", ") || "—";
  if (line.makersNext === null || line.makersNext.join(", ") === line.makersNow.join(", ")) return now;
  return `${now} → ${line.makersNext.join(", ") || "—"}`;
}

export default function ImportStock() {
  const { maxRows } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  const lineErrors = result?.lines.filter((line) => line.error) ?? [];
  const changes = result?.lines.filter((line) => !line.error && lineChanges(line)) ?? [];
  const ready = result && result.errors.length === 0 && lineErrors.length === 0 && result.lines.length > 0;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/inventory">Inventory</Link>
      </p>
      <h1 className="admin-title">Import stock from a file</h1>
      <p className="muted">
        After a count: a CSV file with the columns <code>sku</code> and <code>on_hand</code> sets each variant's on-hand stock to the number
        counted (recorded as a correction). An optional <code>makers</code> column sets who made each piece, by internal label, several
        separated by “;” (an empty cell leaves the piece's makers as they are). Start from the{" "}
        <Link to="/admin/inventory.csv" reloadDocument>
          current stock file
        </Link>
        . You see every change before anything is saved, and one problem anywhere stops the whole file.
      </p>

      {result?.applied !== null && result?.applied !== undefined ? (
        <FormMessage tone="success">
          {result.applied === 0 ? "Nothing to change: every count matched." : `Stock updated for ${result.applied} variant${result.applied === 1 ? "" : "s"}.`}{" "}
          <Link to="/admin/inventory">Back to inventory</Link>
        </FormMessage>
      ) : null}
      {result && (result.errors.length > 0 || lineErrors.length > 0) ? (
        <FormMessage>
          <p>Nothing was changed. Fix these lines in the file and check it again:</p>
          <ul>
            {[...result.errors, ...lineErrors.map((line) => ({ line: line.line, column: "on_hand", message: line.error! }))].map((error) => (
              <li key={`${error.line}-${error.column ?? ""}-${error.message}`}>
                Line {error.line}
                {error.column ? `, ${error.column}` : ""}: {error.message}
              </li>
            ))}
          </ul>
        </FormMessage>
      ) : null}

      <Form method="post" encType="multipart/form-data" className="stack admin-section" noValidate>
        <TextField label="CSV file" name="file" type="file" accept=".csv,text/csv" hint={`Up to 1 MB and ${maxRows} rows.`} />
        <TextArea label="Or paste the CSV" name="csv" rows={6} defaultValue={result && !ready && result.applied === null ? result.text : undefined} />
        <div className="form-actions">
          <button type="submit" name="intent" value="preview" className="button" disabled={busy}>
            Check the file
          </button>
        </div>
      </Form>

      {result && result.lines.length > 0 ? (
        <section className="admin-section" aria-labelledby="preview-heading">
          <h2 id="preview-heading">What the file would change</h2>
          <div className="table-scroll" role="region" aria-labelledby="preview-caption" tabIndex={0}>
            <table className="admin-table">
              <caption id="preview-caption">
                <span>
                  {changes.length} change{changes.length === 1 ? "" : "s"}, {lineErrors.length} problem{lineErrors.length === 1 ? "" : "s"}
                </span>
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="num">Line</th>
                  <th scope="col">SKU</th>
                  <th scope="col">Variant</th>
                  <th scope="col" className="num">On hand now</th>
                  <th scope="col" className="num">Counted</th>
                  <th scope="col" className="num">Change</th>
                  <th scope="col">Made by</th>
                  <th scope="col">Check</th>
                </tr>
              </thead>
              <tbody>
                {result.lines.map((line) => {
                  const delta = line.current === null ? null : line.next - line.current;
                  return (
                    <tr key={line.line}>
                      <td className="num">{line.line}</td>
                      <th scope="row" className="code">{line.sku}</th>
                      <td>{line.productName ? `${line.productName}: ${line.title}` : "—"}</td>
                      <td className="num">{line.current ?? "—"}</td>
                      <td className="num">{line.next}</td>
                      <td className="num">{delta === null ? "—" : delta > 0 ? `+${delta}` : delta}</td>
                      <td>{makersCell(line)}</td>
                      <td>
                        {line.error ? (
                          <span className="field__error">{line.error}</span>
                        ) : !lineChanges(line) ? (
                          <span className="pill pill--muted">No change</span>
                        ) : (
                          <span className="pill pill--success">Ready</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {ready ? (
            <Form method="post" className="form-actions admin-section">
              <input type="hidden" name="csv" value={result.text} />
              <button type="submit" name="intent" value="apply" className="button" disabled={busy || changes.length === 0}>
                {changes.length === 0 ? "Nothing to change" : `Apply ${changes.length} change${changes.length === 1 ? "" : "s"}`}
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
