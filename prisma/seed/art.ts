/**
 * Procedural stand-ins for product photography. Everything is drawn as SVG and rasterised
 * by sharp (librsvg): nothing is downloaded, and the same seed always gives the same image.
 */
import sharp from "sharp";

export type ArtKind = "beaded" | "chain" | "ring" | "hoop" | "pendant" | "cuff" | "stud" | "drop";
export type ArtMetal = "Gold vermeil" | "Sterling silver" | "Rose gold vermeil" | "Brass";

export const ART_KINDS: readonly ArtKind[] = ["beaded", "chain", "ring", "hoop", "pendant", "cuff", "stud", "drop"];
export const ART_METALS: readonly ArtMetal[] = ["Gold vermeil", "Sterling silver", "Rose gold vermeil", "Brass"];

export type ProductArtOptions = { kind: ArtKind; metal: ArtMetal; accent: string; view: 0 | 1 | 2; seed: string };
export type HeroArtOptions = { kind: ArtKind; accent: string; seed: string };

const PRODUCT_SIZE = { width: 1200, height: 1500 } as const;
const HERO_SIZE = { width: 1920, height: 1080 } as const;

// ---------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------

type Rng = {
  next(): number;
  range(min: number, max: number): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
};

function hashSeed(seed: string): number {
  let hash = 2166136261;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}

function createRng(seed: string): Rng {
  let state = hashSeed(seed);
  const next = (): number => {
    // mulberry32
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const range = (min: number, max: number): number => min + (max - min) * next();
  return {
    next,
    range,
    int: (min, max) => Math.floor(range(min, max + 1)),
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error("pick() from an empty list");
      return item;
    },
    chance: (probability) => next() < probability,
  };
}

// ---------------------------------------------------------------------------
// Colour
// ---------------------------------------------------------------------------

type Rgb = { r: number; g: number; b: number };

function parseHex(hex: string): Rgb {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  const digits = match?.[1];
  if (!digits) throw new Error(`Invalid hex colour: ${hex}`);
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join("") : digits;
  const value = Number.parseInt(full, 16);
  return { r: (value >> 16) & 255, g: (value >> 8) & 255, b: value & 255 };
}

function toHex({ r, g, b }: Rgb): string {
  const part = (v: number): string => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, "0");
  return `#${part(r)}${part(g)}${part(b)}`;
}

function mix(a: string, b: string, t: number): string {
  const x = parseHex(a);
  const y = parseHex(b);
  return toHex({ r: x.r + (y.r - x.r) * t, g: x.g + (y.g - x.g) * t, b: x.b + (y.b - x.b) * t });
}

const lighten = (colour: string, t: number): string => mix(colour, "#ffffff", t);
const darken = (colour: string, t: number): string => mix(colour, "#1a1008", t);

function normaliseHex(hex: string): string {
  return toHex(parseHex(hex));
}

type MetalTone = { highlight: string; light: string; mid: string; dark: string; deep: string };

const METAL_TONES: Record<ArtMetal, MetalTone> = {
  "Gold vermeil": { highlight: "#fff8e1", light: "#f4d98f", mid: "#d6a94c", dark: "#96682a", deep: "#5c3d14" },
  "Sterling silver": { highlight: "#ffffff", light: "#eceff1", mid: "#b8bec4", dark: "#7b8289", deep: "#474d53" },
  "Rose gold vermeil": { highlight: "#fff1ea", light: "#f3c8b4", mid: "#d89b82", dark: "#a2624d", deep: "#66382a" },
  Brass: { highlight: "#fff4c8", light: "#e6cd80", mid: "#bf9c45", dark: "#85672b", deep: "#4f3c17" },
};

type Backdrop = { top: string; bottom: string; shadow: string; glow: string };

const BACKDROPS: readonly Backdrop[] = [
  { top: "#f1ebe1", bottom: "#dccfbd", shadow: "#6b5644", glow: "#fffaf2" }, // linen
  { top: "#efe4d3", bottom: "#d6bfa0", shadow: "#6e5537", glow: "#fff6e8" }, // sand
  { top: "#eddcd0", bottom: "#cfa996", shadow: "#6e4434", glow: "#fff3ec" }, // clay
  { top: "#f2eee6", bottom: "#ddd5c7", shadow: "#5f564a", glow: "#ffffff" }, // oat
  { top: "#eee3dc", bottom: "#d8c0b4", shadow: "#684a40", glow: "#fff7f3" }, // blush stone
];

function pickBackdrop(rng: Rng): Backdrop {
  const base = rng.pick(BACKDROPS);
  // A small warm/cool nudge so neighbouring products don't look copy-pasted.
  const nudge = rng.pick(["#f6e6cf", "#efe2e0", "#e9e6dc"]);
  const amount = rng.range(0, 0.25);
  return { ...base, top: mix(base.top, nudge, amount), bottom: mix(base.bottom, nudge, amount * 0.6) };
}

// ---------------------------------------------------------------------------
// SVG building blocks
// ---------------------------------------------------------------------------

type Point = { x: number; y: number };

/**
 * Shared state while composing one image: collected <defs> and unique ids. `rng` is swapped
 * between stages so the piece and backdrop stay identical across the three views of a product.
 */
type Scene = {
  defs: string[];
  rng: Rng;
  metal: MetalTone;
  accent: string;
  nextId: number;
  /** Undoes the foreshortening of a flat-lying piece for spheres, which look round from any angle. */
  sphereStretch: number;
};

function uid(scene: Scene, prefix: string): string {
  scene.nextId += 1;
  return `${prefix}${scene.nextId}`;
}

const n = (value: number): string => (Math.round(value * 10) / 10).toString();

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([key, value]) => `${key}="${typeof value === "number" ? n(value) : value}"`)
    .join(" ");
}

function stops(list: ReadonlyArray<readonly [number, string, number?]>): string {
  return list
    .map(([offset, colour, opacity]) => `<stop offset="${offset}" stop-color="${colour}"${opacity === undefined ? "" : ` stop-opacity="${opacity}"`}/>`)
    .join("");
}

/** Banded linear gradient: the alternating light/dark reflections are what read as polished metal. */
function metalGradient(scene: Scene, angle: number, contrast = 1): string {
  const id = uid(scene, "metal");
  const m = scene.metal;
  const mid = contrast < 1 ? mix(m.mid, m.light, 1 - contrast) : m.mid;
  const dark = contrast < 1 ? mix(m.dark, m.mid, 1 - contrast) : m.dark;
  scene.defs.push(
    `<linearGradient id="${id}" x1="0" y1="0" x2="1" y2="0" gradientTransform="rotate(${n(angle)} .5 .5)">${stops([
      [0, dark],
      [0.16, mid],
      [0.3, m.light],
      [0.38, m.highlight],
      [0.47, m.light],
      [0.62, dark],
      [0.74, m.deep],
      [0.86, mid],
      [1, m.light],
    ])}</linearGradient>`,
  );
  return id;
}

function metalSphereGradient(scene: Scene): string {
  const id = uid(scene, "msphere");
  const m = scene.metal;
  scene.defs.push(
    `<radialGradient id="${id}" cx=".5" cy=".5" r=".55" fx=".34" fy=".3">${stops([
      [0, m.highlight],
      [0.22, m.light],
      [0.55, m.mid],
      [0.85, m.dark],
      [1, m.deep],
    ])}</radialGradient>`,
  );
  return id;
}

function stoneGradient(scene: Scene, colour: string): string {
  const id = uid(scene, "stone");
  scene.defs.push(
    `<radialGradient id="${id}" cx=".5" cy=".5" r=".55" fx=".36" fy=".3">${stops([
      [0, lighten(colour, 0.55)],
      [0.2, lighten(colour, 0.22)],
      [0.55, colour],
      [0.85, darken(colour, 0.35)],
      [1, darken(colour, 0.55)],
    ])}</radialGradient>`,
  );
  return id;
}

function specularGradient(scene: Scene, opacity = 0.9): string {
  const id = uid(scene, "spec");
  scene.defs.push(
    `<radialGradient id="${id}">${stops([
      [0, "#ffffff", opacity],
      [0.45, "#ffffff", opacity * 0.45],
      [1, "#ffffff", 0],
    ])}</radialGradient>`,
  );
  return id;
}

// ---------------------------------------------------------------------------
// Curves and metal primitives
// ---------------------------------------------------------------------------

type Placed = { point: Point; angle: number };

/** Places items every `spacing` units of arc length along a parametric curve t ∈ [0, 1]. */
function placeAlong(curve: (t: number) => Point, spacing: number, closed: boolean): Placed[] {
  const samples = 1200;
  const points: Point[] = [];
  for (let i = 0; i <= samples; i++) points.push(curve(i / samples));
  const lengths = [0];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    lengths.push((lengths[i - 1] ?? 0) + Math.hypot(b.x - a.x, b.y - a.y));
  }
  const total = lengths[lengths.length - 1] ?? 0;
  const count = Math.max(1, closed ? Math.round(total / spacing) : Math.floor(total / spacing) + 1);
  const step = closed ? total / count : spacing;
  const placed: Placed[] = [];
  let cursor = 0;
  for (let k = 0; k < count; k++) {
    const target = k * step;
    while (cursor < lengths.length - 2 && (lengths[cursor + 1] ?? 0) < target) cursor++;
    const a = points[cursor] as Point;
    const b = points[cursor + 1] as Point;
    const segment = (lengths[cursor + 1] ?? 0) - (lengths[cursor] ?? 0) || 1;
    const f = (target - (lengths[cursor] ?? 0)) / segment;
    placed.push({
      point: { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f },
      angle: (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI,
    });
  }
  return placed;
}

