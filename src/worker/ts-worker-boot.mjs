// Boot file of tsWorker (ts-worker.ts): worker threads start without the parent's tsx loader, so
// register it, then load the TypeScript module the worker was made for.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
