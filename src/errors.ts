/** A problem the user can fix: the message says what is wrong and what to do. */
export class UserError extends Error {
  override name = 'UserError';
}

/** An input (action input or command-line option) with a value that cannot be used. */
export class InputError extends UserError {
  override name = 'InputError';
  constructor(
    readonly input: string,
    readonly value: string,
    readonly expected: string,
  ) {
    super(`Input "${input}" has the value ${JSON.stringify(value)}, but ${expected}.`);
  }
}

/** The lock file cannot be read. It is never overwritten in that state. */
export class LockFileError extends UserError {
  override name = 'LockFileError';
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : (JSON.stringify(error) ?? String(error));
}

/**
 * `text` with every secret replaced by `***`, as given and URL-encoded (a server may echo a token
 * in either form, in an error body or a URL it quotes).
 */
export function redact(text: string, secrets: Iterable<string>): string {
  const forms = [...secrets].flatMap((secret) => (secret === '' ? [] : [secret, encodeURIComponent(secret)]));
  let clean = text;
  for (const form of forms.sort((a, b) => b.length - a.length)) clean = clean.split(form).join('***');
  return clean;
}
