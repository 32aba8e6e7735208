// What must be ended before the runner exits, also on a failure, a crash or Ctrl+C.
const cleanups = new Set();

/** Registers `fn`; returns it wrapped so it runs once and leaves the registry. */
export function onCleanup(fn) {
  let done;
  const once = () => {
    cleanups.delete(once);
    done ??= Promise.resolve().then(fn);
    return done;
  };
  cleanups.add(once);
  return once;
}

export async function cleanupAll() {
  // Browsers first, then the code-server groups they were connected to.
  for (const fn of [...cleanups].reverse()) await fn().catch(() => {});
}
