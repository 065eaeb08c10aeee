import type { LockResult } from '../engine.js';
import { codeSpan as code, codeBlock, htmlText, tableCell, markdownText as text } from './escape.js';
import { changeRows, headline, plural } from './rows.js';

const ICONS = { added: '➕ added', removed: '➖ removed', departing: '⏳ departing' } as const;

export interface MarkdownOptions {
  lockFile: string;
  /** Extra paragraphs after the headline, such as what to do next. */
  advice?: string[];
  /** Include the new lock file text in a collapsed block. */
  includeLock?: boolean;
}

/** The report a reviewer reads in the job summary, a pull request or an issue. */
export function renderMarkdown(result: LockResult, options: MarkdownOptions): string {
  const lines = [`### ${text(headline(result, options.lockFile))}`, ''];
  for (const paragraph of options.advice ?? []) lines.push(paragraph, '');

  const rows = changeRows(result);
  if (result.previous && rows.length > 0) {
    lines.push('| Environment | Host | Change | Address | Note |', '|---|---|---|---|---|');
    for (const row of rows) {
      lines.push(tableRow([text(row.environment), code(row.host), ICONS[row.change], code(row.address), text(row.note)]));
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
  lines.push(...lookupProblems(result));
  if (options.includeLock && result.lockChanged) {
    lines.push(`<details><summary>New ${htmlText(options.lockFile)}</summary>`, '', codeBlock(result.nextText.trimEnd(), 'json'), '', '</details>', '');
  }
  lines.push(footer(result));
  return `${lines.join('\n')}\n`;
}

function lookupProblems(result: LockResult): string[] {
  const lines: string[] = [];
  const failing = result.hosts.filter((h) => h.observation.failures.length > 0 && h.status !== 'resolved' && h.status !== 'no-such-host');
  const rejected = result.hosts.filter((h) => h.observation.rejected.length > 0);
  if (failing.length > 0) {
    lines.push(`**${plural(failing.length, 'host')} could not be resolved**; their locked addresses are kept:`, '');
    lines.push('| Host | Record | DNS server | Reason |', '|---|---|---|---|');
    for (const host of failing) {
      for (const failure of host.observation.failures) {
        lines.push(tableRow([code(host.host), failure.type, code(failure.server), text(failure.reason)]));
      }
    }
    lines.push('');
  }
  if (rejected.length > 0) {
    lines.push('**Answers ignored** (addresses that are never locked: a broken or poisoned answer):', '');
    for (const host of rejected) {
      const list = host.observation.rejected.map((r) => `${code(r.address)} (${text(r.reason)})`).join(', ');
      lines.push(`- ${code(host.host)}: ${list}`);
    }
    lines.push('');
  }
  return lines;
}

function footer(result: LockResult): string {
  const environments = Object.keys(result.next.environments);
  const hosts = result.hosts.length;
  const ok = result.hosts.filter((h) => h.status === 'resolved' || h.status === 'no-such-host').length;
  return `<sub>${plural(hosts, 'host')} in ${text(environments.join(', ')) || 'no environment'}; ${ok} resolved.</sub>`;
}

/** A table row of cells that are already Markdown. */
function tableRow(cells: readonly string[]): string {
  return `| ${cells.map(tableCell).join(' | ')} |`;
}
