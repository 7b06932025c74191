// Plumbing: a failure of the embedded PostgreSQL whose message is already a complete Vietnamese
// explanation for the operator (main.ts prints it without a stack trace).

/** The embedded database could not be placed, started or kept running; `message` says why. */
export class EmbeddedPostgresError extends Error {}
