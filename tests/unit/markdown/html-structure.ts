/**
 * Reduces HTML to what the MkDocs Material comparison cares about: element
 * names, classes, ids and nesting, and normalised text. Highlighter spans
 * inside <code> collapse into the code's text; the build-time copy button
 * (Material adds it at run time) and generated `pre` ids are left out.
 * One line per element or text run, indented by depth, for readable diffs.
 */
const VOID = new Set(['input', 'img', 'hr', 'br', 'meta', 'link', 'source', 'wbr']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', para: '¶', nbsp: '\u00a0', '#39': "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

export function structureOf(html: string): string[] {
  const lines: string[] = [];
  const stack: string[] = [];
  let codeDepth = 0;
  let codeText = '';
  let skipDepth = 0;
  const pushText = (raw: string) => {
    const text = decode(raw).replace(/\s+/g, ' ').trim();
    if (text) lines.push(`${'  '.repeat(stack.length)}"${text}"`);
  };
  const pattern = /<!--[\s\S]*?-->|<\/([a-zA-Z][\w-]*)\s*>|<([a-zA-Z][\w-]*)([^>]*?)(\/?)>|([^<]+)/g;
  for (const m of html.matchAll(pattern)) {
    const [, closing, opening, attrs = '', selfClosing, text] = m;
    if (text !== undefined) {
      if (skipDepth) continue;
      if (codeDepth) codeText += decode(text);
      else pushText(text);
      continue;
    }
    if (closing) {
      const name = closing.toLowerCase();
      if (skipDepth) {
        if (name === 'button') skipDepth--;
        continue;
      }
      if (codeDepth) {
        if (name !== 'code') continue;
        codeDepth = 0;
        lines.push(`${'  '.repeat(stack.length)}code "${codeText.replace(/\s+/g, ' ').trim()}"`);
        codeText = '';
        stack.pop();
        continue;
      }
      if (stack[stack.length - 1] === name) stack.pop();
      continue;
    }
    if (!opening) continue;
    const name = opening.toLowerCase();
    if (codeDepth) continue;
    const classes = (attribute(attrs, 'class') ?? '').split(/\s+/).filter(Boolean).sort();
    if (name === 'button' && classes.includes('md-clipboard')) {
      skipDepth++;
      continue;
    }
    if (skipDepth) continue;
    const id = name === 'pre' ? undefined : attribute(attrs, 'id');
    const label = `${name}${id ? `#${id}` : ''}${classes.map((c) => `.${c}`).join('')}`;
    if (name === 'code') {
      codeDepth = 1;
      stack.push(name);
      continue;
    }
    lines.push(`${'  '.repeat(stack.length)}${label}`);
    if (!VOID.has(name) && !selfClosing) stack.push(name);
  }
  return lines;
}
