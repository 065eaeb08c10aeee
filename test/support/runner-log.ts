// Reads a step's stdout the way the GitHub Actions runner does, to see which workflow commands it
// would act on: lines end at \n or \r; `::name props::message` once leading white space is trimmed;
// the older `##[name]message` anywhere in a line; `::stop-commands::TOKEN` ignores every command
// until the line `::TOKEN::`.

export interface RunnerCommand {
  command: string;
  message: string;
}

const V2 = /^::([^\s:]+)(?: [^:]*)?::(.*)$/;

export function commandsTheRunnerSees(stdout: string): RunnerCommand[] {
  const commands: RunnerCommand[] = [];
  let stoppedUntil: string | undefined;
  for (const raw of stdout.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/^[\s\u0085]+/, '');
    if (stoppedUntil !== undefined) {
      if (line.trimEnd() === `::${stoppedUntil}::`) stoppedUntil = undefined;
      continue;
    }
    const v2 = V2.exec(line);
    if (v2) {
      const [, command = '', message = ''] = v2;
      commands.push({ command, message });
      if (command === 'stop-commands') stoppedUntil = message;
      continue;
    }
    const v1 = /##\[([^\]\s]+)[^\]]*\](.*)$/.exec(raw);
    if (v1) commands.push({ command: v1[1] ?? '', message: v1[2] ?? '' });
  }
  return commands;
}
