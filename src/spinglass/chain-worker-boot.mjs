// Worker threads start without the parent's tsx loader; register it before loading the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./chain-worker.ts");
