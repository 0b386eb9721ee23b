// Demo shop content for Belonging: products, collections, articles and maker profiles.
// All copy is original. Makers are credited as professionals; copy is about craft,
// materials, skill, community and fair work.

export type MakerKey = "amara" | "sol" | "noor";
export type Metal = "Gold vermeil" | "Sterling silver" | "Rose gold vermeil" | "Brass";
export type Category = "bracelet" | "necklace" | "earrings" | "ring" | "anklet";
export type ArtKind = "beaded" | "chain" | "ring" | "hoop" | "pendant" | "cuff" | "stud" | "drop";
export type SeedVariant = {
  metal: Metal;
  size?: string;
  length?: string;
  price: number /* integer US cents */;
  stock: number;
};
export type SeedProduct = {
  handle: string; // url slug, lowercase-hyphen, unique
  name: string; // e.g. "Lumen bracelet"
  category: Category;
  art: ArtKind; // which illustration style the image generator draws
  accent: string; // a hex colour for beads/stones, e.g. "#2f6f73"
  summary: string; // one sentence, <= 140 chars
  description: string; // 2 short paragraphs separated by a blank line (plain text)
  materials: string; // one or two sentences
  care: string; // one or two sentences
  featured: boolean;
  daysSinceLaunch: number; // 1..200, drives "newest" sorting
  moneyBreakdown: { wages: number; materials: number; program: number; operations: number }; // basis points, sum 10000
  makers: MakerKey[]; // who made it, several for a collaboration (public credit depends on consent, not on this file)
  imageAlts: [string, string, string]; // 1) plain backdrop 2) close-up detail 3) worn/styled or gift box
  variants: SeedVariant[]; // 1 to 6 variants
};
export type SeedCollection = {
  handle: string;
  title: string;
  intro: string /* 1-3 sentences */;
  isGift: boolean;
  priceBand?: { minCents?: number; maxCents?: number; label: string /* e.g. "Under $50" */ };
  products?: string[]; // product handles, hand-picked order; omit for price-band collections
  featured: boolean; // shown on the home page
};
export type SeedArticle = {
  slug: string;
  title: string;
  excerpt: string /* <= 200 chars */;
  authorName: string;
  topic: "recovery" | "purpose" | "community" | "dignified-work";
  daysAgo: number;
  readingNote?: string; // optional content note shown before the body
  body: string; // Markdown
  products: string[];
  collections: string[]; // "Shop the story" handles
  heroArt: ArtKind;
  heroAccent: string;
};
export type SeedMakerVersion = {
  displayName: string;
  usesRealName: boolean;
  bio: string;
  quote: string;
  makingSince: number;
  country: string /* ISO 3166 alpha-2 */;
  skills: string[];
};
export type SeedMaker = {
  key: MakerKey;
  internalLabel: string;
  privateNotes: string;
  profile: SeedMakerVersion;
};

// ---------------------------------------------------------------------------
// Small helpers (not exported) to keep variant lists readable.
// ---------------------------------------------------------------------------

const BRACELET_SIZES = ["16 cm", "17 cm", "18 cm"];
const RING_SIZES = ["6", "7", "8"];
const ANKLET_LENGTHS = ["23 cm", "25 cm"];

function bySize(metal: Metal, price: number, sizes: string[], stock: number[]): SeedVariant[] {
  return sizes.map((size, i) => ({ metal, size, price, stock: stock[i] ?? 0 }));
}

function byLength(metal: Metal, price: number, lengths: string[], stock: number[]): SeedVariant[] {
  return lengths.map((length, i) => ({ metal, length, price, stock: stock[i] ?? 0 }));
}

function split(wages: number, materials: number, program: number, operations: number) {
  return { wages, materials, program, operations };
}

// ---------------------------------------------------------------------------
// Products
// ---------------------------------------------------------------------------

