// Walks one XML part of a .docx with a streaming parser (saxes, strict and non-validating: it
// never loads a DTD nor resolves an entity). Names arrive without their prefix ("w:p" → "p"), so
// a file that binds WordprocessingML to another prefix reads the same. A DOCTYPE (the door to
// external entities, XXE) is refused before parsing, never expanded; nesting is capped.
import { SaxesParser } from 'saxes';
import { PLAN_SOURCE_LIMITS, refusals } from './plan-source-limits';

/** What a part's reader does with each element and text node. */
export interface XmlVisitor {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  text?(text: string): void;
}

/** True when the part declares a DOCTYPE or an ENTITY, which no Office-written part does. */
export function hasXmlDeclarations(xml: string): boolean {
  return /<!\s*(?:DOCTYPE|ENTITY)/i.test(xml);
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** `w:val="x"` → `{ val: 'x' }`: attribute names without prefix (the first of a name wins). */
function localAttributes(attributes: Record<string, string>): Record<string, string> {
  const local: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes)) {
    const key = localName(name);
    if (!(key in local)) local[key] = value;
  }
  return local;
}

/** Parses `xml`, calling the visitor in document order; refuses declarations, deep nesting and malformed XML. */
export function walkXml(xml: string, visitor: XmlVisitor): void {
  if (hasXmlDeclarations(xml)) throw refusals.xmlDeclarations();
  const parser = new SaxesParser({ xmlns: false });
  let depth = 0;
  parser.on('doctype', () => {
    throw refusals.xmlDeclarations();
  });
  parser.on('error', () => {
    throw refusals.corruptDocx();
  });
  parser.on('opentag', (tag) => {
    if (++depth > PLAN_SOURCE_LIMITS.maxXmlDepth) throw refusals.docxTooDeep();
    visitor.open(localName(tag.name), localAttributes(tag.attributes));
  });
  // saxes sends closetag for a self-closing <a/> too, so depth comes back down there.
  parser.on('closetag', (tag) => {
    depth--;
    visitor.close(localName(tag.name));
  });
  if (visitor.text) {
    const onText = visitor.text.bind(visitor);
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  parser.write(xml).close();
}