function pathThrough(curve: (t: number) => Point, steps: number, closed: boolean): string {
  const parts: string[] = [];
  for (let i = 0; i <= steps; i++) {
    const p = curve(i / steps);
    parts.push(`${i === 0 ? "M" : "L"}${n(p.x)} ${n(p.y)}`);
  }
  return parts.join("") + (closed ? "Z" : "");
}

/** A round wire: dark edge, banded body, then offset sheen and highlight strokes. */
function tube(scene: Scene, d: string, width: number, extra = ""): string {
  const body = metalGradient(scene, scene.rng.range(20, 70));
  const m = scene.metal;
  const common = `d="${d}" fill="none" stroke-linecap="round" stroke-linejoin="round"`;
  return (
    `<g ${extra}>` +
    `<path ${common} stroke="${m.deep}" stroke-width="${n(width)}"/>` +
    `<path ${common} stroke="url(#${body})" stroke-width="${n(width * 0.84)}"/>` +
    `<path ${common} stroke="${m.light}" stroke-opacity=".5" stroke-width="${n(width * 0.36)}" transform="translate(${n(-width * 0.14)} ${n(-width * 0.16)})"/>` +
    `<path ${common} stroke="${m.highlight}" stroke-opacity=".85" stroke-width="${n(width * 0.12)}" stroke-dasharray="${n(width * 3)} ${n(width * 1.4)}" transform="translate(${n(-width * 0.2)} ${n(-width * 0.22)})"/>` +
    `</g>`
  );
}

function bead(scene: Scene, at: Point, r: number, fill: string, spec: string): string {
  const stretch = scene.sphereStretch;
  const open = stretch === 1 ? "<g>" : `<g transform="translate(${n(at.x)} ${n(at.y)}) scale(1 ${stretch.toFixed(3)}) translate(${n(-at.x)} ${n(-at.y)})">`;
  return (
    open +
    `<circle ${attrs({ cx: at.x, cy: at.y, r })} fill="url(#${fill})"/>` +
    `<ellipse ${attrs({ cx: at.x + r * 0.36, cy: at.y + r * 0.42, rx: r * 0.32, ry: r * 0.14 })} fill="url(#${spec})" opacity=".35" transform="rotate(-40 ${n(at.x + r * 0.36)} ${n(at.y + r * 0.42)})"/>` +
    `<ellipse ${attrs({ cx: at.x - r * 0.3, cy: at.y - r * 0.36, rx: r * 0.34, ry: r * 0.2 })} fill="url(#${spec})" transform="rotate(-35 ${n(at.x - r * 0.3)} ${n(at.y - r * 0.36)})"/>` +
    `<circle ${attrs({ cx: at.x - r * 0.36, cy: at.y - r * 0.4, r: r * 0.07 })} fill="#ffffff" fill-opacity=".9"/></g>`
  );
}

/** A faceted round/oval gem: table, crown facets shaded by their angle to the light. */
function gem(scene: Scene, at: Point, rx: number, ry: number): string {
  const colour = scene.accent;
  const facets = 8;
  const parts: string[] = [`<ellipse ${attrs({ cx: at.x, cy: at.y, rx, ry })} fill="${darken(colour, 0.45)}"/>`];
  const rim = (i: number, scale: number): Point => {
    const a = (i / facets) * Math.PI * 2 - Math.PI / 2;
    return { x: at.x + Math.cos(a) * rx * scale, y: at.y + Math.sin(a) * ry * scale };
  };
  for (let i = 0; i < facets; i++) {
    const light = Math.cos(((i + 0.5) / facets) * Math.PI * 2 + Math.PI * 0.75); // light from upper left
    const shade = light > 0 ? lighten(colour, light * 0.45) : darken(colour, -light * 0.4);
    const [a, b, c, d] = [rim(i, 0.98), rim(i + 1, 0.98), rim(i + 1, 0.52), rim(i, 0.52)];
    const mid = rim(i + 0.5, 0.93);
    parts.push(
      `<path d="M${n(a.x)} ${n(a.y)}L${n(mid.x)} ${n(mid.y)}L${n(b.x)} ${n(b.y)}L${n(c.x)} ${n(c.y)}L${n(d.x)} ${n(d.y)}Z" fill="${shade}" stroke="${lighten(colour, 0.35)}" stroke-opacity=".35" stroke-width="${n(rx * 0.012)}"/>`,
    );
  }
  const table = Array.from({ length: facets }, (_, i) => rim(i, 0.52));
  const tableGrad = uid(scene, "table");
  scene.defs.push(
    `<linearGradient id="${tableGrad}" x1="0" y1="0" x2="1" y2="1">${stops([
      [0, lighten(colour, 0.4)],
      [0.5, colour],
      [1, darken(colour, 0.2)],
    ])}</linearGradient>`,
  );
  parts.push(`<path d="M${table.map((p) => `${n(p.x)} ${n(p.y)}`).join("L")}Z" fill="url(#${tableGrad})"/>`);
  const spec = specularGradient(scene, 0.95);
  parts.push(
    `<ellipse ${attrs({ cx: at.x - rx * 0.28, cy: at.y - ry * 0.34, rx: rx * 0.3, ry: ry * 0.18 })} fill="url(#${spec})"/>`,
    `<circle ${attrs({ cx: at.x - rx * 0.3, cy: at.y - ry * 0.36, r: Math.min(rx, ry) * 0.05 })} fill="#ffffff"/>`,
    `<circle ${attrs({ cx: at.x + rx * 0.34, cy: at.y + ry * 0.3, r: Math.min(rx, ry) * 0.035 })} fill="#ffffff" fill-opacity=".7"/>`,
  );
  return parts.join("");
}

/** Smooth polished stone (cabochon) in a metal bezel, given a path for its outline. */
function cabochon(scene: Scene, outline: string, bezel: number): string {
  const metal = metalGradient(scene, 35);
  const stone = stoneGradient(scene, scene.accent);
  return (
    `<path d="${outline}" fill="${scene.metal.deep}" stroke="${scene.metal.deep}" stroke-width="${n(bezel * 1.25)}" stroke-linejoin="round"/>` +
    `<path d="${outline}" fill="url(#${stone})" stroke="url(#${metal})" stroke-width="${n(bezel)}" stroke-linejoin="round"/>` +
    `<path d="${outline}" fill="none" stroke="${scene.metal.highlight}" stroke-opacity=".6" stroke-width="${n(bezel * 0.2)}" stroke-dasharray="${n(bezel * 6)} ${n(bezel * 9)}"/>`
  );
}

function teardropPath(at: Point, width: number, height: number): string {
  const w = width / 2;
  const top = at.y - height * 0.5;
  const bottom = at.y + height * 0.5;
  const belly = at.y + height * 0.12;
  return (
    `M${n(at.x)} ${n(top)}` +
    `C${n(at.x + w * 0.35)} ${n(top + height * 0.12)} ${n(at.x + w * 1.02)} ${n(belly - height * 0.2)} ${n(at.x + w)} ${n(belly)}` +
    `C${n(at.x + w)} ${n(bottom - height * 0.05)} ${n(at.x + w * 0.5)} ${n(bottom)} ${n(at.x)} ${n(bottom)}` +
    `C${n(at.x - w * 0.5)} ${n(bottom)} ${n(at.x - w)} ${n(bottom - height * 0.05)} ${n(at.x - w)} ${n(belly)}` +
    `C${n(at.x - w * 1.02)} ${n(belly - height * 0.2)} ${n(at.x - w * 0.35)} ${n(top + height * 0.12)} ${n(at.x)} ${n(top)}Z`
  );
}

function stoneHighlight(scene: Scene, at: Point, w: number, h: number): string {
  const spec = specularGradient(scene, 0.85);
  return (
    `<ellipse ${attrs({ cx: at.x - w * 0.18, cy: at.y - h * 0.1, rx: w * 0.2, ry: h * 0.12 })} fill="url(#${spec})" transform="rotate(-25 ${n(at.x - w * 0.18)} ${n(at.y - h * 0.1)})"/>` +
    `<circle ${attrs({ cx: at.x - w * 0.22, cy: at.y - h * 0.14, r: w * 0.035 })} fill="#fff"/>`
  );
}