export const products: SeedProduct[] = [
  // ----- Bracelets -----
  {
    handle: "lumen-bracelet",
    name: "Lumen bracelet",
    category: "bracelet",
    art: "beaded",
    accent: "#2f6f73",
    summary: "Hand-knotted teal glass beads on silk, finished with a small engraved clasp. Made for stacking or wearing alone.",
    description:
      "The Lumen bracelet starts with a single length of silk cord and around forty hand-picked glass beads in deep teal. Each bead is knotted in place so the strand drapes evenly and keeps its shape, even after years of wear.\n\nOur beading team tests every strand for tension before it is finished with a small engraved clasp. It is the piece many new makers learn on, and one our most experienced makers still love to make.",
    materials:
      "Czech glass beads on braided silk cord, with clasp and findings in sterling silver or gold vermeil (18k gold over sterling silver).",
    care: "Keep dry and take it off before swimming or showering. Store flat in its pouch so the silk keeps its shape.",
    featured: true,
    daysSinceLaunch: 42,
    moneyBreakdown: split(4400, 2000, 1800, 1800),
    makers: ["amara"],
    imageAlts: [
      "A strand of deep teal glass beads with a small silver clasp, laid in a gentle curve on a pale linen backdrop",
      "Close-up of the tiny silk knots between teal beads and the engraved ring of the clasp",
      "The Lumen bracelet worn on a wrist beside two slim silver bangles, hand resting on a wooden table",
    ],
    variants: [
      ...bySize("Sterling silver", 4200, BRACELET_SIZES, [8, 14, 6]),
      ...bySize("Gold vermeil", 5800, BRACELET_SIZES, [5, 9, 2]),
    ],
  },
  {
    handle: "tide-bracelet",
    name: "Tide bracelet",
    category: "bracelet",
    art: "beaded",
    accent: "#4a7fa7",
    summary: "Ocean-blue beads in a soft gradient from navy to sea glass, strung on silk and finished in sterling silver.",
    description:
      "Tide moves from deep navy to pale sea-glass blue across a single strand, the way water changes colour as it reaches the shore. Our makers sort the beads by hand into seven shades before stringing, so no two bracelets are quite the same.\n\nIt is light enough to wear every day and sits beautifully alongside the Meadow and Lumen bracelets in a stack.",
    materials: "Recycled glass beads on braided silk cord with a sterling silver clasp.",
    care: "Avoid water, perfume and lotions. Wipe gently with a dry cloth and store in the pouch provided.",
    featured: false,
    daysSinceLaunch: 88,
    moneyBreakdown: split(4600, 1800, 1800, 1800),
    makers: ["sol"],
    imageAlts: [
      "A beaded bracelet shading from navy to pale blue, arranged in a circle on white paper",
      "Close-up of the gradient where navy beads meet lighter sea-glass blue beads",
      "The Tide bracelet in an open kraft gift box lined with tissue, beside a folded card",
    ],
    variants: bySize("Sterling silver", 3600, BRACELET_SIZES, [12, 18, 9]),
  },
  {
    handle: "ember-cuff",
    name: "Ember cuff",
    category: "bracelet",
    art: "cuff",
    accent: "#b5651d",
    summary: "A hand-forged brass cuff with a warm hammered finish that deepens in tone the more you wear it.",
    description:
      "The Ember cuff is cut from solid brass sheet, domed by hand and textured with a small round-faced hammer. The marks catch the light in a way a machine finish never does, and every cuff carries its own pattern.\n\nThe open back slips over the wrist and can be gently adjusted for a closer fit. Over time brass develops a soft golden patina that many of our customers come to prefer.",
    materials: "Solid recycled brass, hand-forged and sealed with a thin layer of natural wax.",
    care: "Brass darkens naturally. To restore the shine, polish with a soft cloth or a little lemon juice and baking soda, then rinse and dry well.",
    featured: false,
    daysSinceLaunch: 120,
    moneyBreakdown: split(4800, 1400, 1900, 1900),
    makers: ["noor"],
    imageAlts: [
      "A wide brass cuff with a hammered surface, standing on its edge against a warm grey backdrop",
      "Close-up of small overlapping hammer marks across the brass, catching the light",
      "The Ember cuff worn on a forearm below a rolled linen sleeve",
    ],
    variants: bySize("Brass", 5200, BRACELET_SIZES, [7, 10, 4]),
  },
  {
    handle: "willow-chain-bracelet",
    name: "Willow chain bracelet",
    category: "bracelet",
    art: "chain",
    accent: "#c9a227",
    summary: "A fine cable chain with a single polished bead, easy to layer and easy to live in.",
    description:
      "Willow is our simplest chain bracelet: a fine cable chain, a small polished bead and a secure spring clasp. It is designed to disappear into your day and still be noticed when the light catches it.\n\nEvery link is checked and every clasp is tested by hand before the bracelet leaves the bench. It is the kind of piece people forget they are wearing, which is exactly the point.",
    materials: "Sterling silver cable chain, also made in rose gold vermeil or gold vermeil (18k over sterling silver).",
    care: "Take it off before sleeping to avoid tangles. Polish silver with a soft cloth; clean vermeil only with mild soap and water.",
    featured: false,
    daysSinceLaunch: 65,
    moneyBreakdown: split(4000, 2600, 1700, 1700),
    makers: [],
    imageAlts: [
      "A fine gold chain bracelet with a single round bead, lying straight on an ivory backdrop",
      "Close-up of the small polished bead on its cable chain beside the spring clasp",
      "The Willow chain bracelet layered with a beaded bracelet on a wrist holding a coffee cup",
    ],
    variants: [
      ...bySize("Sterling silver", 5400, ["17 cm", "18 cm"], [10, 6]),
      ...bySize("Rose gold vermeil", 7200, ["17 cm", "18 cm"], [4, 0]),
      ...bySize("Gold vermeil", 7800, ["17 cm", "18 cm"], [7, 3]),
    ],
  },
  {
    handle: "harbor-bracelet",
    name: "Harbor bracelet",
    category: "bracelet",
    art: "beaded",
    accent: "#1f3a5f",
    summary: "Navy glass beads with gold vermeil spacers: a polished, grown-up strand for everyday wear.",
    description:
      "Harbor pairs deep navy glass with small gold vermeil spacer beads every few centimetres, giving a steady, even rhythm around the wrist. It was first sketched at the studio's monthly design circle, where makers bring ideas and vote on what goes into production.\n\nEach strand is knotted, measured and finished by one maker from start to end, so the tension and spacing stay consistent all the way round.",
    materials: "Glass beads and gold vermeil spacers (18k gold over sterling silver) on braided silk cord.",
    care: "Remove before swimming or exercise. Store apart from harder pieces so the vermeil spacers stay bright.",
    featured: false,
    daysSinceLaunch: 15,
    moneyBreakdown: split(3900, 2700, 1700, 1700),
    makers: ["amara"],
    imageAlts: [
      "A navy beaded bracelet with small gold spacer beads, curved on a light stone surface",
      "Close-up of a gold vermeil spacer bead sitting between two navy glass beads",
      "The Harbor bracelet resting on the lid of a white gift box tied with cotton ribbon",
    ],
    variants: bySize("Gold vermeil", 6400, BRACELET_SIZES, [1, 5, 2]),
  },
  {
    handle: "meadow-bracelet",
    name: "Meadow bracelet",
    category: "bracelet",
    art: "beaded",
    accent: "#7a9a5b",
    summary: "Soft green beads with tiny silver accents, made for stacking with everything you already own.",
    description:
      "Meadow is a slim strand of sage and moss-green seed beads, dotted with small sterling silver rounds. It is our most requested stacking bracelet, and the one we suggest if you are starting a stack from scratch.\n\nThe beading team makes Meadow in small batches every week, which is why it is one of the pieces you are most likely to find in stock.",
    materials: "Glass seed beads and sterling silver accent beads on braided silk cord.",
    care: "Keep away from water and perfume, and lay flat to store.",
    featured: false,
    daysSinceLaunch: 30,
    moneyBreakdown: split(4700, 1700, 1800, 1800),
    makers: ["sol"],
    imageAlts: [
      "A slim bracelet of sage green seed beads with small silver rounds, laid on a pale backdrop",
      "Close-up of tiny sterling silver accent beads among the green seed beads",
      "Three Meadow bracelets stacked on a wrist next to a leather-strap watch",
    ],
    variants: bySize("Sterling silver", 3400, BRACELET_SIZES, [20, 25, 15]),
  },
  {
    handle: "thread-cuff",
    name: "Thread cuff",
    category: "bracelet",
    art: "cuff",
    accent: "#9aa5ad",
    summary: "A slim open cuff in sterling silver with a fine hand-engraved line, like a single thread of light.",
    description:
      "Thread is shaped from a single bar of sterling silver, then engraved with a fine line that runs the length of the cuff. The line is cut freehand with a graver, which takes a steady hand and a lot of practice, and it is one of the skills our senior makers teach.\n\nIt is slim enough to stack and strong enough to wear every day. The open back lets you adjust the fit gently with your hands.",
    materials: "Solid sterling silver, hand-forged and hand-engraved.",
    care: "Polish with a silver cloth when it starts to dull. Wearing it often actually helps keep it bright.",
    featured: true,
    daysSinceLaunch: 150,
    moneyBreakdown: split(4500, 2300, 1600, 1600),
    makers: ["amara"],
    imageAlts: [
      "A slim silver open cuff with a fine engraved line along its length, on a pale grey backdrop",
      "Close-up of the hand-cut engraved line following the curve of the silver",
      "The Thread cuff worn on a wrist beside a rolled-up denim sleeve",
    ],
    variants: bySize("Sterling silver", 8800, BRACELET_SIZES, [4, 6, 3]),
  },
  {
    handle: "hearth-bracelet",
    name: "Hearth bracelet",
    category: "bracelet",
    art: "beaded",
    accent: "#d9822b",
    summary: "Honey and amber-toned beads with rose gold vermeil details, warm as a lit window in winter.",
    description:
      "Hearth brings together honey, amber and rust-coloured beads, finished with a rose gold vermeil clasp. The palette came from one of our makers, who wanted a bracelet that felt like a warm room on a cold evening.\n\nIt is one of our newest pieces and is made in small runs, so sizes come and go between batches.",
    materials: "Glass beads on braided silk cord with rose gold vermeil clasp and findings (rose gold over sterling silver).",
    care: "Keep dry and away from perfume. Store in its pouch between wears.",
    featured: false,
    daysSinceLaunch: 8,
    moneyBreakdown: split(4100, 2500, 1700, 1700),
    makers: ["noor"],
    imageAlts: [
      "A bracelet of honey, amber and rust coloured beads with a rose gold clasp on a cream backdrop",
      "Close-up of the rose gold vermeil clasp beside warm amber beads",
      "The Hearth bracelet worn below a knitted sleeve, hand wrapped around a mug",
    ],
    variants: bySize("Rose gold vermeil", 5600, BRACELET_SIZES, [9, 12, 0]),
  },

  // ----- Necklaces -----
  {
    handle: "halo-pendant-necklace",
    name: "Halo pendant necklace",
    category: "necklace",
    art: "pendant",
    accent: "#5fa8a0",
    summary: "A small open circle set with a single blue-green stone, on a fine chain that sits just below the collarbone.",
    description:
      "The Halo pendant is a circle of wire, soldered closed, hammered flat at the front and set with one small stone at its base. It takes four different skills to make, from sawing to stone setting, and it passes through several makers' hands on the way.\n\nIt is the piece we most often see chosen as a gift, and the one people tell us they rarely take off.",
    materials: "Sterling silver, rose gold vermeil or gold vermeil, set with a lab-grown blue-green spinel.",
    care: "Take it off before swimming. Clean gently with mild soap and warm water, then dry with a soft cloth.",
    featured: true,
    daysSinceLaunch: 55,
    moneyBreakdown: split(4200, 2400, 1700, 1700),
    makers: ["amara", "sol"],
    imageAlts: [
      "A small open circle pendant with a blue-green stone on a fine gold chain, on a plain white backdrop",
      "Close-up of the tiny stone held in its bezel at the base of the circle",
      "The Halo pendant worn at the collarbone with an open-necked white shirt",
    ],
    variants: [
      ...byLength("Sterling silver", 6800, ["40 cm", "45 cm"], [12, 15]),
      ...byLength("Rose gold vermeil", 8800, ["45 cm"], [5]),
      ...byLength("Gold vermeil", 9800, ["40 cm", "45 cm"], [7, 9]),
    ],
  },
  {
    handle: "drift-chain-necklace",
    name: "Drift chain necklace",
    category: "necklace",
    art: "chain",
    accent: "#c0c4c8",
    summary: "A fluid sterling silver curb chain that lies flat and catches the light from every angle.",
    description:
      "Drift is a classic curb chain, chosen for the way it moves and lies flat against the skin. Our makers cut each chain to length, solder the end rings closed and polish every necklace by hand.\n\nWear it alone, add a pendant, or layer two lengths together. It is the quiet foundation of many of our customers' jewelry boxes.",
    materials: "Solid sterling silver curb chain with a lobster clasp.",
    care: "Polish with a silver cloth. Store hanging or laid flat to avoid kinks.",
    featured: false,
    daysSinceLaunch: 95,
    moneyBreakdown: split(4000, 2600, 1700, 1700),
    makers: [],
    imageAlts: [
      "A sterling silver curb chain necklace laid in an oval on a grey linen backdrop",
      "Close-up of the flat, interlocking curb links and the lobster clasp",
      "Two lengths of the Drift chain layered at the neckline over a black top",
    ],
    variants: [
      { metal: "Sterling silver", length: "40 cm", price: 5800, stock: 14 },
      { metal: "Sterling silver", length: "45 cm", price: 6200, stock: 10 },
      { metal: "Sterling silver", length: "50 cm", price: 6600, stock: 8 },
    ],
  },
  {
    handle: "seedling-pendant",
    name: "Seedling pendant",
    category: "necklace",
    art: "pendant",
    accent: "#6b8f4e",
    summary: "A tiny leaf-shaped pendant with a green stone, for new beginnings and old friends.",
    description:
      "Seedling is a small leaf sawn by hand from sheet metal, with a single green stone set where the stem meets the leaf. Each leaf is cut from a paper template and filed to shape, so the outline varies very slightly from one to the next.\n\nIt was one of the first designs a maker brought to our design circle, and it has become a favourite for birthdays and graduations.",
    materials: "Sterling silver or gold vermeil, set with a lab-grown green spinel, on a 45 cm cable chain.",
    care: "Remove before swimming and showering. Clean with a soft, dry cloth.",
    featured: false,
    daysSinceLaunch: 22,
    moneyBreakdown: split(4300, 2300, 1700, 1700),
    makers: ["noor"],
    imageAlts: [
      "A small silver leaf pendant with a green stone on a fine chain, on a pale backdrop",
      "Close-up of the hand-filed edge of the leaf and the set green stone",
      "The Seedling pendant coiled in an open gift box beside a small folded card",
    ],
    variants: [
      ...byLength("Sterling silver", 5200, ["45 cm"], [16]),
      ...byLength("Gold vermeil", 7400, ["45 cm"], [11]),
    ],
  },
  {
    handle: "dawn-beaded-necklace",
    name: "Dawn beaded necklace",
    category: "necklace",
    art: "beaded",
    accent: "#e3a18b",
    summary: "A full strand of blush and peach beads with a vermeil clasp, soft as early morning light.",
    description:
      "Dawn is a full strand of blush, peach and pale coral beads, knotted by hand on silk and finished with a vermeil clasp. Knotting a whole necklace takes most of a morning, and our makers work through it in a calm, steady rhythm.\n\nIt sits close to the neck at 40 cm and just above the collarbone at 45 cm.",
    materials: "Glass and freshwater shell beads on braided silk cord, with rose gold vermeil or gold vermeil clasp and findings.",
    care: "Keep away from water, perfume and hairspray. Store flat, never hanging, so the silk does not stretch.",
    featured: true,
    daysSinceLaunch: 5,
    moneyBreakdown: split(4400, 2400, 1600, 1600),
    makers: ["sol"],
    imageAlts: [
      "A beaded necklace in blush, peach and coral tones laid in a circle on a white backdrop",
      "Close-up of hand-tied knots between peach beads near the rose gold clasp",
      "The Dawn necklace worn over a soft cream sweater",
    ],
    variants: [
      ...byLength("Rose gold vermeil", 8400, ["40 cm", "45 cm"], [3, 5]),
      ...byLength("Gold vermeil", 9200, ["40 cm", "45 cm"], [2, 4]),
    ],
  },
  {
    handle: "kindred-chain-necklace",
    name: "Kindred chain necklace",
    category: "necklace",
    art: "chain",
    accent: "#d4af37",
    summary: "Our statement paperclip chain: generous links, real weight and a toggle clasp made to be worn at the front.",
    description:
      "Kindred is a substantial paperclip chain with long, open links and a toggle clasp designed to sit at the front as a feature. Each link is formed, soldered and polished in the studio, which makes this one of our most time-intensive pieces.\n\nIt is made in very small numbers by our most experienced metalsmiths and is meant to be worn for a lifetime.",
    materials: "Solid sterling silver or gold vermeil (a thick layer of 18k gold over sterling silver).",
    care: "Polish gently with a soft cloth. Store flat in its box between wears.",
    featured: false,
    daysSinceLaunch: 170,
    moneyBreakdown: split(3600, 3200, 1600, 1600),
    makers: [],
    imageAlts: [
      "A heavy paperclip chain necklace with long open links and a toggle clasp, on a dark slate backdrop",
      "Close-up of the neat soldered joins on the long paperclip links",
      "The Kindred chain worn with its toggle clasp at the front over a white t-shirt",
    ],
    variants: [
      { metal: "Sterling silver", length: "45 cm", price: 11800, stock: 6 },
      { metal: "Sterling silver", length: "50 cm", price: 12800, stock: 4 },
      { metal: "Gold vermeil", length: "45 cm", price: 16000, stock: 3 },
      { metal: "Gold vermeil", length: "50 cm", price: 18000, stock: 2 },
    ],
  },
  {
    handle: "lantern-pendant",
    name: "Lantern pendant",
    category: "necklace",
    art: "pendant",
    accent: "#f2c14e",
    summary: "A small domed brass pendant with a ring of pierced dots that glows warm against the skin.",
    description:
      "Lantern is a tiny brass dome, pierced with a ring of small holes so light passes through it. The holes are drilled one at a time on the bench drill and then cleaned with a fine needle file.\n\nIt hangs from a brass chain in two lengths and pairs well with the Ember cuff for a warm, all-brass look.",
    materials: "Solid recycled brass pendant and chain.",
    care: "Brass darkens over time. Polish with a soft cloth or a gentle brass cleaner, then rinse and dry.",
    featured: false,
    daysSinceLaunch: 110,
    moneyBreakdown: split(4900, 1400, 1800, 1900),
    makers: ["sol"],
    imageAlts: [
      "A small domed brass pendant with a ring of pierced holes, on a fine brass chain against a white backdrop",
      "Close-up of the drilled holes circling the edge of the brass dome",
      "The Lantern pendant worn with the Ember cuff, both in warm brass",
    ],
    variants: [
      { metal: "Brass", length: "45 cm", price: 4400, stock: 13 },
      { metal: "Brass", length: "50 cm", price: 4600, stock: 9 },
    ],
  },

  // ----- Earrings -----
  {
    handle: "tide-hoops",
    name: "Tide hoops",
    category: "earrings",
    art: "hoop",
    accent: "#4a7fa7",
    summary: "Medium hoops with a gentle wave hammered into the surface, light enough for all-day wear.",
    description:
      "Tide hoops are formed from round wire, soldered, and then hammered along the front so the surface ripples like water. They are light on the ear but strong, and the hinged closure clicks firmly shut.\n\nThe wave pattern is struck by hand, so each pair is matched at the bench before it is packed.",
    materials: "Sterling silver, rose gold vermeil or gold vermeil.",
    care: "Clean with mild soap and water and dry well. Store in the pouch to protect the finish.",
    featured: true,
    daysSinceLaunch: 70,
    moneyBreakdown: split(4300, 2300, 1700, 1700),
    makers: ["sol"],
    imageAlts: [
      "A pair of medium hoops with a rippled hammered surface, side by side on a pale backdrop",
      "Close-up of the wave texture hammered into the front of one hoop",
      "A Tide hoop worn with hair tucked behind the ear",
    ],
    variants: [
      { metal: "Sterling silver", price: 4600, stock: 18 },
      { metal: "Rose gold vermeil", price: 6200, stock: 7 },
      { metal: "Gold vermeil", price: 6800, stock: 9 },
    ],
  },
  {
    handle: "petal-studs",
    name: "Petal studs",
    category: "earrings",
    art: "stud",
    accent: "#e7b7c8",
    summary: "Tiny five-petal flowers with a soft brushed finish: a first pair of earrings, or a fifth.",
    description:
      "Petal studs are sawn from sheet metal, domed slightly and given a brushed finish that softens their shine. The five petals are cut by hand with a jeweler's saw, one of the first skills every maker in our studio learns.\n\nThey are small enough for a second or third piercing and sit securely on a standard butterfly back.",
    materials: "Sterling silver or rose gold vermeil, with sterling silver posts and backs.",
    care: "Wipe with a soft cloth, and clean the posts regularly with a little rubbing alcohol.",
    featured: false,
    daysSinceLaunch: 35,
    moneyBreakdown: split(4600, 1900, 1700, 1800),
    makers: ["noor"],
    imageAlts: [
      "A pair of tiny five-petal flower studs on a blush pink backdrop",
      "Close-up of the hand-sawn petal edges and the soft brushed finish",
      "Petal studs worn in a second piercing above a small silver hoop",
    ],
    variants: [
      { metal: "Sterling silver", price: 3200, stock: 22 },
      { metal: "Rose gold vermeil", price: 4200, stock: 14 },
    ],
  },
  {
    handle: "rainfall-drops",
    name: "Rainfall drops",
    category: "earrings",
    art: "drop",
    accent: "#8fb8c9",
    summary: "Long teardrop earrings with a pale blue stone that swings gently as you move.",
    description:
      "Rainfall drops hang a teardrop of polished metal from a fine hook, with a pale blue stone set near the top. The teardrop is shaped from wire, then flattened and polished to give it a soft, liquid outline.\n\nThey are long enough to be noticed and light enough to forget about.",
    materials: "Sterling silver or gold vermeil, with lab-grown blue spinel and sterling silver hooks.",
    care: "Store flat or hanging so the hooks keep their shape. Clean with a soft cloth.",
    featured: false,
    daysSinceLaunch: 12,
    moneyBreakdown: split(4200, 2400, 1700, 1700),
    makers: ["amara"],
    imageAlts: [
      "A pair of long teardrop earrings with pale blue stones, on a white backdrop",
      "Close-up of the pale blue stone set near the top of a polished teardrop",
      "A Rainfall drop earring worn with hair pinned up, catching the light",
    ],
    variants: [
      { metal: "Sterling silver", price: 5400, stock: 6 },
      { metal: "Gold vermeil", price: 7600, stock: 0 },
    ],
  },
  {
    handle: "hush-studs",
    name: "Hush studs",
    category: "earrings",
    art: "stud",
    accent: "#f4f1ea",
    summary: "Small polished domes that sit close to the ear: the everyday studs you will reach for first.",
    description:
      "Hush studs are the simplest thing we make, and they still pass through three pairs of hands: one to dome, one to solder the post, one to polish. Simple pieces show every flaw, so they are a real test of skill.\n\nThey come in a small cotton pouch and make an easy, thoughtful gift.",
    materials: "Sterling silver or gold vermeil domes with sterling silver posts and backs.",
    care: "Wipe with a silver cloth to keep the shine, and clean the posts regularly.",
    featured: false,
    daysSinceLaunch: 180,
    moneyBreakdown: split(4800, 1600, 1800, 1800),
    makers: [],
    imageAlts: [
      "A pair of small polished dome studs on a plain cream backdrop",
      "Close-up of the smooth mirror-polished dome and its soldered post",
      "Hush studs in a small cotton pouch beside a handwritten gift tag",
    ],
    variants: [
      { metal: "Sterling silver", price: 2800, stock: 25 },
      { metal: "Gold vermeil", price: 3800, stock: 17 },
    ],
  },
  {
    handle: "orbit-hoops",
    name: "Orbit hoops",
    category: "earrings",
    art: "hoop",
    accent: "#2f6f73",
    summary: "Small huggie hoops with a tiny teal bead that travels freely around the ring.",
    description:
      "Orbit hoops hug the earlobe closely, with a single teal bead threaded onto each hoop so it moves as you do. The bead is fitted before the hoop is soldered closed, so it can never slip off.\n\nThey are a favourite for everyday wear, and for anyone who wants a little colour without any fuss.",
    materials: "Sterling silver or gold vermeil, with a glass bead.",
    care: "Clean with mild soap and water, and dry fully before storing.",
    featured: false,
    daysSinceLaunch: 100,
    moneyBreakdown: split(4200, 2400, 1700, 1700),
    makers: [],
    imageAlts: [
      "A pair of small huggie hoops, each with a teal bead, on a white backdrop",
      "Close-up of the teal bead resting on the curve of the hoop",
      "An Orbit hoop worn close to the lobe with a small stud above it",
    ],
    variants: [
      { metal: "Sterling silver", price: 5800, stock: 8 },
      { metal: "Gold vermeil", price: 8400, stock: 5 },
    ],
  },
  {
    handle: "fern-drops",
    name: "Fern drops",
    category: "earrings",
    art: "drop",
    accent: "#5f7f4f",
    summary: "Lightweight brass fronds that sway from sterling silver hooks, hand-sawn leaf by leaf.",
    description:
      "Each Fern drop is sawn from thin brass sheet, then textured with a fine line punch to pick out the veins of the frond. The shape was drawn by one of our makers during a design session and refined over several rounds of samples.\n\nThey are surprisingly light and move gently when you turn your head.",
    materials: "Recycled brass with sterling silver ear hooks.",
    care: "Brass darkens over time; polish with a soft cloth or brass cleaner, then rinse and dry.",
    featured: false,
    daysSinceLaunch: 3,
    moneyBreakdown: split(4900, 1400, 1800, 1900),
    makers: ["noor"],
    imageAlts: [
      "A pair of brass fern-frond earrings on silver hooks, on a sage green backdrop",
      "Close-up of the fine vein lines punched into a brass frond",
      "Fern drops worn with a loose braid over one shoulder",
    ],
    variants: [{ metal: "Brass", price: 3800, stock: 10 }],
  },
  {
    handle: "ember-studs",
    name: "Ember studs",
    category: "earrings",
    art: "stud",
    accent: "#b5651d",
    summary: "Small hammered brass discs on sterling silver posts, made to pair with the Ember cuff.",
    description:
      "Ember studs take the same hammered texture as the Ember cuff and scale it down to a small disc. Each disc is cut with a hand punch, textured, domed and soldered to a silver post.\n\nWe make them in small batches from offcuts of the cuff, so very little brass goes to waste.",
    materials: "Recycled brass discs with sterling silver posts and backs.",
    care: "Polish with a soft cloth when they darken, and clean the posts regularly.",
    featured: false,
    daysSinceLaunch: 140,
    moneyBreakdown: split(5000, 1300, 1800, 1900),
    makers: ["noor"],
    imageAlts: [
      "A pair of small hammered brass disc studs on a warm grey backdrop",
      "Close-up of the hammer texture across the face of a brass disc",
      "Ember studs worn together with the matching Ember cuff",
    ],
    variants: [{ metal: "Brass", price: 3000, stock: 2 }],
  },

  // ----- Rings -----
  {
    handle: "kin-ring",
    name: "Kin ring",
    category: "ring",
    art: "ring",
    accent: "#c9a227",
    summary: "Two slim bands joined at a single point and worn as one: a quiet sign of someone beside you.",
    description:
      "The Kin ring is made from two slim bands, one polished and one textured, soldered together at a single point. Joining them cleanly without flooding the seam takes practice, and it is one of the skills makers work toward in their second year.\n\nIt is often bought in pairs, one to keep and one to give.",
    materials: "Sterling silver or gold vermeil.",
    care: "Take it off before washing your hands or using cleaning products. Polish with a soft cloth.",
    featured: true,
    daysSinceLaunch: 48,
    moneyBreakdown: split(4500, 2100, 1700, 1700),
    makers: ["amara"],
    imageAlts: [
      "Two slim bands joined as one ring, one polished and one textured, on a white backdrop",
      "Close-up of the neat solder join where the two bands meet",
      "Two Kin rings side by side in an open ring box",
    ],
    variants: [
      ...bySize("Sterling silver", 4400, RING_SIZES, [7, 9, 5]),
      ...bySize("Gold vermeil", 6200, RING_SIZES, [3, 6, 1]),
    ],
  },
  {
    handle: "horizon-ring",
    name: "Horizon ring",
    category: "ring",
    art: "ring",
    accent: "#1f3a5f",
    summary: "A flat band set with a tiny navy stone, like the last light on the horizon.",
    description:
      "Horizon is a flat band with a single navy stone set flush into its surface. Flush setting means drilling, cutting a seat and then pushing the metal over the stone with a burnisher, and it is one of the most precise jobs in our workshop.\n\nThe band is comfortable enough to wear every day, and the stone sits low so it will not catch on knitwear.",
    materials: "Sterling silver or rose gold vermeil, with a lab-grown blue sapphire.",
    care: "Clean with warm soapy water and a soft brush around the stone, then dry well.",
    featured: false,
    daysSinceLaunch: 25,
    moneyBreakdown: split(4300, 2300, 1700, 1700),
    makers: ["sol"],
    imageAlts: [
      "A flat band ring with a small flush-set navy stone, on a pale backdrop",
      "Close-up of the navy stone set flush into the surface of the band",
      "The Horizon ring worn on a hand resting on an open notebook",
    ],
    variants: [
      ...bySize("Sterling silver", 5800, RING_SIZES, [4, 6, 2]),
      ...bySize("Rose gold vermeil", 7400, RING_SIZES, [3, 0, 5]),
    ],
  },
  {
    handle: "pebble-ring",
    name: "Pebble ring",
    category: "ring",
    art: "ring",
    accent: "#9aa5ad",
    summary: "A chunky, organic silver band with a soft pebble-like surface, made to be worn and worn again.",
    description:
      "The Pebble ring is cast from a hand-carved wax model, then given a soft satin texture so it looks like a stone smoothed by water. It has a reassuring weight on the hand without feeling heavy.\n\nOver time the satin surface softens further with wear, and the ring becomes entirely yours.",
    materials: "Solid recycled sterling silver.",
    care: "Polish with a silver cloth, or rub lightly with a fine polishing pad to refresh the satin finish.",
    featured: false,
    daysSinceLaunch: 160,
    moneyBreakdown: split(4200, 2400, 1700, 1700),
    makers: [],
    imageAlts: [
      "A chunky silver band with an uneven, satin pebble-like surface on a grey backdrop",
      "Close-up of the soft satin texture across the top of the ring",
      "The Pebble ring worn on a forefinger, hand holding a ceramic cup",
    ],
    variants: bySize("Sterling silver", 3800, RING_SIZES, [10, 12, 8]),
  },
  {
    handle: "twine-ring",
    name: "Twine ring",
    category: "ring",
    art: "ring",
    accent: "#b5651d",
    summary: "Two brass wires twisted together like garden twine, closed into a sturdy everyday ring.",
    description:
      "Twine is made from two strands of brass wire, twisted by hand with a bench vice and hand drill into an even, tight spiral. The twist is then formed around a ring mandrel, soldered and polished.\n\nIt has a warm, handmade look and is lovely stacked with silver.",
    materials: "Solid recycled brass.",
    care: "Brass can leave a faint mark on some skin; a thin coat of clear nail varnish inside the band prevents this. Polish with a soft cloth.",
    featured: false,
    daysSinceLaunch: 75,
    moneyBreakdown: split(5000, 1300, 1800, 1900),
    makers: ["noor"],
    imageAlts: [
      "A twisted brass wire ring on a natural linen backdrop",
      "Close-up of the tight, even twist of two brass wires",
      "The Twine ring stacked with two slim silver rings on one finger",
    ],
    variants: bySize("Brass", 3200, RING_SIZES, [9, 11, 6]),
  },
  {
    handle: "lumen-stacking-ring",
    name: "Lumen stacking ring",
    category: "ring",
    art: "ring",
    accent: "#2f6f73",
    summary: "A fine band with a single tiny teal bead, designed to echo the Lumen bracelet.",
    description:
      "The Lumen stacking ring is a slim band with one small teal glass bead held in a tiny cup setting. It was made to echo the Lumen bracelet, and many customers wear the two together.\n\nThe band is fine enough to stack three or four deep.",
    materials: "Sterling silver or gold vermeil, with a glass bead.",
    care: "Take it off before washing your hands. Clean with a soft, dry cloth.",
    featured: false,
    daysSinceLaunch: 18,
    moneyBreakdown: split(4500, 2000, 1700, 1800),
    makers: [],
    imageAlts: [
      "A slim band with a single tiny teal bead on a white backdrop",
      "Close-up of the teal bead held in its small cup setting",
      "Three Lumen stacking rings worn together on one finger",
    ],
    variants: [
      ...bySize("Sterling silver", 3400, RING_SIZES, [15, 20, 12]),
      ...bySize("Gold vermeil", 4800, RING_SIZES, [8, 10, 6]),
    ],
  },

  // ----- Anklets -----
  {
    handle: "shore-anklet",
    name: "Shore anklet",
    category: "anklet",
    art: "chain",
    accent: "#e8d8b0",
    summary: "A fine chain anklet with a scatter of small polished beads, made for sandals and bare feet.",
    description:
      "Shore is a delicate cable chain with five small polished beads spaced along its length. It sits comfortably at the ankle and moves with you, catching the light at every step.\n\nA short extender chain gives a little extra room, so it works on its own in summer or over a sheer stocking.",
    materials: "Sterling silver or gold vermeil chain and beads, with a spring clasp and short extender.",
    care: "Remove before swimming in the sea or a pool. Rinse with fresh water if it meets sand or salt, then dry.",
    featured: false,
    daysSinceLaunch: 40,
    moneyBreakdown: split(4200, 2400, 1700, 1700),
    makers: ["sol"],
    imageAlts: [
      "A fine chain anklet with small polished beads, laid out straight on a sand-coloured backdrop",
      "Close-up of the small polished beads spaced along the fine chain",
      "The Shore anklet worn at the ankle with a leather sandal",
    ],
    variants: [
      ...byLength("Sterling silver", 3600, ANKLET_LENGTHS, [9, 12]),
      ...byLength("Gold vermeil", 5200, ANKLET_LENGTHS, [4, 6]),
    ],
  },
  {
    handle: "ripple-anklet",
    name: "Ripple anklet",
    category: "anklet",
    art: "beaded",
    accent: "#3b6ea5",
    summary: "A beaded anklet of blue and white glass on silk, with a sterling silver clasp that is easy to fasten.",
    description:
      "Ripple alternates small blue and white beads in a repeating wave pattern. It is knotted on silk like our bracelets, but with a slightly heavier cord to handle the extra movement at the ankle.\n\nIt is one of our newest pieces and already a summer favourite in the studio.",
    materials: "Glass beads on braided silk cord with a sterling silver clasp.",
    care: "Take it off before swimming or bathing, and let it dry flat if it gets wet.",
    featured: false,
    daysSinceLaunch: 10,
    moneyBreakdown: split(4600, 1800, 1800, 1800),
    makers: ["amara"],
    imageAlts: [
      "A beaded anklet of alternating blue and white beads, on a pale backdrop",
      "Close-up of the repeating blue and white wave pattern beside the silver clasp",
      "The Ripple anklet worn on a bare ankle on a wooden floor",
    ],
    variants: byLength("Sterling silver", 3200, ANKLET_LENGTHS, [11, 8]),
  },
  {
    handle: "sand-anklet",
    name: "Sand anklet",
    category: "anklet",
    art: "beaded",
    accent: "#d8c3a5",
    summary: "Oat and sand-coloured beads with small brass accents, on a simple strand for warm days.",
    description:
      "Sand is a quiet anklet in oat, stone and sand-coloured beads, with a small brass bead every few centimetres. Each one is made by a single maker from start to finish.\n\nThe last batch went quickly, and the next one is already on the beading table.",
    materials: "Glass beads and recycled brass accents on braided silk cord.",
    care: "Keep dry and store flat. Polish the brass accents gently with a soft cloth.",
    featured: false,
    daysSinceLaunch: 130,
    moneyBreakdown: split(4800, 1500, 1800, 1900),
    makers: ["noor"],
    imageAlts: [
      "A beaded anklet in oat and sand tones with small brass beads, on a white backdrop",
      "Close-up of a brass accent bead among sand-coloured glass beads",
      "The Sand anklet worn on an ankle beside a woven sandal",
    ],
    variants: byLength("Brass", 3000, ANKLET_LENGTHS, [0, 0]),
  },
];

