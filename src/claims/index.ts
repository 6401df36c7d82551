export * from "./verdict.js";
export * from "./property.js";
export * from "./violation.js";
export * from "./spec-entry.js";
export * from "./registry.js";
export type * from "./report-types.js";
export * from "./documents.js";
