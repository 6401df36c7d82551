export * from "./softmax.js";