// ---------------------------------------------------------------------------
// Collections
// ---------------------------------------------------------------------------

export const collections: SeedCollection[] = [
  {
    handle: "gifts-that-give-back",
    title: "Gifts that give back",
    intro:
      "Pieces our customers give again and again, each one paying fair wages to the makers who craft it. Every gift arrives boxed, with a card showing where the money goes.",
    isGift: true,
    products: [
      "lumen-bracelet",
      "halo-pendant-necklace",
      "tide-hoops",
      "kin-ring",
      "dawn-beaded-necklace",
      "petal-studs",
      "seedling-pendant",
      "meadow-bracelet",
      "shore-anklet",
      "harbor-bracelet",
    ],
    featured: true,
  },
  {
    handle: "gifts-under-50",
    title: "Gifts under $50",
    intro:
      "Handmade, thoughtful and under $50: studs, stacking rings and beaded bracelets that make easy, meaningful gifts.",
    isGift: true,
    priceBand: { maxCents: 5000, label: "Under $50" },
    featured: true,
  },
  {
    handle: "gifts-50-to-100",
    title: "Gifts $50 to $100",
    intro:
      "Pendants, hoops and vermeil pieces for birthdays, milestones and thank-yous. Every one is made by hand at our benches.",
    isGift: true,
    priceBand: { minCents: 5000, maxCents: 10000, label: "$50 to $100" },
    featured: false,
  },
  {
    handle: "everyday-silver",
    title: "Everyday silver",
    intro:
      "Sterling silver pieces designed to be worn every day and to look better for it. Simple shapes, careful finishing, easy to layer.",
    isGift: false,
    products: [
      "hush-studs",
      "drift-chain-necklace",
      "pebble-ring",
      "tide-hoops",
      "lumen-stacking-ring",
      "thread-cuff",
      "orbit-hoops",
      "ripple-anklet",
    ],
    featured: true,
  },
  {
    handle: "stacking-bracelets",
    title: "Stacking bracelets",
    intro:
      "Slim beaded strands, fine chains and cuffs that sit happily together. Start with one and build your stack over time.",
    isGift: false,
    products: [
      "meadow-bracelet",
      "lumen-bracelet",
      "tide-bracelet",
      "hearth-bracelet",
      "harbor-bracelet",
      "willow-chain-bracelet",
      "thread-cuff",
    ],
    featured: false,
  },
  {
    handle: "new-arrivals",
    title: "New arrivals",
    intro: "The latest pieces off our benches, fresh from the design circle and their first production runs.",
    isGift: false,
    products: [
      "fern-drops",
      "dawn-beaded-necklace",
      "hearth-bracelet",
      "ripple-anklet",
      "rainfall-drops",
      "harbor-bracelet",
      "lumen-stacking-ring",
      "seedling-pendant",
    ],
    featured: true,
  },
];

