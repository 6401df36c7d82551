// Public API of src/hopfield/: re-export each module here.
// hopfield.js by name: its unchecked cores (hopfieldEnergyOf, runAsynchronousOf) stay internal.
export {
  hebbianWeights,
  hopfieldEnergy,
  type HopfieldRun,
  modernHopfieldEnergy,
  modernHopfieldUpdate,
  runAsynchronous,
  runSynchronous,
} from "./hopfield.js";
export * from "./basins.js";
