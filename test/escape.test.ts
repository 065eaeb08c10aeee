import { describe, expect, it } from 'vitest';
import { codeBlock, codeSpan, htmlText, markdownText, oneLine, tableCell } from '../src/report/escape.js';
import { neutralise } from '../src/runner.js';

// Data shown in Markdown must stay data; data echoed to the log must stay text.

describe('Markdown escaping of data', () => {
  it('keeps a code span closed whatever backticks the text holds', () => {
    expect(codeSpan('callback-1.vipps.no')).toBe('`callback-1.vipps.no`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('``x')).toBe('``` ``x ```');
    expect(codeSpan('x\n# heading')).toBe('`x # heading`');
    expect(codeSpan('')).toBe('');
  });

  it('keeps a fenced block closed whatever lines the text holds', () => {
    const block = codeBlock('{\n  "x```\n```": []\n}', 'json');
    const fence = block.split('\n')[0];
    expect(fence).toBe('````json');
    expect(block.endsWith('\n````')).toBe(true);
    expect(block.split('\n').slice(1, -1)).not.toContain('````');
  });

  it('turns prose data into text: no HTML, link, mention, reference or emphasis', () => {
    const hostile = '<img src=x onerror=alert(1)> [click](https://evil.example) @octo-org/admins #12 **bold** | pipe';
    const text = markdownText(hostile);
    expect(text).not.toMatch(/<img/);
    expect(text).toContain('&lt;img');
    expect(text).toContain('\\[click\\](https:&#8203;//evil.example)');
    expect(text).toContain('@&#8203;octo-org/admins');
    expect(text).toContain('#&#8203;12');
    expect(text).toContain('\\*\\*bold\\*\\*');
    expect(text).toContain('\\| pipe');
    expect(markdownText('ips.lock.json does not exist yet: DNS gives 3 addresses')).toBe('ips.lock.json does not exist yet: DNS gives 3 addresses');
  });

  it('keeps every table row one row with the same number of cells', () => {
    for (const data of ['a|b', 'a\\|b', 'a\\\\|b', 'x\n| y | z |', 'a\r\nb']) {
      const cell = tableCell(codeSpan(data));
      expect(cell).not.toMatch(/[\r\n]/);
      // Pipes after an even run of backslashes would split the row.
      expect(cell).not.toMatch(/(^|[^\\])(\\\\)*\|/);
    }
  });

  it('escapes text inside raw HTML', () => {
    expect(htmlText('a</summary><img src=x>"&\n\nb')).toBe('a&lt;/summary&gt;&lt;img src=x&gt;&quot;&amp;  b');
    expect(htmlText('@octo-org/admins #12.json')).toBe('@&#8203;octo-org/admins #&#8203;12.json');
    expect(oneLine('a\u2028b\u0085c\u0000d')).toBe('a b c d');
  });
});

describe('workflow commands in echoed data', () => {
  it('prints plain text as it is', () => {
    expect(neutralise('ips.lock.json is up to date with DNS')).toBe('ips.lock.json is up to date with DNS');
    expect(neutralise('2603:1020:201:10::10f')).toBe('2603:1020:201:10::10f');
  });

  it.each([
    ['a line that starts with ::', 'x\n::stop-commands::t'],
    ['after white space', 'x\n  \t::error::forged'],
    ['after a carriage return', 'x\r::add-mask::y'],
    ['at the very start', '::warning::forged'],
    ['the older ##[ form anywhere', 'x ##[error]forged'],
    ['after a next-line character', 'x\n\u0085::error::forged'],
  ])('wraps data with a command %s in stop-commands with a random token', (_, data) => {
    const printed = neutralise(data);
    const lines = printed.split(/\r?\n/);
    const start = /^::stop-commands::([0-9a-f]{32})$/.exec(lines[0] ?? '');
    expect(start).not.toBeNull();
    expect(lines.at(-1)).toBe(`::${start?.[1]}::`);
    expect(printed).toContain(data);
    expect(neutralise(data)).not.toBe(printed);
  });
});