/** Cable chain: alternating open links and edge-on links following the curve. */
function chainLinks(scene: Scene, placed: readonly Placed[], size: number): string {
  const open = metalGradient(scene, 45);
  const flat = metalGradient(scene, 90);
  const m = scene.metal;
  return placed
    .map(({ point, angle }, i) => {
      const transform = `translate(${n(point.x)} ${n(point.y)}) rotate(${n(angle)})`;
      if (i % 2 === 0) {
        return (
          `<g transform="${transform}"><ellipse rx="${n(size * 0.66)}" ry="${n(size * 0.38)}" fill="none" stroke="${m.deep}" stroke-width="${n(size * 0.24)}"/>` +
          `<ellipse rx="${n(size * 0.66)}" ry="${n(size * 0.38)}" fill="none" stroke="url(#${open})" stroke-width="${n(size * 0.17)}"/></g>`
        );
      }
      return (
        `<g transform="${transform}"><rect x="${n(-size * 0.7)}" y="${n(-size * 0.12)}" width="${n(size * 1.4)}" height="${n(size * 0.24)}" rx="${n(size * 0.12)}" fill="${m.deep}"/>` +
        `<rect x="${n(-size * 0.66)}" y="${n(-size * 0.08)}" width="${n(size * 1.32)}" height="${n(size * 0.13)}" rx="${n(size * 0.07)}" fill="url(#${flat})"/></g>`
      );
    })
    .join("");
}

function jumpRing(scene: Scene, at: Point, r: number, width: number): string {
  return tube(scene, `M${n(at.x - r)} ${n(at.y)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0`, width);
}

/** Lobster clasp drawn pointing along +x from `at`, rotated by `angle`. */
function lobsterClasp(scene: Scene, at: Point, angle: number, size: number): string {
  const body = metalGradient(scene, 70);
  const m = scene.metal;
  const s = size;
  const shape =
    `M0 ${n(-s * 0.16)}C${n(s * 0.3)} ${n(-s * 0.5)} ${n(s * 0.95)} ${n(-s * 0.5)} ${n(s * 1.05)} ${n(-s * 0.05)}` +
    `C${n(s * 1.1)} ${n(s * 0.3)} ${n(s * 0.75)} ${n(s * 0.45)} ${n(s * 0.45)} ${n(s * 0.32)}` +
    `C${n(s * 0.25)} ${n(s * 0.26)} ${n(s * 0.08)} ${n(s * 0.2)} 0 ${n(s * 0.16)}Z`;
  return (
    `<g transform="translate(${n(at.x)} ${n(at.y)}) rotate(${n(angle)})">` +
    jumpRing(scene, { x: -s * 0.12, y: 0 }, s * 0.14, s * 0.07) +
    `<path d="${shape}" fill="${m.deep}" transform="translate(${n(s * 0.02)} ${n(s * 0.03)})"/>` +
    `<path d="${shape}" fill="url(#${body})"/>` +
    `<path d="M${n(s * 0.3)} ${n(s * 0.12)}C${n(s * 0.55)} ${n(s * 0.2)} ${n(s * 0.85)} ${n(s * 0.12)} ${n(s * 0.92)} ${n(-s * 0.05)}" fill="none" stroke="${m.deep}" stroke-width="${n(s * 0.04)}" stroke-linecap="round"/>` +
    `<path d="M${n(s * 0.25)} ${n(-s * 0.28)}C${n(s * 0.5)} ${n(-s * 0.42)} ${n(s * 0.8)} ${n(-s * 0.38)} ${n(s * 0.92)} ${n(-s * 0.2)}" fill="none" stroke="${m.highlight}" stroke-opacity=".8" stroke-width="${n(s * 0.05)}" stroke-linecap="round"/>` +
    `<rect x="${n(s * 0.2)}" y="${n(-s * 0.05)}" width="${n(s * 0.12)}" height="${n(s * 0.22)}" rx="${n(s * 0.03)}" fill="${m.mid}" stroke="${m.deep}" stroke-width="${n(s * 0.015)}"/>` +
    `</g>`
  );
}

// ---------------------------------------------------------------------------
// Pieces (drawn in a local space roughly 1000 units across, centred on 0,0)
// ---------------------------------------------------------------------------

/**
 * extent: rough radius used for framing; focus: where the close-up looks.
 * base: set for pieces that stand upright (ring, cuff) — the local y of their lowest point. Others lie flat.
 * closeUp: multiplier on the detail view's zoom, for pieces whose detail is already large.
 */
type Piece = { svg: string; focus: Point; extent: number; base?: number; closeUp?: number };

function drawBeaded(scene: Scene): Piece {
  const { rng } = scene;
  const rx = 330;
  const ry = rng.range(215, 250);
  const tilt = rng.range(-12, 12);
  const rad = (tilt * Math.PI) / 180;
  const curve = (t: number): Point => {
    const a = t * Math.PI * 2;
    const wobble = 1 + 0.015 * Math.sin(a * 3 + 1);
    const x = Math.cos(a) * rx * wobble;
    const y = Math.sin(a) * ry * wobble;
    return { x: x * Math.cos(rad) - y * Math.sin(rad), y: x * Math.sin(rad) + y * Math.cos(rad) };
  };
  const count = rng.int(22, 28);
  const placed = placeAlong(curve, 1, true);
  const spacing = placed.length / count;
  const beadPlaces = Array.from({ length: count }, (_, i) => placed[Math.floor(i * spacing)] as Placed);
  const r = spacing * 0.47;
  const spacerEvery = rng.int(3, 5);
  const stone = stoneGradient(scene, scene.accent);
  const metalBead = metalSphereGradient(scene);
  const spec = specularGradient(scene);
  const ordered = beadPlaces
    .map((place, i) => ({ place, i }))
    .sort((a, b) => a.place.point.y - b.place.point.y);
  const beads = ordered
    .map(({ place, i }) => {
      const depth = 0.93 + 0.07 * ((place.point.y + ry) / (2 * ry));
      const isSpacer = i % spacerEvery === 0;
      return isSpacer
        ? bead(scene, place.point, r * 0.62 * depth, metalBead, spec)
        : bead(scene, place.point, r * depth, stone, spec);
    })
    .join("");
  const cord = `<path d="${pathThrough(curve, 200, true)}" fill="none" stroke="${darken(scene.accent, 0.6)}" stroke-opacity=".55" stroke-width="5"/>`;
  const front = beadPlaces.reduce((best, place) => (place.point.y > best.point.y ? place : best));
  const charmAt = { x: front.point.x + r * 0.2, y: front.point.y + r * 1.9 };
  const charmMetal = metalSphereGradient(scene);
  const charm =
    jumpRing(scene, { x: front.point.x, y: front.point.y + r * 1.05 }, r * 0.34, r * 0.12) +
    `<circle ${attrs({ cx: charmAt.x, cy: charmAt.y + r * 0.1, r: r * 0.78 })} fill="${scene.metal.deep}"/>` +
    `<circle ${attrs({ cx: charmAt.x, cy: charmAt.y, r: r * 0.78 })} fill="url(#${charmMetal})"/>` +
    `<circle ${attrs({ cx: charmAt.x, cy: charmAt.y, r: r * 0.6 })} fill="none" stroke="${scene.metal.dark}" stroke-opacity=".5" stroke-width="${n(r * 0.05)}"/>`;
  return { svg: cord + beads + charm, focus: { x: front.point.x, y: front.point.y + r * 0.4 }, extent: 420 };
}

function necklaceCurve(width: number, height: number, point: number): (t: number) => Point {
  // A loop laid flat: wide shoulders at the top, narrowing to a soft point at the bottom.
  return (t: number): Point => {
    const a = t * Math.PI * 2;
    const x = Math.sin(a) * width * (1 - 0.12 * Math.cos(a));
    const y = -Math.cos(a) * height * 0.5 + height * 0.08 - Math.pow(Math.abs(Math.sin(a / 2)), 8) * -point;
    return { x, y: y - height * 0.1 };
  };
}

function drawChain(scene: Scene): Piece {
  const { rng } = scene;
  const curve = necklaceCurve(rng.range(330, 370), rng.range(640, 720), rng.range(30, 80));
  const linkSize = rng.range(17, 21);
  const placed = placeAlong(curve, linkSize * 1.05, true).slice(2, -2);
  const links = chainLinks(scene, placed, linkSize);
  const stone = stoneGradient(scene, scene.accent);
  const spec = specularGradient(scene);
  const satellites = rng.int(3, 6);
  const beads = Array.from({ length: satellites }, (_, k) => {
    const t = 0.5 + (k - (satellites - 1) / 2) * rng.range(0.07, 0.09);
    const p = curve(t);
    return bead(scene, p, linkSize * 0.95, stone, spec);
  }).join("");
  const top = curve(0);
  const clasp = lobsterClasp(scene, { x: top.x + linkSize * 0.5, y: top.y }, rng.range(-20, 10), linkSize * 4.2);
  const ring = jumpRing(scene, { x: top.x - linkSize * 1.4, y: top.y }, linkSize * 0.7, linkSize * 0.28);
  return { svg: links + beads + ring + clasp, focus: { x: top.x + linkSize, y: top.y + linkSize * 2 }, extent: 430 };
}

function circlePath(cx: number, cy: number, r: number): string {
  return `M${n(cx - r)} ${n(cy)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0Z`;
}

/**
 * An upright band seen from slightly above: the back rim sits higher than the front rim, so the
 * top of the outer surface and the bottom of the inner surface show.
 */
