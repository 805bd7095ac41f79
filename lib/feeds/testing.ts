// A strict, small XML 1.0 parser for tests: it throws where a real parser would report the document
// as not well-formed (unescaped < or &, bad nesting, unknown entities, "]]>" in text, forbidden characters).

export type XmlElement = { name: string; attributes: Record<string, string>; children: XmlElement[]; text: string };

const NAME = /^[A-Za-z_][\w.:-]*/;
const FORBIDDEN_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(raw: string, at: number): string {
  if (raw.includes("<")) throw new SyntaxError(`Unescaped "<" near ${at}`);
  return raw.replace(/&([^;]*);?/g, (match, name: string) => {
    if (!match.endsWith(";")) throw new SyntaxError(`Unterminated entity near ${at}`);
    if (name in ENTITIES) return ENTITIES[name]!;
    const code = /^#x([0-9a-f]+)$/i.exec(name)?.[1] ?? /^#(\d+)$/.exec(name)?.[1];
    if (code === undefined) throw new SyntaxError(`Unknown entity &${name}; near ${at}`);
    return String.fromCodePoint(parseInt(code, name.startsWith("#x") || name.startsWith("#X") ? 16 : 10));
  });
}

export function parseXml(xml: string): XmlElement {
  if (FORBIDDEN_CHAR.test(xml)) throw new SyntaxError("Character not allowed in XML");
  let pos = 0;
  const rest = () => xml.slice(pos);
  const skipSpace = () => {
    while (/\s/.test(xml[pos] ?? "")) pos++;
  };
  const skipMisc = () => {
    for (;;) {
      skipSpace();
      if (rest().startsWith("<!--")) {
        const end = xml.indexOf("-->", pos);
        if (end < 0) throw new SyntaxError("Unterminated comment");
        pos = end + 3;
      } else return;
    }
  };

  if (rest().startsWith("<?xml")) {
    const end = xml.indexOf("?>", pos);
    if (end < 0) throw new SyntaxError("Unterminated XML declaration");
    pos = end + 2;
  }
  skipMisc();

  function element(): XmlElement {
    if (xml[pos] !== "<") throw new SyntaxError(`Expected an element at ${pos}`);
    pos++;
    const name = NAME.exec(rest())?.[0];
    if (!name) throw new SyntaxError(`Bad element name at ${pos}`);
    pos += name.length;
    const node: XmlElement = { name, attributes: {}, children: [], text: "" };
    for (;;) {
      skipSpace();
      if (rest().startsWith("/>")) {
        pos += 2;
        return node;
      }
      if (xml[pos] === ">") {
        pos++;
        break;
      }
      const attribute = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(rest());
      if (!attribute) throw new SyntaxError(`Bad attribute in <${name}> at ${pos}`);
      if (attribute[1]! in node.attributes) throw new SyntaxError(`Duplicate attribute ${attribute[1]}`);
      node.attributes[attribute[1]!] = decode(attribute[3] ?? attribute[4] ?? "", pos);
      pos += attribute[0].length;
    }
    for (;;) {
      if (pos >= xml.length) throw new SyntaxError(`Unclosed <${name}>`);
      if (rest().startsWith("</")) {
        pos += 2;
        if (!rest().startsWith(name) || !/[\s>]/.test(xml[pos + name.length] ?? "")) throw new SyntaxError(`Mismatched </…> for <${name}> at ${pos}`);
        pos += name.length;
        skipSpace();
        if (xml[pos] !== ">") throw new SyntaxError(`Bad end tag at ${pos}`);
        pos++;
        return node;
      }
      if (rest().startsWith("<![CDATA[")) {
        const end = xml.indexOf("]]>", pos);
        if (end < 0) throw new SyntaxError("Unterminated CDATA");
        node.text += xml.slice(pos + 9, end);
        pos = end + 3;
      } else if (rest().startsWith("<!--")) {
        skipMisc();
      } else if (xml[pos] === "<") {
        node.children.push(element());
      } else {
        const end = xml.indexOf("<", pos);
        const raw = xml.slice(pos, end < 0 ? xml.length : end);
        if (raw.includes("]]>")) throw new SyntaxError(`"]]>" in text at ${pos}`);
        node.text += decode(raw, pos);
        pos += raw.length;
      }
    }
  }

  const root = element();
  skipMisc();
  if (pos !== xml.length) throw new SyntaxError(`Content after the root element at ${pos}`);
  return root;
}

/** Every descendant element named `name`, in document order. */
export function findAll(root: XmlElement, name: string): XmlElement[] {
  return root.children.flatMap((child) => [...(child.name === name ? [child] : []), ...findAll(child, name)]);
}

export function findText(root: XmlElement, name: string): string[] {
  return findAll(root, name).map((element) => element.text);
}
