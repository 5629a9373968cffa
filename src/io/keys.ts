// Keys typed at the terminal on stdin, one at a time, for the interactive commands (osteo
// selfcheck). In raw mode a key arrives when it is pressed, not at Enter, and is not echoed, so
// the command shows the answer in words instead of a stray "y". Ctrl-C arrives as a key too:
// the command ends itself with 130 after the terminal is put back.

export interface Key {
  /** A printable character ("y", "2"), or enter, backspace, escape, ctrl-c, ctrl-d; end when input has ended. */
  name: string;
  /** When it arrived, in milliseconds (performance.now()): the chair-stand timer measures between keys. */
  at: number;
}

export interface Keys {
  next(): Promise<Key>;
  /** Put the terminal back as it was and stop reading. */
  close(): void;
}

const NAMED: Record<string, string> = {
  '\r': 'enter',
  '\n': 'enter',
  '\r\n': 'enter',
  '\u007F': 'backspace',
  '\b': 'backspace',
  '\u0003': 'ctrl-c',
  '\u0004': 'ctrl-d',
  '\u001B': 'escape',
};
// One key each: CR LF, an escape sequence (arrows, function keys: named "escape-sequence" and
// ignored by commands), or one code point.
const KEY = /\r\n|\u001B\[[0-?]*[ -/]*[@-~]|\u001BO.|[\s\S]/gu;

/** Pure: the keys in one chunk read from a raw terminal (typing fast or pasting gives several). */
export function splitKeys(chunk: string): string[] {
  return (chunk.match(KEY) ?? []).map(
    (k) => NAMED[k] ?? (k.length > 1 && k.startsWith('\u001B') ? 'escape-sequence' : k),
  );
}

/** Keys from the process's stdin, which must be a terminal. */
export function openTerminalKeys(): Keys {
  const stdin = process.stdin;
  const queue: Key[] = [];
  const waiting: ((key: Key) => void)[] = [];
  let ended = false;
  const push = (key: Key): void => {
    const wake = waiting.shift();
    if (wake) wake(key);
    else queue.push(key);
  };
  const onData = (chunk: string): void => {
    const at = performance.now();
    for (const name of splitKeys(chunk)) push({ name, at });
  };
  const onEnd = (): void => {
    ended = true;
    push({ name: 'end', at: performance.now() });
  };
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.on('data', onData);
  stdin.on('end', onEnd);
  stdin.resume();
  return {
    next: () => {
      const key = queue.shift();
      if (key) return Promise.resolve(key);
      if (ended) return Promise.resolve({ name: 'end', at: performance.now() });
      return new Promise((resolve) => waiting.push(resolve));
    },
    close: () => {
      stdin.off('data', onData);
      stdin.off('end', onEnd);
      stdin.setRawMode(false);
      // Paused, stdin no longer holds the process open.
      stdin.pause();
    },
  };
}