function drawRing(scene: Scene): Piece {
  const { rng } = scene;
  const m = scene.metal;
  const R = 250;
  const t = rng.range(30, 40);
  const d = rng.range(55, 75);
  const outerSurface = metalGradient(scene, 0);
  const face = metalGradient(scene, 35);
  const innerSurface = metalGradient(scene, 170, 0.45);
  const clipId = uid(scene, "hole");
  scene.defs.push(`<clipPath id="${clipId}"><path d="${circlePath(0, 0, R - t)}"/></clipPath>`);
  const swept =
    `M${-R} ${n(-d)}A${R} ${R} 0 0 1 ${R} ${n(-d)}L${R} 0A${R} ${R} 0 0 1 ${-R} 0Z`;
  const r = R - t;
  const half = Math.sqrt(r * r - (d * d) / 4);
  // See-through lens: inside both the front and the back inner circles.
  const hole = `M${n(-half)} ${n(-d / 2)}A${n(r)} ${n(r)} 0 0 1 ${n(half)} ${n(-d / 2)}A${n(r)} ${n(r)} 0 0 1 ${n(-half)} ${n(-d / 2)}Z`;
  const band =
    `<path d="${swept}${hole}" fill-rule="evenodd" fill="url(#${outerSurface})"/>` +
    `<path d="${circlePath(0, -d, R)}" fill="none" stroke="${m.highlight}" stroke-opacity=".35" stroke-width="3" stroke-dasharray="260 1400" stroke-dashoffset="1130"/>` +
    `<path d="${circlePath(0, 0, R) + circlePath(0, 0, R - t)}" fill-rule="evenodd" fill="url(#${face})"/>` +
    `<path d="${circlePath(0, 0, R - t) + circlePath(0, -d, R - t)}" fill-rule="evenodd" fill="url(#${innerSurface})" clip-path="url(#${clipId})"/>` +
    `<path d="${circlePath(0, 0, R - t)}" fill="none" stroke="${m.deep}" stroke-opacity=".6" stroke-width="2.5"/>` +
    `<path d="M${-R} 0A${R} ${R} 0 0 0 ${R} 0" fill="none" stroke="${m.deep}" stroke-width="3"/>` +
    `<path d="${circlePath(0, 0, R - 3)}" fill="none" stroke="${m.highlight}" stroke-opacity=".7" stroke-width="4" stroke-dasharray="190 1600" stroke-dashoffset="-1050"/>`;
  const oval = rng.chance(0.5);
  const srx = oval ? 66 : 76;
  const sry = oval ? 80 : 62;
  const stone = { x: 0, y: -R - d * 0.55 - sry * 0.9 };
  const settingGrad = metalGradient(scene, 10);
  const baseY = -R - d * 0.35;
  const crown =
    `<path d="M${n(-srx * 0.85)} ${n(stone.y + sry * 0.3)}C${n(-srx * 0.7)} ${n(stone.y + sry * 0.9)} ${n(-srx * 0.35)} ${n(baseY)} ${n(-srx * 0.2)} ${n(baseY + 10)}` +
    `L${n(srx * 0.2)} ${n(baseY + 10)}C${n(srx * 0.35)} ${n(baseY)} ${n(srx * 0.7)} ${n(stone.y + sry * 0.9)} ${n(srx * 0.85)} ${n(stone.y + sry * 0.3)}Z" fill="url(#${settingGrad})" stroke="${m.deep}" stroke-width="3"/>` +
    `<ellipse cx="0" cy="${n(stone.y + 4)}" rx="${n(srx + 10)}" ry="${n(sry + 10)}" fill="${m.deep}"/>` +
    `<ellipse cx="0" cy="${n(stone.y)}" rx="${n(srx + 8)}" ry="${n(sry + 8)}" fill="url(#${settingGrad})"/>`;
  const prongs = [-1, 1]
    .flatMap((side) => [
      { x: side * srx * 0.74, y: stone.y - sry * 0.7 },
      { x: side * srx * 0.74, y: stone.y + sry * 0.7 },
    ])
    .map(
      (p) =>
        `<circle cx="${n(p.x)}" cy="${n(p.y)}" r="11" fill="${m.deep}"/><circle cx="${n(p.x - 1.5)}" cy="${n(p.y - 1.5)}" r="8.5" fill="${m.light}"/><circle cx="${n(p.x - 3)}" cy="${n(p.y - 3)}" r="3" fill="${m.highlight}"/>`,
    )
    .join("");
  const sideStones = rng.chance(0.6)
    ? [-1, 1].map((side) => gem(scene, { x: side * (srx + 30), y: -R - d * 0.45 + Math.abs(side) * 6 }, 18, 15)).join("")
    : "";
  return {
    svg: band + sideStones + crown + gem(scene, stone, srx, sry) + prongs,
    focus: { x: 0, y: stone.y + 60 },
    extent: 400,
    base: R,
  };
}

function drawHoops(scene: Scene): Piece {
  const { rng } = scene;
  const stone = stoneGradient(scene, scene.accent);
  const spec = specularGradient(scene);
  const withBead = rng.chance(0.75);
  const hoop = (cx: number, cy: number, r: number, rotate: number): string => {
    const gap = 0.16;
    const start = -Math.PI / 2 + gap;
    const end = Math.PI * 1.5 - gap;
    const p = (a: number): Point => ({ x: Math.cos(a) * r, y: Math.sin(a) * r * 1.08 });
    const a = p(start);
    const b = p(end);
    const d = `M${n(a.x)} ${n(a.y)}A${n(r)} ${n(r * 1.08)} 0 1 1 ${n(b.x)} ${n(b.y)}`;
    const post = `M${n(b.x)} ${n(b.y)}L${n(b.x + r * 0.32)} ${n(b.y - r * 0.05)}`;
    const threaded = withBead ? bead(scene, { x: r * 0.1, y: r * 1.08 - 2 }, r * 0.17, stone, spec) : "";
    return `<g transform="translate(${n(cx)} ${n(cy)}) rotate(${n(rotate)})">${tube(scene, d, r * 0.15)}${tube(scene, post, r * 0.05)}${threaded}</g>`;
  };
  const r = rng.range(165, 190);
  return {
    svg: hoop(-r * 0.75, -20, r, rng.range(-14, -4)) + hoop(r * 0.8, 40, r, rng.range(4, 14)),
    focus: { x: r * 0.8, y: 40 + r * 0.9 },
    extent: 430,
  };
}

function pendantBody(scene: Scene, at: Point, style: "drop" | "disc", size: number): string {
  if (style === "drop") {
    const outline = teardropPath(at, size * 0.72, size);
    return cabochon(scene, outline, size * 0.07) + stoneHighlight(scene, { x: at.x, y: at.y + size * 0.1 }, size * 0.72, size);
  }
  const disc = metalSphereGradient(scene);
  const r = size * 0.5;
  return (
    `<circle cx="${n(at.x + 4)}" cy="${n(at.y + 6)}" r="${n(r)}" fill="${scene.metal.deep}"/>` +
    `<circle cx="${n(at.x)}" cy="${n(at.y)}" r="${n(r)}" fill="url(#${disc})"/>` +
    `<circle cx="${n(at.x)}" cy="${n(at.y)}" r="${n(r * 0.82)}" fill="none" stroke="${scene.metal.dark}" stroke-opacity=".45" stroke-width="${n(r * 0.03)}"/>` +
    gem(scene, at, r * 0.42, r * 0.42)
  );
}

function drawPendant(scene: Scene): Piece {
  const { rng } = scene;
  const height = rng.range(620, 700);
  const curve = necklaceCurve(rng.range(300, 340), height, rng.range(120, 160));
  const linkSize = rng.range(12, 15);
  const placed = placeAlong(curve, linkSize * 1.05, true);
  const bottom = curve(0.5);
  const links = chainLinks(scene, placed, linkSize);
  const size = rng.range(150, 190);
  const style = rng.pick(["drop", "disc"] as const);
  // An elongated bail loop drawn over the chain, so the chain reads as threaded through it.
  const bailCentre = { x: bottom.x, y: bottom.y + linkSize * 0.5 };
  const bailRx = linkSize * 0.75;
  const bailRy = linkSize * 1.6;
  const bail = tube(
    scene,
    `M${n(bailCentre.x - bailRx)} ${n(bailCentre.y)}a${n(bailRx)} ${n(bailRy)} 0 1 0 ${n(2 * bailRx)} 0a${n(bailRx)} ${n(bailRy)} 0 1 0 ${n(-2 * bailRx)} 0`,
    linkSize * 0.45,
  );
  const body = { x: bottom.x, y: bailCentre.y + bailRy + size * 0.46 };
  const top = curve(0);
  const clasp = lobsterClasp(scene, { x: top.x + linkSize * 0.5, y: top.y }, rng.range(-15, 15), linkSize * 4);
  const lift = -(bottom.y + size * 1.2 + curve(0).y) / 2; // centre the whole piece on the origin
  return {
    svg: `<g transform="translate(0 ${n(lift)})">${links + clasp + bail + pendantBody(scene, body, style, size)}</g>`,
    focus: { x: body.x, y: body.y - size * 0.15 + lift },
    extent: 470,
  };
}

