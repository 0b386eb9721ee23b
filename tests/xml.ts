import { DomUtils, parseDocument, Parser } from "htmlparser2";

const BARE_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/**
 * Parses XML and throws unless it is well-formed in the ways a generated feed can go wrong:
 * an unclosed or mis-nested element, a bare "&" in text, text outside the one root element.
 * (The browser tests also load the documents with the browser's strict XML parser.)
 */
export function parseXml(xml: string) {
  const problems: string[] = [];
  let depth = 0;
  let roots = 0;
  let justOpened = false;
  let inCdata = false;
  const parser = new Parser(
    {
      onopentag: () => {
        if (depth === 0) roots++;
        depth++;
        justOpened = true;
      },
      onclosetag: (name, isImplied) => {
        depth--;
        // The parser reports a self-closing element as an implied close right after its open.
        if (isImplied && !justOpened) problems.push(`<${name}> is not closed properly`);
        justOpened = false;
      },
      oncdatastart: () => {
        inCdata = true;
        justOpened = false;
      },
      oncdataend: () => {
        inCdata = false;
      },
      ontext: (text) => {
        justOpened = false;
        if (!inCdata && BARE_AMPERSAND.test(text)) problems.push(`bare "&" in ${JSON.stringify(text.slice(0, 40))}`);
        if (depth === 0 && text.trim()) problems.push(`text outside the root: ${JSON.stringify(text.slice(0, 40))}`);
      },
    },
    { xmlMode: true, decodeEntities: false },
  );
  parser.end(xml);
  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')) problems.push("missing XML declaration");
  if (roots !== 1) problems.push(`${roots} root elements`);
  if (problems.length) throw new Error(`Malformed XML:\n${problems.join("\n")}`);
  return parseDocument(xml, { xmlMode: true });
}

/** Text of every element named `tag`, entities decoded and CDATA unwrapped. */
export function textsOf(document: ReturnType<typeof parseDocument>, tag: string) {
  return DomUtils.getElementsByTagName(tag, document).map((element) => DomUtils.textContent(element));
}
