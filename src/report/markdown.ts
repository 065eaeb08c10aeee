import type { LockResult } from '../engine.js';
import { codeSpan as code, codeBlock, htmlText, tableCell, markdownText as text } from './escape.js';
import { unifiedDiff } from './line-diff.js';
import { type AddressRow, addressRows, dnsProblems, headline, plural } from './rows.js';

const CHANGES: Record<AddressRow['change'], string> = {
  added: '➕ added',
  departing: '⏳ departing',
  removed: '➖ removed',
  moved: '⇄ other hosts',
};

/** A firewall file that does not match the lock: what it holds now (undefined: missing) and what the lock gives. */
export interface StaleFile {
  path: string;
  current: string | undefined;
  expected: string;
}

export interface MarkdownOptions {
  lockFile: string;
  /** The first line; the headline of the lock's change by default. */
  title?: string;
  /** Paragraphs after the headline: what happened and what to do next. */
  advice?: string[];
  /**
   * How the lock's change is shown, after the table: not at all (a pull request, where GitHub
   * shows the files), as a compact diff, or as the diff and the whole new lock (to commit by hand).
   */
  lock?: 'none' | 'diff' | 'diff-and-file';
  /** Firewall files to show the diff or new content of (not in a pull request: GitHub shows them). */
  staleFiles?: readonly StaleFile[];
}

/**
 * The report a reviewer reads in the job summary, a pull request or an issue. The first screen
 * holds the headline, what to do, and one row per address to allow or close; the file changes
 * follow, collapsed.
 */
export function renderMarkdown(result: LockResult, options: MarkdownOptions): string {
  const lines = [`### ${text(options.title ?? headline(result, options.lockFile))}`, ''];
  for (const paragraph of options.advice ?? []) lines.push(paragraph, '');

  const rows = addressRows(result);
  if (result.previous && rows.length > 0) {
    lines.push('| Environment | Change | Address | Hosts | Note |', '|---|---|---|---|---|');
    for (const row of rows) {
      lines.push(tableRow([text(row.environment), CHANGES[row.change], code(row.address), row.hosts.map(code).join(', '), text(row.note)]));
    }
    lines.push('');
  }
  if (!result.previous) {
    lines.push('| Environment | Addresses |', '|---|---|');
    for (const [name, environment] of Object.entries(result.next.environments)) {
      lines.push(tableRow([text(name), environment.addresses.map(code).join(' ') || 'none']));
    }
    lines.push('');
  }
  lines.push(...problems(result), ...withheld(result));
  const lock = options.lock ?? 'none';
  if (lock !== 'none' && result.lockChanged) {
    if (result.previousText !== undefined) lines.push(...collapsed(`Change to ${options.lockFile}`, unifiedDiff(result.previousText, result.nextText), 'diff'));
    if (lock === 'diff-and-file' || result.previousText === undefined) lines.push(...collapsed(`New ${options.lockFile}`, result.nextText, 'json'));
  }
  for (const file of options.staleFiles ?? []) {
    lines.push(
      ...(file.current === undefined
        ? collapsed(`${file.path} (does not exist yet)`, file.expected, '')
        : collapsed(`Change to ${file.path}`, unifiedDiff(file.current, file.expected), 'diff')),
    );
  }
  lines.push(footer(result));
  return `${lines.join('\n')}\n`;
}

/** Addresses add-when all kept out of the lock: who returned them and who did not. */
function withheld(result: LockResult): string[] {
  if (result.withheld.length === 0) return [];
  const lines = [`**${plural(result.withheld.length, 'address')} not added**: the DNS servers that answered disagree, and add-when is all:`, ''];
  lines.push('| Host | Record | Address | Returned by | Not by |', '|---|---|---|---|---|');
  for (const w of result.withheld) {
    lines.push(tableRow([code(w.host), w.type, code(w.address), w.from.map(code).join(' '), w.notFrom.map(code).join(' ')]));
  }
  lines.push('');
  return lines;
}

/** Each host some server could not answer for, once, with its reasons and what the lock did. */
function problems(result: LockResult): string[] {
  const list = dnsProblems(result);
  if (list.length === 0) return [];
  const lines = ['**DNS did not answer for every host.** A host no server answered keeps its locked addresses:', ''];
  lines.push('| Host | What DNS said | Lock |', '|---|---|---|');
  for (const problem of list) lines.push(tableRow([code(problem.host), problem.reasons.map(text).join('<br>'), problem.effect]));
  lines.push('');
  return lines;
}

function footer(result: LockResult): string {
  const environments = Object.keys(result.next.environments);
  const answered = result.hosts.filter((h) => h.status === 'resolved' || h.status === 'no-such-host').length;
  const kept = result.hosts.length - answered;
  const keptText = kept > 0 ? `, ${kept} kept locked addresses` : '';
  return `<sub>${plural(result.hosts.length, 'host')} in ${text(environments.join(', ')) || 'no environment'}; ${answered} answered${keptText}.</sub>`;
}

/** A collapsed block holding `content` verbatim, under a summary that is data too. */
function collapsed(summary: string, content: string, language: string): string[] {
  return [`<details><summary>${htmlText(summary)}</summary>`, '', codeBlock(content.replace(/\n$/, ''), language), '', '</details>', ''];
}

/** A table row of cells that are already Markdown. */
function tableRow(cells: readonly string[]): string {
  return `| ${cells.map(tableCell).join(' | ')} |`;
}
