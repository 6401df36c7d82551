/**
 * The documents: their registry, sentences and coverage maps.
 *
 * @module
 */
export * from "./registry.js";
export * from "./sentences.js";
export * from "./coverage.js";
export * from "./check.js";
export * from "./totals.js";
