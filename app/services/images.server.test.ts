import { mkdtemp, readdir, rm, writeFile, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  IMAGE_WIDTHS,
  renditionWidths,
  ImageRejectedError,
  createImageStore,
  type ImageRejectionReason,
} from "./images.server";

let root: string;
let store: ReturnType<typeof createImageStore>;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "belonging-images-"));
  store = createImageStore(root);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function solid(width: number, height: number, rgb = { r: 180, g: 140, b: 110 }): sharp.Sharp {
  return sharp({ create: { width, height, channels: 3, background: rgb } });
}

/** Splices a Photoshop APP13 segment with one IPTC caption into a JPEG (sharp cannot write IPTC). */
function withIptc(jpeg: Buffer, caption: string): Buffer {
  const text = Buffer.from(caption, "latin1");
  const iptc = Buffer.concat([Buffer.from([0x1c, 0x02, 0x78, 0x00, text.length]), text]);
  const iptcPadded = iptc.length % 2 === 0 ? iptc : Buffer.concat([iptc, Buffer.from([0])]);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(iptc.length);
  const resource = Buffer.concat([
    Buffer.from("Photoshop 3.0\0", "latin1"),
    Buffer.from("8BIM", "latin1"),
    Buffer.from([0x04, 0x04, 0x00, 0x00]),
    size,
    iptcPadded,
  ]);
  const header = Buffer.from([0xff, 0xed, 0, 0]);
  header.writeUInt16BE(resource.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), header, resource, jpeg.subarray(2)]);
}

/** A 1200x900 JPEG stored sideways (EXIF orientation 6): upright it is 900x1200 with a red top half. */
async function buildTaggedPhoto(): Promise<Buffer> {
  const redTopBlueBottom = await sharp({
    create: { width: 900, height: 1200, channels: 3, background: { r: 60, g: 200, b: 80 } },
  })
    .composite([{ input: { create: { width: 900, height: 600, channels: 3, background: "#ff0000" } }, top: 0, left: 0 }])
    .png()
    .toBuffer();
  // Store rotated 90° counter-clockwise so that orientation 6 (rotate 90° CW) restores it.
  const sideways = await sharp(redTopBlueBottom).rotate(-90).toBuffer();
  const jpeg = await sharp(sideways)
    .withIccProfile("p3")
    .withExif({
      IFD0: { Make: "SecretCam", Model: "X100", Copyright: "Jane Maker" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 1234/100", GPSLongitudeRef: "W", GPSLongitude: "0/1 7/1 0/1" },
    })
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>')
    .jpeg({ quality: 95 })
    .toBuffer();
  // withExif cannot set orientation; withMetadata can, and it keeps the EXIF set above.
  const oriented = await sharp(jpeg).keepIccProfile().keepExif().keepXmp().withMetadata({ orientation: 6 }).toBuffer();
  return withIptc(oriented, "Taken at my home address");
}

async function rejection(promise: Promise<unknown>): Promise<ImageRejectionReason> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImageRejectedError) return error.reason;
    throw error;
  }
  throw new Error("expected the image to be rejected");
}

async function storedFiles(key: string): Promise<string[]> {
  return (await readdir(path.join(root, key))).sort();
}