// ---------------------------------------------------------------------------
// Articles
// ---------------------------------------------------------------------------

const fairWageBody = `Every product page in our shop shows a small chart that splits the price into four parts: wages, materials, programs and operations. We started publishing it because customers kept asking a fair question: how much of what I pay actually reaches the person who made this? The short answer is that wages are always the largest share, usually between 35 and 50 percent of the price. The longer answer is below.

## How we set the wage

We begin with local living-wage research for each city where we have a studio, then build on it. A living wage covers rent, food, transport and the ordinary costs of a stable life, with a little room left over. We believe a skilled professional should earn more than the minimum needed to get by, so our starting wage sits above that benchmark, and it rises with each skill a maker signs off on.

We review the wage scale every January with the maker council, a group of makers elected by their colleagues. They see the same numbers the leadership team sees: sales, costs and how the benchmark has moved over the year. Changes are agreed together, not announced from above.

## What a fair job includes

A fair wage is more than an hourly rate. In our studios, every maker has:

- A written contract with a guaranteed number of paid hours each week, whether orders are busy or quiet
- Paid training time, so learning stone setting or soldering is never unpaid homework
- Paid annual leave, sick days and public holidays
- Schedules set at least two weeks ahead, with room to swap shifts around school runs, classes or appointments
- A savings scheme with a matched contribution from the studio, which makers can join or leave at any time
- A clear skills ladder, with a pay step attached to each new skill

None of this is unusual in a well-run workplace. That is the point. Dignified work looks like good work anywhere.

## Why we pay for time, not by the piece

Piece rates are common in jewelry making. They look efficient on a spreadsheet, but they push people to rush, and rushing is how knots slip and solder joins fail. They also make income unpredictable, which makes everything else in life harder to plan.

We pay for time instead. A maker who spends an afternoon getting the flush setting on a [Horizon ring](/products/horizon-ring) exactly right is paid the same as one who strings six bracelets in that time. Quality goes up, and so does confidence. Returns for workmanship are rare, and we put that down to people having the time to do the job properly.

## Where the rest of the money goes

The other three parts of the chart matter too.

**Materials** covers metal, beads, stones, silk and packaging. We buy recycled sterling silver and brass where we can, and lab-grown stones so we know exactly where they come from. Vermeil pieces carry a higher materials share because of the layer of gold.

**Programs** funds what sits around the job: training, language and money-skills classes, mentoring, and access to independent support services for anyone who wants them. Makers decide which programs to use. Nothing is compulsory, and nothing is tied to employment.

**Operations** keeps the lights on: rent, tools, the website, shipping and the small team who answer your emails.

## What you can do

Buying a piece is the most direct way to keep these hours paid. If you are shopping for someone else, our [Gifts that give back](/collections/gifts-that-give-back) collection brings together pieces that sell steadily and keep the benches busy all year, like the [Lumen bracelet](/products/lumen-bracelet) and the [Kin ring](/products/kin-ring). Each one arrives with a card explaining the breakdown, so the person who opens it knows where their gift came from.

And if you ever want to see the numbers behind a specific piece, just ask. We are always glad to show our working.`;

