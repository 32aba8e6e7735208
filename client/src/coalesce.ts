// One running call at a time: a call made while one runs gets one more run after it, shared by
// every caller meanwhile (the running one may predate the change the caller saw).
export function coalesced(run: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let queued: Promise<void> | undefined;
  const call = (): Promise<void> => {
    if (!running) {
      running = run().finally(() => (running = undefined));
      return running;
    }
    queued ??= running.then(() => {
      queued = undefined;
      return call();
    });
    return queued;
  };
  return call;
}