describe("image store: metadata and orientation", () => {
  it("the fixture really carries EXIF, GPS, XMP, IPTC, an ICC profile and an orientation", async () => {
    const meta = await sharp(await buildTaggedPhoto()).metadata();
    expect(meta.exif).toBeDefined();
    expect(meta.exif?.includes(Buffer.from("SecretCam"))).toBe(true);
    expect(meta.icc).toBeDefined();
    expect(meta.xmp).toBeDefined();
    expect(meta.iptc).toBeDefined();
    expect(meta.orientation).toBe(6);
  });

  it("strips all metadata from every rendition, converts to sRGB and applies the orientation", async () => {
    const stored = await store.save(await buildTaggedPhoto());
    expect(stored).toEqual({ key: stored.key, width: 640, height: 853 });

    for (const format of ["jpg", "webp", "avif"] as const) {
      for (const width of [320, 640]) {
        const found = await store.resolve(stored.key, width, format);
        expect(found).not.toBeNull();
        const meta = await sharp(found?.path).metadata();
        expect(meta.exif).toBeUndefined();
        expect(meta.icc).toBeUndefined();
        expect(meta.xmp).toBeUndefined();
        expect(meta.iptc).toBeUndefined();
        expect(meta.orientation).toBeUndefined();
        expect(meta.width).toBe(width);
        expect(meta.height).toBeGreaterThan(width); // upright portrait, not the sideways landscape

        // keepIccProfile: read the stored numbers as-is, so a leftover P3 encoding would show.
        const { data } = await sharp(found?.path).keepIccProfile().raw().toBuffer({ resolveWithObject: true });
        const bottomLeft = data.subarray(data.length - width * 3, data.length - width * 3 + 3);
        expect(Math.abs((bottomLeft[0] ?? 0) - 60)).toBeLessThan(12);
        expect(Math.abs((bottomLeft[1] ?? 0) - 200)).toBeLessThan(12);
        const topLeft = data.subarray(0, 3);
        expect(topLeft[0]).toBeGreaterThan(220);
        expect(topLeft[1]).toBeLessThan(40);
      }
    }
    const raw = await readFile(path.join(root, stored.key, "640.jpg"));
    expect(raw.includes(Buffer.from("SecretCam"))).toBe(false);
    expect(raw.includes(Buffer.from("home address"))).toBe(false);
  }, 30_000);
});

