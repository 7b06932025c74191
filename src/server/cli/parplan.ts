// Entry of the `parplan` command (bin/parplan.mjs runs the built dist/server/cli/parplan.js, or
// this file through tsx in a checkout): runs the program and exits with its code.
import { processIo } from './cli-io';
import { run } from './cli-program';

process.exitCode = await run(process.argv.slice(2), processIo());
