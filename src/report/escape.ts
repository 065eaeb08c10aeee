// Markdown built from data (host names from a lock, paths from inputs, reasons from DNS servers)
// must show that data, never act on it: no HTML, no links, no @mention that notifies someone, no
// #reference that cross-links an issue, no line break that starts a heading or ends a table or a
// code block early. Every function here is total: any string in, inert Markdown out.

/** Control characters and the line separators GitHub's renderer and the runner treat as line ends. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** One line of data: every control character or line separator becomes a space. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKING, ' ');
}

/** Longest run of backticks in `text`. */
function longestBacktickRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}

/**
 * Inline code showing `text` verbatim. Inside a code span Markdown, HTML, mentions, references and
 * autolinks are all inert; the fence is one backtick longer than any run inside, and padded with a
 * space when the text starts or ends with a backtick or a space (CommonMark strips one of each).
 */
export function codeSpan(text: string): string {
  const content = oneLine(text);
  if (content === '') return '';
  const fence = '`'.repeat(longestBacktickRun(content) + 1);
  const pad = /^[` ]|[` ]$/.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/**
 * A fenced code block showing `text` verbatim, whatever lines it holds: the fence is longer than
 * any backtick run inside, so no line of the text can close it.
 */
export function codeBlock(text: string, info = ''): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
  return `${fence}${oneLine(info).replace(/`/g, '')}\n${text.replace(/\r/g, '')}\n${fence}`;
}

/**
 * Prose data shown as text: Markdown punctuation is backslash-escaped, `<` and `&` become entities
 * (no raw HTML), and a zero-width space after `@` and `#` keeps GitHub from turning `@team` into a
 * notification or `#12` into a cross-reference (GitHub finds those in the rendered text, where a
 * backslash escape is already gone). Line breaks become spaces.
 */
export function markdownText(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]|~>$]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/([@#])/g, '$1&#8203;')
    .replace(/:\/\//g, ':&#8203;//')
    .replace(/^(\s*)([-+=]|\d+[.)])/, '$1\\$2');
}

/**
 * A table cell: GitHub splits a row at every `|` not escaped by a backslash, even inside a code
 * span, and reads backslashes in pairs, so a pipe after an even run of them gets one more.
 */
export function tableCell(markdown: string): string {
  return oneLine(markdown).replace(/(\\*)\|/g, (match, backslashes: string) => (backslashes.length % 2 === 0 ? `${backslashes}\\|` : match));
}

/**
 * Text inside raw HTML such as `<summary>`: entities for the characters HTML acts on, and the same
 * zero-width space after `@` and `#` as in markdownText (GitHub links mentions in HTML text too).
 */
export function htmlText(text: string): string {
  return oneLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/([@#])/g, '$1&#8203;');
}