function drawCuff(scene: Scene): Piece {
  const { rng } = scene;
  const m = scene.metal;
  const rx = 310;
  const ry = rng.range(95, 120);
  const h = rng.range(90, 130);
  const face = metalGradient(scene, 0);
  const inner = metalGradient(scene, 180, 0.5);
  const clipId = uid(scene, "clip");
  const floorShade = uid(scene, "floor");
  scene.defs.push(
    `<clipPath id="${clipId}"><ellipse cx="0" cy="${n(-h / 2)}" rx="${rx}" ry="${n(ry)}"/></clipPath>`,
    `<radialGradient id="${floorShade}">${stops([
      [0, "#000000", 0.32],
      [1, "#000000", 0.12],
    ])}</radialGradient>`,
  );
  const opening =
    `<g clip-path="url(#${clipId})"><rect x="${-rx}" y="${n(-h / 2 - ry)}" width="${rx * 2}" height="${n(ry * 2 + h)}" fill="url(#${inner})"/>` +
    `<ellipse cx="0" cy="${n(h / 2)}" rx="${rx - 10}" ry="${n(ry - 6)}" fill="url(#${floorShade})"/></g>`;
  const frontPath =
    `M${-rx} ${n(-h / 2)}A${rx} ${n(ry)} 0 0 0 ${rx} ${n(-h / 2)}L${rx} ${n(h / 2)}A${rx} ${n(ry)} 0 0 1 ${-rx} ${n(h / 2)}Z`;
  const rim = `<ellipse cx="0" cy="${n(-h / 2)}" rx="${rx}" ry="${n(ry)}" fill="none" stroke="${m.light}" stroke-width="6"/>`;
  const lowerRim = `<path d="M${-rx} ${n(h / 2)}A${rx} ${n(ry)} 0 0 0 ${rx} ${n(h / 2)}" fill="none" stroke="${m.deep}" stroke-width="5"/>`;
  const stoneCount = rng.pick([3, 5, 7]);
  const stones = Array.from({ length: stoneCount }, (_, k) => {
    const a = Math.PI / 2 + (k - (stoneCount - 1) / 2) * 0.26;
    const x = Math.cos(a) * rx;
    const y = Math.sin(a) * ry;
    const fore = Math.sin(a);
    const size = k === (stoneCount - 1) / 2 ? 40 : 28;
    return (
      `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n((size + 9) * fore)}" ry="${n(size + 9)}" fill="${m.deep}"/>` +
      `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n((size + 6) * fore)}" ry="${n(size + 6)}" fill="${m.light}"/>` +
      gem(scene, { x, y }, size * fore, size)
    );
  }).join("");
  return {
    svg:
      opening +
      `<path d="${frontPath}" fill="${m.deep}" transform="translate(3 6)"/>` +
      `<path d="${frontPath}" fill="url(#${face})"/>` +
      rim +
      lowerRim +
      stones,
    focus: { x: 0, y: ry * 0.9 },
    extent: 380,
    base: h / 2 + ry,
  };
}

function drawStuds(scene: Scene): Piece {
  const { rng } = scene;
  const m = scene.metal;
  const r = rng.range(105, 125);
  const bezel = rng.chance(0.5);
  const stud = (at: Point): string => {
    const settingGrad = metalGradient(scene, 30);
    const setting = bezel
      ? `<circle cx="${n(at.x + 4)}" cy="${n(at.y + 6)}" r="${n(r * 1.2)}" fill="${m.deep}"/><circle cx="${n(at.x)}" cy="${n(at.y)}" r="${n(r * 1.18)}" fill="url(#${settingGrad})"/><circle cx="${n(at.x)}" cy="${n(at.y)}" r="${n(r * 1.03)}" fill="${m.deep}"/>`
      : "";
    const prongs = bezel
      ? ""
      : [45, 135, 225, 315]
          .map((deg) => {
            const a = (deg * Math.PI) / 180;
            const p = { x: at.x + Math.cos(a) * r * 0.92, y: at.y + Math.sin(a) * r * 0.92 };
            return `<ellipse cx="${n(p.x)}" cy="${n(p.y)}" rx="${n(r * 0.14)}" ry="${n(r * 0.17)}" fill="${m.deep}" transform="rotate(${deg} ${n(p.x)} ${n(p.y)})"/><ellipse cx="${n(p.x - 2)}" cy="${n(p.y - 2)}" rx="${n(r * 0.1)}" ry="${n(r * 0.13)}" fill="${m.light}" transform="rotate(${deg} ${n(p.x)} ${n(p.y)})"/>`;
          })
          .join("");
    return setting + gem(scene, at, r, r) + prongs;
  };
  const a = { x: -r * 1.35, y: -r * 0.55 };
  const b = { x: r * 1.35, y: r * 0.6 };
  const postAngle = rng.range(20, 50);
  const post = tube(scene, `M${n(b.x)} ${n(b.y)}l${n(Math.cos((postAngle * Math.PI) / 180) * r * 1.7)} ${n(Math.sin((postAngle * Math.PI) / 180) * r * 1.7)}`, r * 0.12);
  return { svg: post + stud(a) + stud(b), focus: a, extent: 360 };
}

function drawDrops(scene: Scene): Piece {
  const { rng } = scene;
  const size = rng.range(190, 230);
  const style = rng.pick(["drop", "bead"] as const);
  const stone = stoneGradient(scene, scene.accent);
  const spec = specularGradient(scene);
  const metalBead = metalSphereGradient(scene);
  const earring = (x: number, y: number, rotate: number): string => {
    const hook = `M0 -150C0 -260 20 -330 80 -330C140 -330 150 -270 140 -220C132 -180 118 -150 112 -120`;
    const drop =
      style === "drop"
        ? cabochon(scene, teardropPath({ x: 0, y: size * 0.4 }, size * 0.66, size), size * 0.06) +
          stoneHighlight(scene, { x: 0, y: size * 0.5 }, size * 0.66, size)
        : bead(scene, { x: 0, y: size * 0.35 }, size * 0.42, stone, spec);
    return (
      `<g transform="translate(${n(x)} ${n(y)}) rotate(${n(rotate)})">` +
      tube(scene, hook, 11) +
      jumpRing(scene, { x: 0, y: -135 }, 16, 7) +
      bead(scene, { x: 0, y: -100 }, 20, metalBead, spec) +
      tube(scene, `M0 -80L0 ${n(size * 0.4 - size * 0.55)}`, 8) +
      drop +
      `</g>`
    );
  };
  return {
    svg: earring(-170, -40, rng.range(-6, 2)) + earring(170, 30, rng.range(-2, 6)),
    focus: { x: -170, y: -40 + size * 0.05 },
    extent: 420,
    closeUp: 0.72,
  };
}

const UPRIGHT_KINDS: ReadonlySet<ArtKind> = new Set(["ring", "cuff"]);
const PROP_SQUASH = 0.62;
const HERO_SQUASH = 0.5;

const DRAWERS: Record<ArtKind, (scene: Scene) => Piece> = {
  beaded: drawBeaded,
  chain: drawChain,
  ring: drawRing,
  hoop: drawHoops,
  pendant: drawPendant,
  cuff: drawCuff,
  stud: drawStuds,
  drop: drawDrops,
};

// ---------------------------------------------------------------------------
// Backdrops and props
// ---------------------------------------------------------------------------

function backdrop(scene: Scene, width: number, height: number, palette: Backdrop): string {
  const { rng } = scene;
  const base = uid(scene, "bg");
  const glow = uid(scene, "glow");
  const vignette = uid(scene, "vig");
  scene.defs.push(
    `<linearGradient id="${base}" x1="0" y1="0" x2="${n(rng.range(0.1, 0.35))}" y2="1">${stops([
      [0, palette.top],
      [0.55, mix(palette.top, palette.bottom, 0.45)],
      [1, palette.bottom],
    ])}</linearGradient>`,
    `<radialGradient id="${glow}" cx="${n(rng.range(0.25, 0.45))}" cy="${n(rng.range(0.2, 0.35))}" r=".7">${stops([
      [0, palette.glow, 0.75],
      [0.6, palette.glow, 0.15],
      [1, palette.glow, 0],
    ])}</radialGradient>`,
    `<radialGradient id="${vignette}" cx=".5" cy=".45" r=".8">${stops([
      [0.55, palette.shadow, 0],
      [1, palette.shadow, 0.22],
    ])}</radialGradient>`,
  );
  return (
    `<rect width="${width}" height="${height}" fill="url(#${base})"/>` +
    `<rect width="${width}" height="${height}" fill="url(#${glow})"/>` +
    windowLight(scene, width, height, palette) +
    `<rect width="${width}" height="${height}" fill="url(#${vignette})"/>`
  );
}

/** Soft diagonal bands of light, as if through a window out of frame (gradients, not blur: far cheaper). */
function windowLight(scene: Scene, width: number, height: number, palette: Backdrop): string {
  const { rng } = scene;
  const band = uid(scene, "band");
  scene.defs.push(
    `<linearGradient id="${band}" x1="0" y1="0" x2="1" y2="0">${stops([
      [0, palette.glow, 0],
      [0.35, palette.glow, 0.9],
      [0.65, palette.glow, 0.9],
      [1, palette.glow, 0],
    ])}</linearGradient>`,
  );
  const lean = rng.range(18, 28);
  const diagonal = Math.hypot(width, height);
  return Array.from({ length: 2 }, (_, i) => {
    const x = width * (0.08 + i * 0.34 + rng.range(0, 0.08));
    const w = width * rng.range(0.14, 0.22);
    return `<rect x="${n(x)}" y="${n(-diagonal * 0.25)}" width="${n(w)}" height="${n(diagonal * 1.5)}" fill="url(#${band})" opacity="${n(rng.range(0.16, 0.28))}" transform="rotate(${n(lean)} ${n(x)} 0)"/>`;
  }).join("");
}

