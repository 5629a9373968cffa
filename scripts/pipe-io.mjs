// The Io the scripts run the built CLI with, in-process (`cli.run(argv, io)`): as osteo sees a
// pipe, with no environment and no pager. `out` receives what it writes to standard output.
export function pipeIo(out = () => {}) {
  return {
    out,
    err() {},
    env: {},
    isTTY: false,
    columns: undefined,
    rows: undefined,
    hyperlinks: () => Promise.resolve(false),
    page: () => Promise.resolve('unavailable'),
  };
}