describe("image store: validation by content", () => {
  it("rejects a PDF named photo.jpg", async () => {
    const file = path.join(root, "photo.jpg");
    await writeFile(file, "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
    expect(await rejection(store.save(await readFile(file)))).toBe("unsupported-type");
  });

  it("rejects plain text and SVG", async () => {
    expect(await rejection(store.save(Buffer.from("just some text, honestly")))).toBe("unsupported-type");
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800"><rect width="800" height="800"/></svg>';
    expect(await rejection(store.save(Buffer.from(svg)))).toBe("unsupported-type");
  });

  it("rejects GIF, TIFF and AVIF even though sharp can read them", async () => {
    const gif = await solid(500, 500).gif().toBuffer();
    const tiff = await solid(500, 500).tiff().toBuffer();
    const avif = await solid(500, 500).avif().toBuffer();
    expect(await rejection(store.save(gif))).toBe("unsupported-type");
    expect(await rejection(store.save(tiff))).toBe("unsupported-type");
    expect(await rejection(store.save(avif))).toBe("unsupported-type");
  });

  it("rejects a file that only looks like a JPEG", async () => {
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)]);
    expect(await rejection(store.save(fake))).toBe("unreadable");
    expect(await rejection(store.save(Buffer.alloc(0)))).toBe("unreadable");
  });

  it("rejects files over the byte limit, by option and by the 10 MiB default", async () => {
    const jpeg = await solid(800, 800).jpeg().toBuffer();
    expect(await rejection(store.save(jpeg, { maxBytes: jpeg.length - 1 }))).toBe("too-large");
    const huge = Buffer.concat([jpeg, Buffer.alloc(10 * 1024 * 1024)]);
    expect(await rejection(store.save(huge))).toBe("too-large");
  });

  it("rejects images under 400px on the shorter side", async () => {
    expect(await rejection(store.save(await solid(399, 2000).png().toBuffer()))).toBe("too-small");
    expect(await rejection(store.save(await solid(2000, 300).webp().toBuffer()))).toBe("too-small");
  });

  it("accepts PNG with transparency and WebP", async () => {
    const png = await sharp({
      create: { width: 500, height: 600, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    const fromPng = await store.save(png);
    const jpg = await store.resolve(fromPng.key, 320, "jpg");
    const stats = await sharp(jpg?.path).stats();
    expect(stats.channels[0]?.mean).toBeGreaterThan(250); // flattened onto white, not black
    const fromWebp = await store.save(await solid(700, 500).webp().toBuffer());
    expect(fromWebp.width).toBe(640);
  });
});

describe("image store: renditions", () => {
  it("never writes a rendition wider than the source", async () => {
    const stored = await store.save(await solid(1000, 1250).jpeg().toBuffer());
    expect(stored).toEqual({ key: stored.key, width: 960, height: 1200 });
    expect(await storedFiles(stored.key)).toEqual([
      "320.avif", "320.jpg", "320.webp",
      "640.avif", "640.jpg", "640.webp",
      "960.avif", "960.jpg", "960.webp",
    ]);
    expect(renditionWidths(stored.width)).toEqual([320, 640, 960]);
    expect(await store.resolve(stored.key, 1280, "webp")).toBeNull();
    const largest = await sharp((await store.resolve(stored.key, 960, "webp"))?.path).metadata();
    expect(largest.width).toBe(960);
  });

  it("caps at 1600 for big sources and keeps one rendition for small ones", async () => {
    const big = await store.save(await solid(2400, 3000).png().toBuffer());
    expect(big.width).toBe(1600);
    expect(big.height).toBe(2000);
    expect(renditionWidths(big.width)).toEqual([...IMAGE_WIDTHS]);
    const small = await store.save(await solid(400, 400).png().toBuffer());
    expect(small).toEqual({ key: small.key, width: 320, height: 320 });
    expect(renditionWidths(small.width)).toEqual([320]);
  }, 30_000);

  it("generates random keys and leaves no staging directories behind", async () => {
    const input = await solid(500, 500).jpeg().toBuffer();
    const [a, b] = await Promise.all([store.save(input), store.save(input)]);
    expect(a.key).toMatch(/^[a-z0-9]{32}$/);
    expect(a.key).not.toBe(b.key);
    const entries = await readdir(root);
    expect(entries.filter((entry) => entry.startsWith("."))).toEqual([]);
  });
});

describe("image store: resolve and remove", () => {
  it("resolves existing renditions with a content type inside the root", async () => {
    const stored = await store.save(await solid(700, 700).jpeg().toBuffer());
    expect(await store.resolve(stored.key, 640, "avif")).toEqual({
      path: path.join(root, stored.key, "640.avif"),
      contentType: "image/avif",
    });
    expect((await store.resolve(stored.key, 320, "webp"))?.contentType).toBe("image/webp");
    expect((await store.resolve(stored.key, 320, "jpg"))?.contentType).toBe("image/jpeg");
  });

  it("rejects traversal keys, unknown widths and formats", async () => {
    const stored = await store.save(await solid(700, 700).jpeg().toBuffer());
    for (const key of ["../../etc", "..", "../" + stored.key, stored.key + "/..", stored.key.toUpperCase(), "short", ""]) {
      expect(await store.resolve(key, 320, "jpg")).toBeNull();
    }
    expect(await store.resolve(stored.key, 500, "jpg")).toBeNull();
    expect(await store.resolve(stored.key, 320.5, "jpg")).toBeNull();
    expect(await store.resolve(stored.key, 320, "png" as "jpg")).toBeNull();
    expect(await store.resolve(stored.key, 320, "../jpg" as "jpg")).toBeNull();
    expect(await store.resolve("a".repeat(32), 320, "jpg")).toBeNull();
  });

  it("removes an image and refuses invalid keys", async () => {
    const stored = await store.save(await solid(500, 500).jpeg().toBuffer());
    await store.remove(stored.key);
    expect(await store.resolve(stored.key, 320, "jpg")).toBeNull();
    await expect(store.remove("../../etc")).rejects.toThrow(TypeError);
    await store.remove("b".repeat(32)); // absent is fine
  });
});