function softSpot(scene: Scene, colour: string, opacity: number): string {
  const id = uid(scene, "spot");
  scene.defs.push(
    `<radialGradient id="${id}">${stops([
      [0, colour, opacity],
      [0.55, colour, opacity * 0.6],
      [1, colour, 0],
    ])}</radialGradient>`,
  );
  return id;
}

function bokeh(scene: Scene, width: number, height: number, palette: Backdrop): string {
  const { rng } = scene;
  return Array.from({ length: 8 }, () => {
    const spot = softSpot(scene, palette.glow, rng.range(0.25, 0.55));
    return `<circle cx="${n(rng.range(0, width))}" cy="${n(rng.range(0, height * 0.6))}" r="${n(rng.range(60, 170))}" fill="url(#${spot})"/>`;
  }).join("");
}

type PropResult = { svg: string; top: Point; scale: number };

/** A lidded gift box seen from slightly above, with a ribbon band; the piece sits on the lid. */
function giftBox(scene: Scene, width: number, height: number, palette: Backdrop): PropResult {
  const { rng } = scene;
  const tone = rng.pick(["#f6f1e9", "#ebdfcf", mix(scene.accent, "#efe6da", 0.7), "#d8c7b0", "#c9b29a"]);
  const cx = width / 2 + rng.range(-25, 25);
  const boxW = width * 0.78;
  const depth = boxW * 0.5;
  const lidH = height * 0.05;
  const bodyH = height * 0.11;
  const topY = height * 0.56;
  const inset = boxW * 0.07;
  const lidGrad = uid(scene, "lid");
  const sideGrad = uid(scene, "side");
  const shadow = softSpot(scene, palette.shadow, 0.6);
  scene.defs.push(
    `<linearGradient id="${lidGrad}" x1="0" y1="0" x2=".35" y2="1">${stops([
      [0, lighten(tone, 0.3)],
      [1, mix(tone, palette.shadow, 0.06)],
    ])}</linearGradient>`,
    `<linearGradient id="${sideGrad}" x1="0" y1="0" x2="1" y2="0">${stops([
      [0, darken(tone, 0.2)],
      [0.45, darken(tone, 0.08)],
      [1, darken(tone, 0.26)],
    ])}</linearGradient>`,
  );
  const back = topY - depth / 2;
  const front = topY + depth / 2;
  const x0 = cx - boxW / 2;
  const x1 = cx + boxW / 2;
  const lidTop = `M${n(x0 + inset)} ${n(back)}L${n(x1 - inset)} ${n(back)}L${n(x1)} ${n(front)}L${n(x0)} ${n(front)}Z`;
  const lidFront = `M${n(x0)} ${n(front)}L${n(x1)} ${n(front)}L${n(x1)} ${n(front + lidH)}L${n(x0)} ${n(front + lidH)}Z`;
  const bodyFront = `M${n(x0 + 10)} ${n(front + lidH)}L${n(x1 - 10)} ${n(front + lidH)}L${n(x1 - 10)} ${n(front + lidH + bodyH)}L${n(x0 + 10)} ${n(front + lidH + bodyH)}Z`;
  const ground = `<ellipse cx="${n(cx + 30)}" cy="${n(front + lidH + bodyH)}" rx="${n(boxW * 0.62)}" ry="${n(bodyH * 0.55)}" fill="url(#${shadow})"/>`;
  const ribbon = ribbonBand(scene, tone, { back, front, bottom: front + lidH + bodyH, x: cx + boxW * rng.range(0.18, 0.26), inset: inset * 0.24 });
  return {
    svg:
      ground +
      `<path d="${bodyFront}" fill="url(#${sideGrad})"/>` +
      `<path d="${bodyFront}" fill="${palette.shadow}" opacity=".18"/>` +
      `<path d="${lidFront}" fill="url(#${sideGrad})"/>` +
      `<line x1="${n(x0)}" y1="${n(front + lidH)}" x2="${n(x1)}" y2="${n(front + lidH)}" stroke="${darken(tone, 0.4)}" stroke-width="3"/>` +
      `<path d="${lidTop}" fill="url(#${lidGrad})"/>` +
      `<path d="M${n(x0)} ${n(front)}L${n(x1)} ${n(front)}" stroke="${lighten(tone, 0.5)}" stroke-width="3"/>` +
      ribbon,
    top: { x: cx - boxW * 0.06, y: topY + depth * 0.05 },
    scale: 0.56,
  };
}

type BoxEdges = { back: number; front: number; bottom: number; x: number; inset: number };

/** A satin ribbon running front-to-back over the lid and down the front of the box. */
function ribbonBand(scene: Scene, boxTone: string, box: BoxEdges): string {
  const colour = scene.rng.pick([mix(scene.accent, "#b9a48c", 0.35), "#b99a7a", "#8c6f5c", lighten(scene.accent, 0.15)]);
  const satin = uid(scene, "satin");
  scene.defs.push(
    `<linearGradient id="${satin}" x1="0" y1="0" x2="1" y2="0">${stops([
      [0, darken(colour, 0.18)],
      [0.35, lighten(colour, 0.28)],
      [0.55, colour],
      [1, darken(colour, 0.22)],
    ])}</linearGradient>`,
  );
  const w = 78;
  const topW = w * 0.8;
  const lean = box.inset * 0.6;
  const onLid = `M${n(box.x - topW / 2 - lean)} ${n(box.back)}L${n(box.x + topW / 2 - lean)} ${n(box.back)}L${n(box.x + w / 2)} ${n(box.front)}L${n(box.x - w / 2)} ${n(box.front)}Z`;
  const down = `M${n(box.x - w / 2)} ${n(box.front)}L${n(box.x + w / 2)} ${n(box.front)}L${n(box.x + w / 2)} ${n(box.bottom)}L${n(box.x - w / 2)} ${n(box.bottom)}Z`;
  return (
    `<path d="${onLid}" fill="url(#${satin})"/>` +
    `<path d="${down}" fill="url(#${satin})"/>` +
    `<path d="${down}" fill="${darken(boxTone, 0.5)}" opacity=".22"/>`
  );
}

const CLOTH_TONES = ["#b9c1aa", "#d9b9ad", "#e3d4be", "#aab3bc", "#c99d86", "#8f8a82"] as const;

/** Fine woven texture: warp and weft threads as two multi-segment paths (an SVG <pattern> costs ~2 s in librsvg). */
function weave(tone: string, box: { x: number; y: number; width: number; height: number }): string {
  const pitch = 6;
  const rows: string[] = [];
  for (let y = box.y; y < box.y + box.height; y += pitch) rows.push(`M${n(box.x)} ${n(y)}h${n(box.width)}`);
  const cols: string[] = [];
  for (let x = box.x; x < box.x + box.width; x += pitch) cols.push(`M${n(x)} ${n(box.y)}v${n(box.height)}`);
  return (
    `<path d="${rows.join("")}" stroke="${lighten(tone, 0.45)}" stroke-opacity=".16" stroke-width="2.2"/>` +
    `<path d="${cols.join("")}" stroke="${darken(tone, 0.35)}" stroke-opacity=".09" stroke-width="2"/>`
  );
}

