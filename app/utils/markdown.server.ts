import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

/**
 * Markdown (journal articles) → HTML that is safe to inject. Two layers: marked never lets raw
 * HTML through (it is shown escaped, as text), and sanitize-html then keeps only an allowlist
 * of tags, attributes and URL schemes, whatever marked produced.
 */

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);

const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html: ({ text }) => escapeHtml(text),
  },
});

// Images only from our own image store: /images/<key>/<width>.<format>.
const OWN_IMAGE = /^\/images\/[a-z0-9]{16,64}\/\d{3,4}\.(avif|webp|jpg)$/;
const EXTERNAL = /^https?:\/\//i;

const options: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "em", "strong", "a", "code", "pre", "hr", "img"],
  allowedAttributes: { a: ["href", "title", "rel"], img: ["src", "alt", "loading", "decoding"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    // The page owns the one h1; Markdown headings start at h2 and stop at h4.
    h1: "h2",
    h5: "h4",
    h6: "h4",
    a: (tagName, attribs) => {
      const { rel: _rel, ...rest } = attribs;
      return { tagName, attribs: EXTERNAL.test(rest.href ?? "") ? { ...rest, rel: "noopener noreferrer" } : rest };
    },
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: "lazy", decoding: "async" } }),
  },
  exclusiveFilter: (frame) => frame.tag === "img" && !OWN_IMAGE.test(frame.attribs.src ?? ""),
};

export function renderMarkdown(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown, { async: false }), options);
}