const communityBody = `Visitors to our studio often say the same thing as they leave: it is quieter than they expected, and friendlier. There is music on low, someone is always making tea, and the conversation drifts between bench tips and weekend plans. That atmosphere is not an accident. It rests on a handful of simple structures that we have built, tested and changed together over the years.

## A day at the benches

Most days follow a familiar rhythm:

1. A morning check-in at nine: ten minutes standing around the big table, going through orders, tools that need attention and who is training whom.
2. Bench time until lunch, usually the most focused part of the day.
3. A shared lunch, cooked in turn by volunteers from the team, with the studio covering the groceries.
4. Afternoon bench time, often with a mentoring session or a short skills demonstration.
5. A five-minute tidy at the end, because a clean bench is a kindness to whoever sits there next.

The check-in is short on purpose. It is a moment to see each other, not a meeting.

## Learning from each other

Every new maker is paired with a bench mentor, a more experienced colleague who sits nearby for the first months and answers the hundred small questions that come up: how tight is tight enough, which file suits which curve, when to stop polishing. Mentors are paid for this time, and mentoring is a recognised step on our skills ladder.

We also keep a tool library. Makers can borrow pliers, files and even a small rolling mill to practise at home or to work on their own designs. A few have used it to build a portfolio and sell their own pieces at local markets, which we think is exactly what a tool library is for.

## Decisions made together

The maker council meets once a month. Its members are elected by the makers for a year at a time, and they sit alongside the leadership team when we set wages, schedules and studio policies. The council has a real vote. In the past year it changed our shift pattern, chose new bench chairs and asked for a quiet room, which we built in the spring.

Design is shared too. At the design circle, anyone can bring a sketch or a sample. The group talks it through, suggests changes and votes on what goes into a sampling round. The [Tide hoops](/products/tide-hoops) and the [Seedling pendant](/products/seedling-pendant) both started on that table.

## Room for everyone

Community does not mean everyone has to be close friends, or share more than they want to. Some makers love the chatter; others prefer to put headphones on and work. Both are welcome. What we ask is that everyone treats the studio as shared space: respectful, calm and safe for the people in it.

We also work to keep the door open to the wider neighbourhood. Makers bring family to our winter open day, local schools visit to try simple beading, and a nearby college runs courses with us so makers can earn formal qualifications alongside their work.

## Why it shows in the work

A steady, friendly workplace shows up in the jewelry. When people are not rushed and can ask for help without embarrassment, the knots are neater, the solder joins cleaner and the finish brighter. You can see it in our [Stacking bracelets](/collections/stacking-bracelets), where strands made by several different makers sit side by side and still match, because the people who made them have spent years learning from one another. The [Meadow bracelet](/products/meadow-bracelet) is a good example: three or four makers may string a single week's batch, and you would never know.

Next time you wear one of our pieces, you are wearing the work of a whole room, not just one pair of hands.`;

