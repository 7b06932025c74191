// Walks one XML part of a .docx with a streaming parser (saxes, strict and non-validating: it
// never loads a DTD nor resolves an entity). Names arrive without their prefix ("w:p" → "p"), so
// a file that binds WordprocessingML to another prefix reads the same. A DOCTYPE (the door to
// external entities, XXE) is refused before parsing, never expanded; nesting is capped.
import { SaxesParser } from 'saxes';
import { PLAN_SOURCE_LIMITS, refusals } from './plan-source-limits';

/** An element's attribute by its name without prefix (`val` finds `w:val`); undefined when absent. */
export type AttributeReader = (name: string) => string | undefined;

/** What a part's reader does with each element and text node. */
export interface XmlVisitor {
  open(name: string, attribute: AttributeReader): void;
  close(name: string): void;
  text?(text: string): void;
}

/** True when the part declares a DOCTYPE or an ENTITY, which no Office-written part does. */
export function hasXmlDeclarations(xml: string): boolean {
  return /<!\s*(?:DOCTYPE|ENTITY)/i.test(xml);
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Reads attributes lazily: most elements are opened and closed without one being asked for, and
 * building a prefix-free copy of every element's attributes cost a third of the walk (measured).
 */
function attributeReader(attributes: Record<string, string>): AttributeReader {
  return (name) => {
    const value = attributes[`w:${name}`] ?? attributes[name];
    if (value !== undefined) return value;
    for (const [key, other] of Object.entries(attributes))
      if (localName(key) === name) return other;
    return undefined;
  };
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
    visitor.open(localName(tag.name), attributeReader(tag.attributes));
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
