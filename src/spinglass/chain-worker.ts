/**
 * A worker thread of {@link runChains}: runs the chains it is sent, one at a time, and sends back
 * each result (its buffer transferred, not copied).
 *
 * @module
 */
import { parentPort } from "node:worker_threads";
import { runChain, type ChainTask } from "./chain-tasks.js";

const port = parentPort;
if (!port) throw new Error("chain-worker must run in a worker thread");
port.on("message", ({ k, task }: { k: number; task: ChainTask }) => {
  try {
    const result = runChain(task);
    port.postMessage({ type: "done", k, result }, [result.buffer as ArrayBuffer]);
  } catch (e) {
    port.postMessage({ type: "error", error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
port.postMessage({ type: "ready" });