const craftBody = `Jewelry making is often talked about as a hobby, something done at a kitchen table on a Sunday afternoon. In our workshop it is a profession, with standards, qualifications and a career path. The people at our benches are makers and metalsmiths, and the skills they build are skills they own, wherever they go next.

## The skills ladder

We organise training as a ladder of skills. Each step has a clear standard, a practical assessment and a pay rise attached. Makers move at their own pace; some climb quickly, others spend longer on a step they enjoy and want to master.

1. **Stringing and knotting.** Choosing cord, keeping tension even, tying knots that sit tight against every bead. The [Meadow bracelet](/products/meadow-bracelet) is a classic first piece.
2. **Wirework and findings.** Jump rings, ear hooks, clasps and all the small parts that hold everything together.
3. **Sawing, filing and forming.** Cutting shapes from sheet, like the five petals of our [Petal studs](/products/petal-studs), and forming metal around mandrels and stakes.
4. **Soldering.** Safe torch work, clean joins and an understanding of how different metals behave under heat.
5. **Texturing and finishing.** Hammering, engraving, polishing and the patience to get a surface exactly right.
6. **Stone setting.** Bezel, prong and flush settings, the most precise work in the studio. The [Horizon ring](/products/horizon-ring) is a flush-setting piece.
7. **Design and teaching.** Proposing new pieces, running sampling rounds and mentoring newer makers.

## What an assessment looks like

Assessments are practical and fair. A maker chooses when she feels ready, then makes a set piece under normal workshop conditions. Two senior makers review it against a written checklist: measurements, finish, strength and consistency. If something is not quite there, the maker gets specific feedback and tries again when ready. There is no penalty for a second attempt. Most of us needed one at some point.

## Qualifications that travel

Studio sign-offs matter inside our walls, but we also want makers to hold credentials that are recognised elsewhere. Through a partnership with a local college, makers can work toward a formal jewelry-making qualification, with study time paid as part of the working week. Several makers have completed it, and two now assess for the course themselves.

We also help makers build a professional portfolio: good photographs of their best work, a record of skills and techniques, and references from their mentors. Whether they stay with us for years or move on, that portfolio goes with them.

## Where makers take it

There is no single right path. Over the years, makers from our workshop have:

- become senior makers and bench mentors here
- moved into design, leading sampling and production for new collections
- taken roles in other jewelry businesses and repair shops
- opened their own small studios and market stalls
- gone on to study goldsmithing or teaching

We celebrate every one of those paths. A workshop that keeps its best people only by making it hard to leave is not one we would want to work in.

## Why craft, and why jewelry

Jewelry is a good craft to learn because it rewards care. Progress is visible: the knot you tie in your third month is noticeably better than the one you tied in your first week, and you can hold both in your hand. It is also small-scale and portable. A full set of hand tools fits in a shoebox, which means the skill can travel almost anywhere.

And it leads to something people keep. When someone wears a piece every day for ten years, the skill that went into it is noticed, quietly, thousands of times.

If you would like to see what the ladder produces at every stage, our [Everyday silver](/collections/everyday-silver) collection includes pieces from the first rung to the top, side by side.`;

