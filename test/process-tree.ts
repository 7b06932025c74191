// Plumbing for tests that start the app as a process: its descendants (the embedded PostgreSQL
// and its workers), read from /proc, so a run can prove it left none of them behind.
import { readdirSync, readFileSync } from 'node:fs';

/** Parent pid of each live process (Linux /proc; empty elsewhere). */
function parentPids(): Map<number, number> {
  const parents = new Map<number, number>();
  let entries: string[] = [];
  try {
    entries = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return parents;
  }
  for (const entry of entries) {
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces and parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // the process ended while we read
    }
  }
  return parents;
}

/** Every live process below `pid` (children, their children, …). */
export function listDescendants(pid: number): number[] {
  const parents = parentPids();
  const found: number[] = [];
  let frontier = [pid];
  while (frontier.length > 0) {
    const next = [...parents].filter(([, ppid]) => frontier.includes(ppid)).map(([child]) => child);
    found.push(...next);
    frontier = next;
  }
  return found;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Live processes whose command line mentions `text` (e.g. PostgreSQL's `-D <data dir>`). */
export function listProcessesMentioning(text: string): number[] {
  return [...parentPids().keys()].filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text);
    } catch {
      return false;
    }
  });
}
