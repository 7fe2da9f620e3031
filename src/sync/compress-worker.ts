/// <reference lib="webworker" />
import { compressLocalDocs } from './compress-local-docs';

/** Compresses the documents of the database named in the message, then says it is done (or why not). */
self.onmessage = (event: MessageEvent<{ name: string }>) => {
  compressLocalDocs(event.data.name).then(
    () => self.postMessage({ ok: true }),
    (error: unknown) => self.postMessage({ ok: false, reason: error instanceof Error ? error.message : String(error) }),
  );
};