const consentBody = `On some of our product pages you will see a maker's name and a short profile. On others you will see a chosen name, or simply "made in our studio". That difference is deliberate. Every maker decides for herself what, if anything, is shared about her, and those decisions can change at any time.

## Privacy is the default

When a maker joins the studio, nothing about her appears on the website. No name, no photo, no profile. Her work is credited to the studio as a whole until she chooses otherwise. We think that is the right place to start: sharing should be an active choice, never something a person has to opt out of.

## What makers can choose

When a maker wants to appear in the shop, she sits down with a member of the programs team, not her manager, to go through the options. She can choose:

- to stay uncredited, with her work shown as made in our studio
- to be credited under a chosen name or pseudonym
- to be credited under her first name
- whether to include a photo, and which photo
- what her short bio says, written or approved by her in her own words
- which of her pieces, if any, are linked to her profile

She sees a full preview of exactly how her profile will look before anything goes live. Nothing is published until she approves it, and she can ask us to change or remove it at any time, with no explanation needed. When a profile is removed, it is removed everywhere we control, including product pages, articles and our social media.

## What we never share

Some things are off the table whatever anyone agrees to. We do not publish surnames, home towns or any location finer than a country. We do not publish details of anyone's personal history, and we never ask makers to share it in order to sell jewelry. Bios are about craft: the skills a maker has, the pieces she enjoys making and what she is learning next.

We also do not use makers' faces or names in advertising, even when they have a public profile. A profile is an introduction, not a marketing asset.

## Why this matters

There are a few reasons we hold to this so firmly.

First, privacy and safety. Information on the internet is easy to copy and hard to take back. People deserve to decide what is findable about them.

Second, dignity. Our makers are professionals. A customer buying a ring from a high-street jeweler does not expect a life story to come with it, and neither should you. The quality of the work speaks for itself.

Third, honesty. If a profile is on our site, you can trust that the person in it chose to be there, said what she wanted to say, and can change her mind.

## How it looks in the shop

Browse our [New arrivals](/collections/new-arrivals) and you will see all three approaches side by side. Some pieces are credited to a maker by first name, with a short bio about her favourite techniques. Some carry a chosen name and no photo. Others simply say they were made in our studio, and that is a complete and respectable answer. Every piece gets the same care, the same pay and the same quality checks, whatever it says on the page.

## A note for customers

We sometimes receive kind messages asking to know more about a particular maker, or wanting to send a note of thanks. We pass messages on when a maker has told us she would like to receive them, and we never share contact details in either direction.

If you would like to say something about a piece, the best place is a product review. Makers read them, and a comment about the clean join on a [Kin ring](/products/kin-ring) or the even knots on a [Lumen bracelet](/products/lumen-bracelet) means a great deal to the person who made it.

Consent is not a form we file once. It is an ongoing conversation, and we are glad to keep having it.`;

const recoveryBody = `People sometimes ask what our studio does for recovery. It is a fair question, and our answer may be smaller than they expect. We do not lead anyone's recovery. The makers do. Our part is to provide conditions that make it easier to lead: steady work, fair pay, a calm place to be and access to support that each person chooses for herself.

## Recovery belongs to the person living it

Recovery is not a program we run or a story we tell. It looks different for everyone, moves at its own pace and rarely follows a straight line. Some makers talk about it; most simply get on with their lives and their work, and that is entirely their business.

So we try not to define it for anyone. We do not set milestones, measure progress or ask people to report on how they are doing. We ask what would be useful, listen to the answer and follow the maker's lead.

## Stability first

What we can offer is stability, and we think it matters more than almost anything else. In practice, stability looks like:

- a guaranteed weekly wage that does not swing with sales
- schedules published two weeks ahead, with flexibility for appointments, study and family
- paid sick leave and paid time off, used without having to justify it
- a workplace that is quiet, predictable and physically comfortable
- a clear path to more skills and higher pay, at whatever pace suits each person

When income, time and place are steady, people have room to focus on what they have decided matters to them.

## Support on their own terms

Alongside the job, makers can use a range of independent services: counselling, legal and housing advice, help finding their way around health care, financial coaching and language classes. These are funded through the programs share of every sale, and they are delivered by outside specialists, not by managers.

Use is always voluntary and always confidential. Nobody's job, hours or pay is connected to whether they use a service, and managers do not know who does. A maker can start, pause or stop at any time.

## Why dignified work helps

Work is not the whole of anyone's life, but good work gives a lot back. It offers structure, income, colleagues and the plain satisfaction of doing something well. There is something grounding about a task with a clear beginning and end: a strand knotted, a clasp attached, a ring polished until it shines. Over weeks and months, those finished pieces add up to real skill and real confidence.

We see that confidence in the design circle, where makers put forward ideas like the [Seedling pendant](/products/seedling-pendant), and in the mentoring pairs, where experienced makers teach newer colleagues the stone setting behind the [Halo pendant necklace](/products/halo-pendant-necklace). Those are signs of people building the future they have chosen.

## What we avoid

Part of supporting recovery well is knowing what not to do. We avoid:

- asking anyone to share personal history, with us or with customers
- using makers' lives as a marketing tool
- language that defines people by what has happened to them rather than by what they do
- treating makers as anything other than skilled professionals and colleagues

## Where you come in

When you buy from us, you are paying for skilled work at a fair rate and funding the programs that sit around it. You do not need to know anything about the person who made your piece beyond what she has chosen to share. If you would like a place to start, our [Gifts that give back](/collections/gifts-that-give-back) collection gathers pieces that keep our benches steadily busy throughout the year.

Recovery is theirs to lead. The steady ground underneath it is something we can all help build.`;

