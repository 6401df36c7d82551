/**
 * Worker threads that run a TypeScript module, for the claim pool and the figures' chains. A worker
 * thread starts without the parent's tsx loader, so it boots from a JavaScript file
 * (`ts-worker-boot.mjs`) that registers tsx and then imports the module.
 *
 * @module
 */
import { Worker } from "node:worker_threads";

/**
 * A worker thread running the TypeScript module `entry`. It sees `data` as its `workerData` (plus
 * an `entry` field, the module's URL, which the boot file reads).
 */
export function tsWorker(entry: URL, data: Record<string, unknown> = {}): Worker {
  return new Worker(new URL("./ts-worker-boot.mjs", import.meta.url), { workerData: { ...data, entry: entry.href } });
}
