// Plumbing: notices when the process that started us is gone. npm forwards SIGINT and SIGTERM to
// `npm start`'s child but not SIGHUP, and nothing is forwarded when npm itself is killed with
// SIGKILL; an app left behind would keep PostgreSQL and the data directory. When the parent dies
// the kernel re-parents us (to init or a subreaper), so a changed `process.ppid` means it is gone.

/** Calls `onParentGone` once when our parent process exits; polls every `intervalMs`. */
export function watchParentProcess(onParentGone: () => void, intervalMs = 500): () => void {
  const parent = process.ppid;
  // Started directly by init (a container's PID 1 runs us): there is no parent to lose.
  if (parent <= 1) return () => {};
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onParentGone();
  }, intervalMs);
  timer.unref(); // never the reason the process stays alive
  return () => clearInterval(timer);
}
