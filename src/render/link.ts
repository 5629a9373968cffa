// Links as osteo writes them: OSC 8 hyperlinks only for http(s) addresses, so content can never
// smuggle a javascript:, file: or escape-laden link into the terminal.

const SAFE_URL = /^https?:\/\/[^\s\u0000-\u001F\u007F-\u009F]+$/i;

export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url);
}

/** `text` as a clickable OSC 8 link to `url`; the caller checks isSafeUrl first. */
export function hyperlink(url: string, text: string): string {
  return `\u001B]8;;${url}\u0007${text}\u001B]8;;\u0007`;
}
