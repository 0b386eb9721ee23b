import { describe, expect, it } from "vitest";
import { FileTooLargeError, MAX_FORM_BYTES, readForm, readFormWithFiles, readText } from "~/utils/request-body.server";

function post(body: BodyInit | null, contentType?: string, headers: Record<string, string> = {}) {
  return new Request("http://localhost:3000/somewhere", {
    method: "POST",
    headers: contentType ? { "Content-Type": contentType, ...headers } : headers,
    body,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
}

async function statusOf(promise: Promise<unknown>) {
  const thrown = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  expect(thrown).toBeInstanceOf(Response);
  const response = thrown as Response;
  expect(await response.clone().text()).not.toMatch(/\bat .+:\d+:\d+/);
  return response.status;
}

describe("readForm", () => {
  it("reads a urlencoded or multipart form, keeping tabs and line breaks", async () => {
    const form = await readForm(post(new URLSearchParams({ note: "Dear Ama,\r\n\twith love", n: "2" }), "application/x-www-form-urlencoded"));
    expect(Object.fromEntries(form)).toEqual({ note: "Dear Ama,\r\n\twith love", n: "2" });
    const multipart = new FormData();
    multipart.set("name", "Mira");
    expect(Object.fromEntries(await readForm(post(multipart)))).toEqual({ name: "Mira" });
  });

  it("refuses another content type with 415: JSON, text, XML, none", async () => {
    for (const [body, type] of [
      ['{"intent":"add"}', "application/json"],
      ["intent=add", "text/plain"],
      ["<intent>add</intent>", "application/xml"],
      ["intent=add", undefined],
      [null, undefined],
    ] as const) {
      expect(await statusOf(readForm(post(body, type)))).toBe(415);
    }
  });

  it("refuses a malformed body with 400: a wrong boundary, bytes that are not UTF-8, a file where none belongs", async () => {
    expect(await statusOf(readForm(post("--other\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--other--", "multipart/form-data; boundary=nope")))).toBe(400);
    expect(await statusOf(readForm(post("garbage", "multipart/form-data")))).toBe(400);
    expect(await statusOf(readForm(post(new Uint8Array([0x61, 0x3d, 0xff, 0xfe]), "application/x-www-form-urlencoded")))).toBe(400);
    const withFile = new FormData();
    withFile.set("photo", new File(["x"], "x.jpg", { type: "image/jpeg" }));
    expect(await statusOf(readForm(post(withFile)))).toBe(400);
  });

  it("refuses NUL and other control characters, in values and in names, with 400", async () => {
    for (const text of ["a\u0000b", "\u0007", "x\u001b[31m", "\u007f"]) {
      expect(await statusOf(readForm(post(new URLSearchParams({ name: text }), "application/x-www-form-urlencoded")))).toBe(400);
      expect(await statusOf(readForm(post(new URLSearchParams({ [text]: "x" }), "application/x-www-form-urlencoded")))).toBe(400);
    }
  });

  it("refuses a body over the limit with 413, declared or not", async () => {
    const big = "a=" + "x".repeat(MAX_FORM_BYTES);
    expect(await statusOf(readForm(post(big, "application/x-www-form-urlencoded")))).toBe(413);
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode("x".repeat(64 * 1024)));
        controller.close();
      },
    });
    expect(await statusOf(readForm(post(stream, "application/x-www-form-urlencoded")))).toBe(413);
  });
});

describe("readFormWithFiles", () => {
  it("reads files within the limit and says FileTooLargeError for one over it", async () => {
    const ok = new FormData();
    ok.set("intent", "upload");
    ok.set("image", new File([new Uint8Array(1000)], "a.png", { type: "image/png" }));
    const form = await readFormWithFiles(post(ok), 2000);
    expect((form.get("image") as File).size).toBe(1000);

    const big = new FormData();
    big.set("image", new File([new Uint8Array(3000)], "a.png", { type: "image/png" }));
    await expect(readFormWithFiles(post(big), 2000)).rejects.toBeInstanceOf(FileTooLargeError);
    expect(await statusOf(readFormWithFiles(post('{"a":1}', "application/json"), 2000))).toBe(415);
  });
});

describe("readText", () => {
  it("gives the raw text exactly as sent, and refuses one too large (413) or not UTF-8 (400)", async () => {
    const raw = '{\n  "id": "evt_1",  "note": "Zoë 💍"\n}';
    expect(await readText(post(raw, "application/json"))).toBe(raw);
    expect(await statusOf(readText(post("x".repeat(MAX_FORM_BYTES + 1), "application/json")))).toBe(413);
    expect(await statusOf(readText(post(new Uint8Array([0x7b, 0xff, 0x7d]), "application/json")))).toBe(400);
  });
});