/** A folded linen napkin seen from above at an angle: crease, soft wrinkles, hem stitching, layered edge. */
function foldedCloth(scene: Scene, width: number, height: number, palette: Backdrop): PropResult {
  const { rng } = scene;
  const tone = mix(rng.pick(CLOTH_TONES), palette.top, 0.2);
  const cx = width / 2 + rng.range(-20, 20);
  const cy = height * 0.62;
  const halfW = width * 0.43;
  const depth = height * 0.25;
  const narrow = width * 0.07;
  const turn = rng.range(-6, 6);
  const upper = uid(scene, "clothA");
  const lower = uid(scene, "clothB");
  const clip = uid(scene, "clothClip");
  scene.defs.push(
    `<linearGradient id="${upper}" x1="0" y1="0" x2=".4" y2="1">${stops([
      [0, lighten(tone, 0.26)],
      [1, lighten(tone, 0.06)],
    ])}</linearGradient>`,
    `<linearGradient id="${lower}" x1="0" y1="0" x2=".3" y2="1">${stops([
      [0, darken(tone, 0.12)],
      [0.2, tone],
      [1, darken(tone, 0.06)],
    ])}</linearGradient>`,
  );
  const back = cy - depth;
  const crease = cy - depth * 0.12;
  const front = cy + depth;
  const left = (y: number): number => cx - halfW + (narrow * (front - y)) / (front - back);
  const right = (y: number): number => cx + halfW - (narrow * (front - y)) / (front - back);
  const quad = (y0: number, y1: number): string =>
    `M${n(left(y0))} ${n(y0)}L${n(right(y0))} ${n(y0)}L${n(right(y1))} ${n(y1)}L${n(left(y1))} ${n(y1)}Z`;
  const whole = quad(back, front);
  scene.defs.push(`<clipPath id="${clip}"><path d="${whole}"/></clipPath>`);
  const rounded = (d: string, fill: string): string =>
    `<path d="${d}" fill="${fill}" stroke="${fill}" stroke-width="22" stroke-linejoin="round"/>`;
  const layers = [3, 2, 1]
    .map((k) => `<path d="M${n(left(front) + 6)} ${n(front + k * 8)}L${n(right(front) - 6)} ${n(front + k * 8)}" stroke="${darken(tone, 0.08 + k * 0.07)}" stroke-width="14" stroke-linecap="round"/>`)
    .join("");
  const wrinkles = Array.from({ length: 4 }, (_, i) => {
    const light = softSpot(scene, i % 2 === 0 ? "#ffffff" : darken(tone, 0.5), i % 2 === 0 ? 0.32 : 0.16);
    const x = cx + rng.range(-halfW * 0.7, halfW * 0.7);
    const y = rng.range(back + depth * 0.2, front - depth * 0.2);
    return `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(rng.range(160, 300))}" ry="${n(rng.range(26, 44))}" fill="url(#${light})" transform="rotate(${n(rng.range(-25, 25))} ${n(x)} ${n(y)})"/>`;
  }).join("");
  const hemInset = 30;
  const hem = `<path d="M${n(left(back) + hemInset)} ${n(back + hemInset * 0.7)}L${n(right(back) - hemInset)} ${n(back + hemInset * 0.7)}L${n(right(front) - hemInset)} ${n(front - hemInset)}L${n(left(front) + hemInset)} ${n(front - hemInset)}Z" fill="none" stroke="${darken(tone, 0.22)}" stroke-opacity=".45" stroke-width="3" stroke-dasharray="12 9"/>`;
  const shadow = softSpot(scene, palette.shadow, 0.6);
  return {
    svg:
      `<ellipse cx="${n(cx + 40)}" cy="${n(front + 30)}" rx="${n(halfW * 1.12)}" ry="${n(depth * 0.4)}" fill="url(#${shadow})"/>` +
      `<g transform="rotate(${n(turn)} ${n(cx)} ${n(cy)})">` +
      layers +
      rounded(quad(crease, front), `url(#${lower})`) +
      rounded(quad(back, crease), `url(#${upper})`) +
      `<g clip-path="url(#${clip})">${weave(tone, { x: 0, y: back - 20, width, height: front - back + 40 })}${wrinkles}</g>` +
      hem +
      `<path d="M${n(left(crease) - 8)} ${n(crease)}L${n(right(crease) + 8)} ${n(crease)}" stroke="${lighten(tone, 0.5)}" stroke-width="5" stroke-linecap="round"/>` +
      `<path d="M${n(left(crease))} ${n(crease + 6)}L${n(right(crease))} ${n(crease + 6)}" stroke="${darken(tone, 0.25)}" stroke-opacity=".45" stroke-width="5"/>` +
      `</g>`,
    top: { x: cx, y: cy + depth * 0.1 },
    scale: 0.6,
  };
}

/** A shallow glazed ceramic dish for the hero composition. */
function ceramicDish(scene: Scene, at: Point, rx: number, palette: Backdrop): string {
  const ry = rx * 0.34;
  const glaze = scene.rng.pick(["#f3eee6", "#e7ddd0", "#d9d2c4", mix(scene.accent, "#efe7dc", 0.78)]);
  const outer = uid(scene, "dish");
  const inner = uid(scene, "dishin");
  const shadow = softSpot(scene, palette.shadow, 0.5);
  scene.defs.push(
    `<linearGradient id="${outer}" x1="0" y1="0" x2="0" y2="1">${stops([
      [0, lighten(glaze, 0.3)],
      [1, darken(glaze, 0.2)],
    ])}</linearGradient>`,
    `<radialGradient id="${inner}" cx=".45" cy=".4" r=".65">${stops([
      [0, lighten(glaze, 0.35)],
      [0.7, glaze],
      [1, darken(glaze, 0.12)],
    ])}</radialGradient>`,
  );
  return (
    `<ellipse cx="${n(at.x + 40)}" cy="${n(at.y + ry * 0.75)}" rx="${n(rx * 1.15)}" ry="${n(ry * 0.95)}" fill="url(#${shadow})"/>` +
    `<path d="M${n(at.x - rx)} ${n(at.y)}C${n(at.x - rx)} ${n(at.y + ry * 1.35)} ${n(at.x + rx)} ${n(at.y + ry * 1.35)} ${n(at.x + rx)} ${n(at.y)}Z" fill="url(#${outer})"/>` +
    `<ellipse cx="${n(at.x)}" cy="${n(at.y)}" rx="${n(rx)}" ry="${n(ry)}" fill="${lighten(glaze, 0.3)}"/>` +
    `<ellipse cx="${n(at.x)}" cy="${n(at.y + ry * 0.06)}" rx="${n(rx * 0.92)}" ry="${n(ry * 0.86)}" fill="url(#${inner})"/>`
  );
}

/**
 * Silhouette of a leafy branch between the window and the set. Drawn in black; the compositor
 * blurs it and tints it with the backdrop's shadow colour.
 */
function leafShadows(rng: Rng, width: number, height: number, fromRight = rng.chance(0.6)): string {
  const unit = Math.max(width, height) / 2000;
  const start = { x: fromRight ? width * 1.05 : -width * 0.05, y: rng.range(-0.05, 0.15) * height };
  const end = { x: fromRight ? width * rng.range(0.45, 0.6) : width * rng.range(0.4, 0.55), y: height * rng.range(0.35, 0.5) };
  const ctrl = { x: (start.x + end.x) / 2, y: start.y + height * rng.range(0.05, 0.2) };
  const at = (t: number): Point => ({
    x: (1 - t) * (1 - t) * start.x + 2 * (1 - t) * t * ctrl.x + t * t * end.x,
    y: (1 - t) * (1 - t) * start.y + 2 * (1 - t) * t * ctrl.y + t * t * end.y,
  });
  const stem = `<path d="M${n(start.x)} ${n(start.y)}Q${n(ctrl.x)} ${n(ctrl.y)} ${n(end.x)} ${n(end.y)}" stroke="#000" stroke-width="${n(7 * unit)}" fill="none"/>`;
  const count = 22;
  const leaves = Array.from({ length: count }, (_, i) => {
    const t = 0.06 + (i / count) * 0.94;
    const p = at(t);
    const q = at(Math.min(1, t + 0.01));
    const tangent = (Math.atan2(q.y - p.y, q.x - p.x) * 180) / Math.PI;
    const side = i % 2 === 0 ? 1 : -1;
    const length = rng.range(170, 250) * unit * (0.65 + 0.35 * t);
    const angle = tangent + side * rng.range(35, 60);
    const rad = (angle * Math.PI) / 180;
    const cxLeaf = p.x + Math.cos(rad) * length * 0.55;
    const cyLeaf = p.y + Math.sin(rad) * length * 0.55;
    return `<ellipse cx="${n(cxLeaf)}" cy="${n(cyLeaf)}" rx="${n(length * 0.55)}" ry="${n(length * 0.24)}" transform="rotate(${n(angle)} ${n(cxLeaf)} ${n(cyLeaf)})"/>`;
  }).join("");
  return stem + leaves;
}

// ---------------------------------------------------------------------------
// Composition and rendering
// ---------------------------------------------------------------------------

type Placement = { at: Point; scale: number; rotate: number; focus?: Point; squash?: number };

function placePiece(piece: Piece, { at, scale, rotate, focus, squash = 1 }: Placement): string {
  const origin = focus ?? { x: 0, y: 0 };
  const exact = (value: number): string => (Math.round(value * 1000) / 1000).toString();
  return (
    `<g transform="translate(${n(at.x)} ${n(at.y)}) scale(${exact(scale)} ${exact(scale * squash)}) rotate(${n(rotate)}) translate(${n(-origin.x)} ${n(-origin.y)})">` +
    `${piece.svg}</g>`
  );
}

/** On a surface seen at an angle: flat pieces are foreshortened, upright ones stand on their base. */
function placeOnSurface(piece: Piece, surface: Point, scale: number, rotate: number, squash: number): string {
  if (piece.base === undefined) return placePiece(piece, { at: surface, scale, rotate, squash });
  return placePiece(piece, { at: { x: surface.x, y: surface.y - piece.base * scale }, scale, rotate: rotate * 0.3 });
}

function svgDocument(width: number, height: number, scene: Scene, body: string, outputScale = 1): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(width * outputScale)}" height="${Math.round(height * outputScale)}" viewBox="0 0 ${width} ${height}">` +
    `<defs>${scene.defs.join("")}</defs>${body}</svg>`
  );
}

function newScene(seed: string, metal: ArtMetal, accent: string): Scene {
  return { defs: [], rng: createRng(seed), metal: METAL_TONES[metal], accent: normaliseHex(accent), nextId: 0, sphereStretch: 1 };
}

