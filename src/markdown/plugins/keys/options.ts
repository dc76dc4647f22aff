/**
 * pymdownx.keys names: canonical key → label, plus aliases. `++ctrl+alt+del++`
 * renders `kbd.key-control` "Ctrl", `kbd.key-alt` "Alt", `kbd.key-delete` "Del".
 */
const NAMED: Record<string, string> = {
  control: 'Ctrl', alt: 'Alt', shift: 'Shift', command: 'Cmd', option: 'Option', meta: 'Meta', windows: 'Win',
  super: 'Super', fn: 'Fn', hyper: 'Hyper', 'alt-graph': 'AltGr', enter: 'Enter', return: 'Return', tab: 'Tab',
  escape: 'Esc', delete: 'Del', backspace: 'Backspace', space: 'Space', insert: 'Ins', home: 'Home', end: 'End',
  'page-up': 'Page Up', 'page-down': 'Page Down', 'arrow-up': 'Up', 'arrow-down': 'Down', 'arrow-left': 'Left',
  'arrow-right': 'Right', 'caps-lock': 'Caps Lock', 'num-lock': 'Num Lock', 'scroll-lock': 'Scroll Lock',
  'print-screen': 'Print Screen', pause: 'Pause', break: 'Break', 'context-menu': 'Menu', clear: 'Clear',
  plus: '+', minus: '-', equal: '=', comma: ',', period: '.', slash: '/', backslash: '\\', semicolon: ';',
  quote: "'", 'double-quote': '"', backtick: '`', tilde: '~', 'bracket-left': '[', 'bracket-right': ']',
  'left-button': 'Left Button', 'right-button': 'Right Button', 'middle-button': 'Middle Button',
};

export const KEY_ALIASES: Record<string, string> = {
  ctrl: 'control', cmd: 'command', opt: 'option', win: 'windows', altgr: 'alt-graph', esc: 'escape', del: 'delete',
  back: 'backspace', spc: 'space', ins: 'insert', pgup: 'page-up', pgdn: 'page-down', up: 'arrow-up',
  down: 'arrow-down', left: 'arrow-left', right: 'arrow-right', caps: 'caps-lock', prtsc: 'print-screen',
  menu: 'context-menu', 'left-click': 'left-button', 'right-click': 'right-button',
};

export const KEY_LABELS: Record<string, string> = { ...NAMED };
for (const c of 'abcdefghijklmnopqrstuvwxyz') KEY_LABELS[c] = c.toUpperCase();
for (const d of '0123456789') KEY_LABELS[d] = d;
for (let n = 1; n <= 24; n++) KEY_LABELS[`f${n}`] = `F${n}`;