const careBody = `Every piece in our shop is made to be worn, often and for a long time. A little care goes a long way, and most of it takes seconds. Here is what our makers recommend, metal by metal, along with the habits that protect everything in your jewelry box.

## The golden rule: last on, first off

Put jewelry on after perfume, lotion and hairspray have dried, and take it off before you shower, swim, exercise, clean or sleep. Chemicals, chlorine and friction cause most of the wear we see, and avoiding them is the single biggest thing you can do.

## Sterling silver

Silver darkens when it meets air and moisture. This is called tarnish, and it is completely normal. The good news is that wearing silver often actually slows it down, because gentle contact with skin and clothing keeps the surface polished.

- Wipe with a silver polishing cloth when it starts to look dull.
- For heavier tarnish, soak briefly in warm water with a drop of mild dish soap, then rinse and dry fully.
- Store pieces in the pouch they came in, ideally with a small anti-tarnish strip.

Pieces like the [Hush studs](/products/hush-studs) and the [Pebble ring](/products/pebble-ring) will keep their shine for years with nothing more than a cloth.

## Gold and rose gold vermeil

Vermeil is a thick layer of gold over sterling silver. It looks and feels like solid gold, but the gold layer needs gentle handling.

- Clean only with mild soap, warm water and a soft cloth.
- Avoid chemically treated polishing cloths and any abrasive cleaner.
- Keep vermeil apart from harder pieces in storage so it does not get scratched.

## Brass

Brass is an honest metal. It warms to a deep golden patina over time, and many people love that look. If you prefer it bright:

- Polish with a soft cloth or a gentle brass cleaner.
- For a natural option, a paste of lemon juice and baking soda works well. Rinse and dry thoroughly.
- On some skin brass can leave a faint green mark. It washes off easily, and a thin coat of clear nail varnish inside a ring prevents it.

The [Ember cuff](/products/ember-cuff) is a good example of brass at its best: it looks better every year.

## Beaded pieces

Our beaded bracelets, necklaces and anklets are knotted on silk, which is strong and supple but does not like water.

- Keep beaded pieces dry, and lay them flat to store.
- Never hang a beaded necklace, as the silk will stretch over time.
- If a strand starts to feel loose or a knot looks worn, send it back to us.

## Repairs and re-knotting

Things happen to jewelry that is loved. We offer free re-knotting for beaded pieces in their first year, and low-cost repairs after that. Clasps, jump rings and ear hooks can almost always be replaced. Repairs go back to the studio where the piece was made, and where possible to the same bench, which our makers tell us is one of the more satisfying jobs they do.

To arrange a repair, reply to your order email or contact our customer care team, and we will send you a prepaid envelope.

## Storage that works

A simple drawer organiser or the box your piece arrived in is all you need. Keep chains fastened so they do not tangle, store earrings in pairs, and give each piece its own space. If you are building a set of pieces to wear daily, our [Everyday silver](/collections/everyday-silver) collection is designed to be worn, stored and cared for together.

Looked after well, the jewelry you buy today can still be worn, and perhaps passed on, decades from now.`;

export const articles: SeedArticle[] = [
  {
    slug: "what-a-fair-wage-means-at-our-bench",
    title: "What a fair wage means at our bench",
    excerpt:
      "Wages are the largest share of every piece we sell. Here is how we set them, what a fair job includes, and why we pay for time rather than by the piece.",
    authorName: "Hana Okafor, studio lead",
    topic: "dignified-work",
    daysAgo: 12,
    body: fairWageBody,
    products: ["lumen-bracelet", "kin-ring", "horizon-ring"],
    collections: ["gifts-that-give-back"],
    heroArt: "beaded",
    heroAccent: "#2f6f73",
  },
  {
    slug: "how-our-studio-works-as-a-community",
    title: "How our studio works as a community",
    excerpt:
      "Shared lunches, a tool library, a design circle and a maker council with a real vote: the everyday structures that make our studio feel like a neighbourhood.",
    authorName: "Marisol Vega, community coordinator",
    topic: "community",
    daysAgo: 26,
    body: communityBody,
    products: ["tide-hoops", "seedling-pendant", "meadow-bracelet"],
    collections: ["stacking-bracelets"],
    heroArt: "hoop",
    heroAccent: "#4a7fa7",
  },
  {
    slug: "learning-a-craft-as-a-profession",
    title: "Learning a craft as a profession",
    excerpt:
      "From the first knot to flush stone setting: how our skills ladder works, what each step teaches, and where makers take their craft next.",
    authorName: "Teo Brandt, workshop manager",
    topic: "purpose",
    daysAgo: 40,
    body: craftBody,
    products: ["meadow-bracelet", "petal-studs", "horizon-ring"],
    collections: ["everyday-silver"],
    heroArt: "ring",
    heroAccent: "#1f3a5f",
  },
  {
    slug: "why-makers-choose-what-we-share",
    title: "Why makers choose what we share about them",
    excerpt:
      "Some makers are credited by first name, some by a chosen name, some not at all. Here is how consent works in our shop, and why privacy is always the default.",
    authorName: "Priya Raman, programs director",
    topic: "dignified-work",
    daysAgo: 55,
    body: consentBody,
    products: ["kin-ring", "lumen-bracelet"],
    collections: ["new-arrivals"],
    heroArt: "pendant",
    heroAccent: "#e8d8b0",
  },
  {
    slug: "steady-ground-recovery-led-by-makers",
    title: "Steady ground: recovery is led by the people living it",
    excerpt:
      "Recovery belongs to the person doing it. Our part is simpler: steady pay, predictable hours, a calm workplace and support that makers choose for themselves.",
    authorName: "Amani Cole, wellbeing lead",
    topic: "recovery",
    daysAgo: 70,
    readingNote:
      "This piece talks about recovery and wellbeing in general terms. It does not include anyone's personal story.",
    body: recoveryBody,
    products: ["seedling-pendant", "halo-pendant-necklace"],
    collections: ["gifts-that-give-back"],
    heroArt: "chain",
    heroAccent: "#6b8f4e",
  },
  {
    slug: "caring-for-your-jewelry",
    title: "Made to last: caring for silver, vermeil and brass",
    excerpt:
      "Simple habits that keep your pieces bright for years, metal by metal, plus what to do when a strand needs re-knotting or a clasp needs attention.",
    authorName: "Lena Ortiz, customer care lead",
    topic: "purpose",
    daysAgo: 5,
    body: careBody,
    products: ["hush-studs", "pebble-ring", "ember-cuff"],
    collections: ["everyday-silver"],
    heroArt: "cuff",
    heroAccent: "#b5651d",
  },
];

// ---------------------------------------------------------------------------
// Makers
// ---------------------------------------------------------------------------

export const makers: SeedMaker[] = [
  {
    key: "amara",
    internalLabel: "Maker 014",
    privateNotes:
      "Prefers morning shifts. Leads the beading table on Tuesdays and Thursdays. Enrolled in the stone-setting course starting next quarter. Requested a replacement pair of flat-nose pliers.",
    profile: {
      displayName: "Amara",
      usesRealName: true,
      bio: "Amara works at the beading table and the polishing bench, and is known in the studio for her even tension and clean, invisible knots. She developed the colour sequence for the Lumen bracelet and now mentors new makers in stringing and finishing. Her next goal is to qualify in stone setting and design a small collection of her own.",
      quote: "A good knot is invisible. You only notice it years later, when it is still holding.",
      makingSince: 2019,
      country: "US",
      skills: ["Bead stringing", "Silk knotting", "Finishing and polishing", "Mentoring"],
    },
  },
  {
    key: "sol",
    internalLabel: "Maker 022",
    privateNotes:
      "Credit under the name Sol only; no photos. Prefers afternoon shifts. Signed off on the torch station. Interested in the wax-carving workshop and in co-teaching the soldering basics session.",
    profile: {
      displayName: "Sol",
      usesRealName: false,
      bio: "Sol is a metalsmith who works mostly in sterling silver, cutting, forming and soldering hoops and rings. Sol enjoys the precision of ring sizing and was part of the small team that developed the Tide hoops. Current goals include learning wax carving and teaching the studio's soldering basics course.",
      quote: "I love the moment the solder flows and two pieces become one.",
      makingSince: 2020,
      country: "MX",
      skills: ["Soldering", "Ring sizing", "Hoop forming", "Hammered textures"],
    },
  },
  {
    key: "noor",
    internalLabel: "Maker 031",
    privateNotes:
      "Draft profile only; safety review done, nothing approved yet. Prefers morning shifts. Working toward brass finishing sign-off. Asked for a left-handed bench setup.",
    profile: {
      displayName: "Noor",
      usesRealName: false,
      bio: "Noor works across brass and beadwork, with a strong eye for colour and texture. She makes many of our brass pieces, from the Ember cuff to the Twine ring, and is training in design sketching so she can bring new ideas to the design circle.",
      quote: "Brass shows every mark you make, so you learn to make good ones.",
      makingSince: 2022,
      country: "KH",
      skills: ["Brass forming", "Texturing", "Bead weaving", "Design sketching"],
    },
  },
];