/** Fine film grain so flat gradients don't band and the image reads as a photograph. */
function grain(rng: Rng, width: number, height: number, strength: number): Buffer {
  const data = Buffer.alloc(width * height * 4);
  let state = Math.floor(rng.next() * 2 ** 31) | 1;
  for (let i = 0; i < data.length; i += 4) {
    // xorshift: the shared rng is too slow for millions of pixels.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const v = 128 + ((state & 255) - 128) * 0.5;
    data[i] = v;
    data[i + 1] = v;
    data[i + 2] = v;
    data[i + 3] = strength;
  }
  return data;
}

/** Background (backdrop and props) and subject (the jewellery) are rendered separately so the subject's shadow can be made cheaply. */
type Composition = {
  width: number;
  height: number;
  background: string;
  subject: string;
  /** Optional black silhouettes cast onto the set (e.g. leaves), blurred into soft shadows. */
  gobo?: string;
  shadowColour: string;
  spread: number;
};

type Raw = { data: Buffer; width: number; height: number };

const SHADOW_DOWNSCALE = 4;

async function renderRaw(svg: string): Promise<Raw> {
  const { data, info } = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Alpha channel of an RGBA raster, moved by (dx, dy) whole pixels. */
function shiftedAlpha(image: Raw, dx: number, dy: number): Buffer {
  const out = Buffer.alloc(image.width * image.height);
  for (let y = Math.max(0, dy); y < image.height; y++) {
    const sourceRow = (y - dy) * image.width;
    for (let x = Math.max(0, dx); x < image.width; x++) {
      out[y * image.width + x] = image.data[(sourceRow + x - dx) * 4 + 3] ?? 0;
    }
  }
  return out;
}

/**
 * A tinted, blurred, offset copy of the subject's silhouette. librsvg's feGaussianBlur over a
 * 1600x2000 canvas costs ~1 s, so blur a quarter-size silhouette with libvips instead.
 * (Separate sharp pipelines because sharp runs resize before blur regardless of call order.)
 */
async function shadowLayer(mask: Raw, full: { width: number; height: number }, colour: string, blur: number, offset: Point, opacity: number): Promise<Buffer> {
  const small = { width: mask.width, height: mask.height, channels: 1 as const };
  const shifted = shiftedAlpha(mask, Math.round(offset.x / SHADOW_DOWNSCALE), Math.round(offset.y / SHADOW_DOWNSCALE));
  const blurred = await sharp(shifted, { raw: small })
    .blur(Math.max(0.3, blur / SHADOW_DOWNSCALE))
    .linear(opacity, 0)
    .toColourspace("b-w") // otherwise sharp widens one-channel output to sRGB
    .raw({ depth: "uchar" })
    .toBuffer();
  const alpha = await sharp(blurred, { raw: small })
    .resize(full.width, full.height, { kernel: "linear" })
    .toColourspace("b-w")
    .raw()
    .toBuffer();
  return sharp({ create: { width: full.width, height: full.height, channels: 3, background: colour } })
    .joinChannel(alpha, { raw: { width: full.width, height: full.height, channels: 1 } })
    .raw()
    .toBuffer();
}

async function goboLayer(scene: Scene, composition: Composition): Promise<Buffer[]> {
  if (!composition.gobo) return [];
  const mask = await renderRaw(svgDocument(composition.width, composition.height, scene, composition.gobo, 1 / SHADOW_DOWNSCALE));
  return [await shadowLayer(mask, composition, composition.shadowColour, 20, { x: 0, y: 0 }, 0.15)];
}

async function renderComposition(scene: Scene, composition: Composition): Promise<Buffer> {
  const { width, height, spread, shadowColour } = composition;
  const raw = { raw: { width, height, channels: 4 as const } };
  const [background, subject, mask, gobo] = await Promise.all([
    renderRaw(svgDocument(width, height, scene, composition.background)),
    renderRaw(svgDocument(width, height, scene, composition.subject)),
    renderRaw(svgDocument(width, height, scene, composition.subject, 1 / SHADOW_DOWNSCALE)),
    goboLayer(scene, composition),
  ]);
  const [soft, contact] = await Promise.all([
    shadowLayer(mask, composition, shadowColour, spread, { x: spread * 0.45, y: spread * 0.9 }, 0.42),
    shadowLayer(mask, composition, shadowColour, spread * 0.16, { x: spread * 0.08, y: spread * 0.2 }, 0.55),
  ]);
  return sharp(background.data, raw)
    .composite([
      ...gobo.map((layer) => ({ input: layer, ...raw })),
      { input: soft, ...raw },
      { input: contact, ...raw },
      { input: subject.data, ...raw },
      { input: grain(scene.rng, width, height, 40), ...raw, blend: "soft-light" as const },
    ])
    .removeAlpha()
    .png({ compressionLevel: 6 })
    .toBuffer();
}

type Staged = { subject: string; scale: number; extraBackground: string };

/** Frames the piece for one of the three product views. */
function stageView(scene: Scene, piece: Piece, view: 0 | 1 | 2, palette: Backdrop, rotate: number): Staged {
  const { width, height } = PRODUCT_SIZE;
  const centre = { x: width / 2, y: height / 2 };
  const baseScale = (width * 0.42) / piece.extent;
  if (view === 0) {
    return { subject: placePiece(piece, { at: centre, scale: baseScale, rotate }), scale: baseScale, extraBackground: "" };
  }
  if (view === 1) {
    const extraBackground = bokeh(scene, width, height, palette);
    const scale = baseScale * scene.rng.range(2.1, 2.5) * (piece.closeUp ?? 1);
    const subject = placePiece(piece, { at: centre, scale, rotate: rotate * 0.5, focus: piece.focus });
    return { subject, scale, extraBackground };
  }
  const prop = scene.rng.chance(0.5) ? giftBox(scene, width, height, palette) : foldedCloth(scene, width, height, palette);
  const scale = baseScale * prop.scale;
  const subject = placeOnSurface(piece, prop.top, scale, rotate + scene.rng.range(-6, 6), PROP_SQUASH);
  return { subject, scale, extraBackground: prop.svg };
}

export async function renderProductArt(options: ProductArtOptions): Promise<Buffer> {
  const { width, height } = PRODUCT_SIZE;
  const scene = newScene(`${options.seed}:${options.kind}`, options.metal, options.accent);
  const lying = options.view === 2 && !UPRIGHT_KINDS.has(options.kind);
  scene.sphereStretch = lying ? 1 / PROP_SQUASH : 1;
  const piece = DRAWERS[options.kind](scene);

  scene.rng = createRng(`${options.seed}:backdrop`);
  const palette = pickBackdrop(scene.rng);
  const backdropSvg = backdrop(scene, width, height, palette);
  const rotate = scene.rng.range(-8, 8);
  const leaves = leafShadows(scene.rng, width, height);
  const gobo = scene.rng.chance(0.45) && options.view !== 1 ? leaves : undefined;

  scene.rng = createRng(`${options.seed}:view${options.view}`);
  const staged = stageView(scene, piece, options.view, palette, rotate);
  return renderComposition(scene, {
    width,
    height,
    background: backdropSvg + staged.extraBackground,
    subject: staged.subject,
    gobo,
    shadowColour: palette.shadow,
    spread: 30 * Math.sqrt(staged.scale),
  });
}

export async function renderHeroArt(options: HeroArtOptions): Promise<Buffer> {
  const { width, height } = HERO_SIZE;
  const seedRng = createRng(`${options.seed}:hero-metal`);
  const metal = seedRng.pick(["Gold vermeil", "Gold vermeil", "Sterling silver", "Rose gold vermeil", "Brass"] as const);
  const scene = newScene(`${options.seed}:${options.kind}`, metal, options.accent);
  scene.sphereStretch = UPRIGHT_KINDS.has(options.kind) ? 1 : 1 / HERO_SQUASH;
  const piece = DRAWERS[options.kind](scene);
  scene.rng = createRng(`${options.seed}:hero`);
  const palette = pickBackdrop(scene.rng);
  // Keep the left ~45% calm so a headline can sit over it.
  const dishRx = width * 0.17;
  const dishAt = { x: width * scene.rng.range(0.68, 0.72), y: height * 0.66 };
  const upright = piece.base !== undefined;
  const scale = (dishRx * (upright ? 0.5 : 0.85)) / piece.extent;
  scene.sphereStretch = 1; // loose beads are drawn straight onto the canvas
  const looseStone = stoneGradient(scene, scene.accent);
  const spec = specularGradient(scene);
  const loose = Array.from({ length: scene.rng.int(3, 5) }, () =>
    bead(scene, { x: dishAt.x - dishRx * scene.rng.range(1.15, 1.5), y: dishAt.y + height * scene.rng.range(0.06, 0.18) }, scene.rng.range(15, 22), looseStone, spec),
  ).join("");
  const subject =
    placeOnSurface(piece, { x: dishAt.x, y: dishAt.y + dishRx * (upright ? 0.12 : 0.02) }, scale, scene.rng.range(-10, 10), HERO_SQUASH) + loose;
  return renderComposition(scene, {
    width,
    height,
    background: backdrop(scene, width, height, palette) + ceramicDish(scene, dishAt, dishRx, palette),
    subject,
    gobo: leafShadows(scene.rng, width, height, true),
    shadowColour: palette.shadow,
    spread: 30 * Math.sqrt(scale),
  });
}
