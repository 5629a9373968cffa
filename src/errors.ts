// Expected failures, each with the exit code and JSON code the spec gives it. run() has the one catch.

export type ErrorCode = 'not_found' | 'usage' | 'content' | 'output';

export const EXIT = {
  ok: 0,
  notFound: 1,
  usage: 2,
  content: 3,
  /** A bug in osteo itself (EX_SOFTWARE): never the user's fault. */
  internal: 70,
  /** stdout could not be written: a full disk, a device error (EX_IOERR). A reader that goes away is not this. */
  output: 74,
  interrupted: 130,
} as const;

export class OsteoError extends Error {
  readonly exitCode: number;
  readonly code: ErrorCode;
  /** A next step for the user, printed on its own line after the message. */
  readonly hint: string | undefined;
  readonly suggestions: string[];

  constructor(
    message: string,
    opts: { exitCode: number; code: ErrorCode; hint?: string; suggestions?: string[]; cause?: unknown },
  ) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = new.target.name;
    this.exitCode = opts.exitCode;
    this.code = opts.code;
    this.hint = opts.hint;
    this.suggestions = opts.suggestions ?? [];
  }
}

export class UsageError extends OsteoError {
  constructor(message: string, hint = "Run 'osteo --help' for usage.") {
    super(message, { exitCode: EXIT.usage, code: 'usage', hint });
  }
}

export class NotFoundError extends OsteoError {
  constructor(message: string, suggestions: string[] = [], hint?: string) {
    super(message, {
      exitCode: EXIT.notFound,
      code: 'not_found',
      suggestions,
      hint: hint ?? "Run 'osteo topics' to see all topics.",
    });
  }
}

export class ContentError extends OsteoError {
  constructor(message: string, opts: { cause?: unknown; hint?: string } = {}) {
    super(message, { exitCode: EXIT.content, code: 'content', ...opts });
  }
}

/** stdout (or stderr) refused a write: `stream` names it, `cause` is the system's error. */
export class OutputError extends OsteoError {
  constructor(stream: string, cause: unknown) {
    // Node's message is "ENOSPC: no space left on device, write": the system call adds nothing.
    const reason = cause instanceof Error ? cause.message.replace(/, write$/, '') : String(cause);
    super(`Cannot write to ${stream}: ${reason}`, { exitCode: EXIT.output, code: 'output', cause });
  }
}
