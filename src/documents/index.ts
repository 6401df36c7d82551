/**
 * The documents: their registry, sentences and coverage maps.
 *
 * @module
 */
export * from "./registry.js";
