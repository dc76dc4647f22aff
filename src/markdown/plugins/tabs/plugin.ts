import type { MarkdownIt, Renderer, StateBlock, Token } from 'markdown-it';
import { blockLine, indentedBodyEnd, pushInline, tokenizeBody } from '../../block/indented-block.ts';

const HEADER = /^===([!+]*)[ \t]+"(.*)"[ \t]*$/;

interface Tab {
  label: string;
  selected: boolean;
  start: number;
  end: number;
}

interface TabsEnv {
  lecternTabSets?: number;
}

/** Reads the consecutive `=== "Label"` blocks that form one set; `===!` starts a new set. */
function scanTabs(state: StateBlock, startLine: number, endLine: number): Tab[] {
  const tabs: Tab[] = [];
  const column = state.sCount[startLine]!;
  let line = startLine;
  while (line < endLine) {
    const header = HEADER.exec(blockLine(state, line, 0x3d /* = */) ?? '');
    if (!header || state.sCount[line] !== column) break;
    if (tabs.length > 0 && header[1]!.includes('!')) break;
    const end = indentedBodyEnd(state, line, endLine, column + 4);
    tabs.push({ label: header[2]!, selected: header[1]!.includes('+'), start: line, end });
    line = end;
    while (line < endLine && state.isEmpty(line)) line++;
  }
  return tabs;
}

/**
 * pymdownx.tabbed (alternate style): radios + labels + blocks, switched by
 * CSS alone. Ids are `__tabbed_<set>_<tab>`, counted per document.
 */
function tabsRule(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (!HEADER.test(blockLine(state, startLine, 0x3d) ?? '')) return false;
  if (silent) return true;
  const tabs = scanTabs(state, startLine, endLine);
  const env = state.env as TabsEnv;
  const set = (env.lecternTabSets = (env.lecternTabSets ?? 0) + 1);
  const selected = Math.max(0, tabs.findIndex((tab) => tab.selected));
  const end = tabs[tabs.length - 1]!.end;
  const indent = state.sCount[startLine]! + 4;

  const open = state.push('tabbed_set_open', 'div', 1);
  open.block = true;
  open.map = [startLine, end];
  open.attrSet('class', 'tabbed-set tabbed-alternate');
  open.attrSet('data-tabs', `${set}:${tabs.length}`);
  tabs.forEach((_, i) => {
    const input = state.push('tabbed_input', 'input', 0);
    if (i === selected) input.attrSet('checked', 'checked');
    input.attrSet('id', `__tabbed_${set}_${i + 1}`);
    input.attrSet('name', `__tabbed_${set}`);
    input.attrSet('type', 'radio');
  });
  state.push('tabbed_labels_open', 'div', 1).attrSet('class', 'tabbed-labels');
  tabs.forEach((tab, i) => {
    state.push('tabbed_label_open', 'label', 1).attrSet('for', `__tabbed_${set}_${i + 1}`);
    pushInline(state, tab.label, tab.start);
    state.push('tabbed_label_close', 'label', -1);
  });
  state.push('tabbed_labels_close', 'div', -1);
  state.push('tabbed_content_open', 'div', 1).attrSet('class', 'tabbed-content');
  for (const tab of tabs) {
    const block = state.push('tabbed_block_open', 'div', 1);
    block.attrSet('class', 'tabbed-block');
    block.map = [tab.start, tab.end];
    tokenizeBody(state, tab.start + 1, tab.end, indent, 'tabbed');
    state.push('tabbed_block_close', 'div', -1);
  }
  state.push('tabbed_content_close', 'div', -1);
  state.push('tabbed_set_close', 'div', -1);
  state.line = end;
  return true;
}

/** Inputs are void elements; render them self-contained. */
function renderInput(tokens: Token[], idx: number, _options: unknown, _env: unknown, self: Renderer): string {
  return `<input${self.renderAttrs(tokens[idx]!)} />`;
}

export function tabsPlugin(md: MarkdownIt): void {
  md.block.ruler.before('fence', 'tabbed', tabsRule, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.renderer.rules.tabbed_input = renderInput;
}
