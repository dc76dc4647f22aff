import type { MarkdownIt } from 'markdown-it';

/** pymdownx.tilde writes `~~text~~` as `<del>`, markdown-it as `<s>`: same tokens, Material's tag. */
export function tildePlugin(md: MarkdownIt): void {
  md.renderer.rules.s_open = () => '<del>';
  md.renderer.rules.s_close = () => '</del>';
}
