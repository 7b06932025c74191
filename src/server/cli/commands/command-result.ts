// Plumbing: what a subcommand hands back to the program — human lines and the --json object.

/** Lines for stdout, or `json` with --json. */
export interface CommandResult {
  lines: string[];
  json: unknown;
}
