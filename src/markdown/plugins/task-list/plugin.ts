import type { MarkdownIt, StateCore, Token } from 'markdown-it';

const MARKER = /^\[([ xX])\][ \t]/;

/**
 * pymdownx.tasklist with custom checkboxes: `- [x] Done` →
 * `li.task-list-item > label.task-list-control > input + span.task-list-indicator`,
 * the list gets `task-list`.
 */
function taskListRule(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 2; i < tokens.length; i++) {
    const inline = tokens[i]!;
    if (inline.type !== 'inline' || tokens[i - 1]!.type !== 'paragraph_open' || tokens[i - 2]!.type !== 'list_item_open') continue;
    const first = inline.children?.[0];
    const match = first?.type === 'text' ? MARKER.exec(first.content) : null;
    if (!first || !match) continue;
    const checked = match[1] !== ' ';
    const checkbox = new state.Token('html_inline', '', 0);
    checkbox.content = `<label class="task-list-control"><input type="checkbox" disabled${checked ? ' checked' : ''} /><span class="task-list-indicator"></span></label>`;
    first.content = ` ${first.content.slice(match[0].length)}`;
    inline.children!.unshift(checkbox);
    const item = tokens[i - 2]!;
    item.attrJoin('class', 'task-list-item');
    listOpening(tokens, i - 2)?.attrJoin('class', 'task-list');
  }
}

function listOpening(tokens: Token[], itemIndex: number): Token | undefined {
  const level = tokens[itemIndex]!.level - 1;
  for (let i = itemIndex - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.level === level && (token.type === 'bullet_list_open' || token.type === 'ordered_list_open')) {
      return String(token.attrGet('class') ?? '').split(' ').includes('task-list') ? undefined : token;
    }
  }
  return undefined;
}

export function taskListPlugin(md: MarkdownIt): void {
  md.core.ruler.after('inline', 'task_list', taskListRule);
}
