/**
 * A worker thread of the claim pool: loads the registry once, then runs the claims it is sent.
 * Running claims in workers lets the pool kill one that overruns its hard time limit.
 *
 * @module
 */
import { parentPort, workerData } from "node:worker_threads";
import { runClaim, type ClaimRunOptions } from "./claim-run.js";
import { loadRegistry } from "./registry.js";
import { ReplayDatabase, type SavedFailure } from "./replay-db.js";

interface RunMessage {
  type: "run";
  id: string;
  options: ClaimRunOptions;
  replay: Record<string, SavedFailure[]>;
}

const registry = await loadRegistry(workerData?.root);
const port = parentPort;
if (!port) throw new Error("pool-worker must run in a worker thread");
port.on("message", (msg: RunMessage) => {
  const entry = registry.byId.get(msg.id);
  if (!entry) {
    port.postMessage({ type: "error", id: msg.id, error: `unknown claim ${msg.id}` });
    return;
  }
  // A throwaway database in memory (no file at all): the claim's saved failures in, its updated
  // failures out.
  const db = new ReplayDatabase(null);
  db.absorb(msg.replay);
  try {
    const prop = entry.property ? registry.properties.get(entry.property) : undefined;
    const report = runClaim(entry, prop, { ...msg.options, database: db });
    port.postMessage({ type: "done", id: msg.id, report, replay: db.entries() });
  } catch (e) {
    port.postMessage({ type: "error", id: msg.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
port.postMessage({ type: "ready" });
