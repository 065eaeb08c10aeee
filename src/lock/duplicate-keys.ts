// A JSON text whose object repeats a key is ambiguous: JSON.parse keeps the last, other readers the
// first or refuse it. A lock is a security control; what a reviewer reads must be what the action
// acts on, so a repeated key makes the lock malformed in every mode.

/** Each repeated key of a JSON text that JSON.parse accepted, as `path key "name"`, in order of appearance. */
export function duplicateKeys(text: string): string[] {
  const found: string[] = [];
  // One frame per open object or array: the keys seen in an object and the path to it.
  const stack: { keys: Set<string> | undefined; path: string; key?: string; index: number }[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      const literal = text.slice(i, end);
      const frame = stack[stack.length - 1];
      let j = end;
      while (j < text.length && /\s/.test(text[j] as string)) j++;
      if (frame?.keys && text[j] === ':') {
        const key = JSON.parse(literal) as string;
        if (frame.keys.has(key)) found.push(`${frame.path || '(top level)'} key ${JSON.stringify(key)}`);
        frame.keys.add(key);
        frame.key = key;
      }
      i = end;
      continue;
    }
    if (c === '{' || c === '[') {
      const parent = stack[stack.length - 1];
      const step = parent === undefined ? '' : parent.keys ? `/${parent.key ?? ''}` : `/${parent.index}`;
      stack.push({ keys: c === '{' ? new Set() : undefined, path: `${parent?.path ?? ''}${step}`, index: 0 });
    } else if (c === '}' || c === ']') stack.pop();
    else if (c === ',') {
      const frame = stack[stack.length - 1];
      if (frame && !frame.keys) frame.index++;
    }
    i++;
  }
  return found;
}

/** The index just past the string literal that opens at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}
