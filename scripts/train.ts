// `npm run train`: trains the base check-worthiness model on the public and repo training sets
// (lib/checkworthiness/training), choosing its settings by 5-fold cross-validation on that
// training data only, and writes the weights and their manifest next to the model code.
// Never reads an evaluation set: lib/checkworthiness/eval/public is for `npm run eval` alone.
import fs from "node:fs";
import path from "node:path";
import { DEFAULT_THRESHOLD } from "../lib/checkworthiness/cue-weights";
import { BASE_MODEL_FILE } from "../lib/checkworthiness/model/base-model";
import {
  DEFAULT_TRAINING,
  trainLogisticRegression,
  weightsFingerprint,
  type TrainingOptions,
} from "../lib/checkworthiness/model/logistic-regression";
import { serialiseModel } from "../lib/checkworthiness/model/model-file";
import { crossValidate, toExamples } from "../lib/checkworthiness/model/train-model";
import { claimBusterTest } from "../lib/checkworthiness/eval/public-sets";
import { itemHash, readTrainingSentences } from "../lib/checkworthiness/training/training-sets";

const started = Date.now();
const read = readTrainingSentences();
// An item that also appears in a committed evaluation set ("Thank you." is in both debate
// splits) is left out, so no evaluation figure is measured on a sentence the model saw.
const evaluationHashes = new Set(claimBusterTest().items.map((item) => itemHash(item.text)));
const sentences = read.sentences.filter((s) => !evaluationHashes.has(itemHash(s.text)));
const sources = read.sources.map((source) => ({
  ...source,
  items: sentences.filter((s) => s.source === source.name).length,
}));
console.log(`${read.sentences.length - sentences.length} training items left out: they are also in an evaluation set`);
const examples = toExamples(sentences);
console.log(
  `${examples.length} training sentences (${examples.filter((e) => e.positive).length} check-worthy), featurised in ${Date.now() - started} ms`,
);

const grid: TrainingOptions[] = [];
for (const learningRate of [0.02, 0.05, 0.1])
  for (const epochs of [4, 8]) grid.push({ ...DEFAULT_TRAINING, learningRate, epochs });
console.log("5-fold cross-validation on the training data (mean over folds):");
console.log("  learning rate  epochs  AP     F1 at 0.5");
const tried = grid.map((options) => {
  const cv = crossValidate(examples, options, DEFAULT_THRESHOLD);
  console.log(
    `  ${String(options.learningRate).padEnd(13)}  ${String(options.epochs).padEnd(6)}  ${cv.averagePrecision.toFixed(3)}  ${cv.atThreshold.f1.toFixed(3)}`,
  );
  return { options, cv };
});
const best = tried.reduce((a, b) => (b.cv.averagePrecision > a.cv.averagePrecision ? b : a));
console.log(`chosen: learning rate ${best.options.learningRate}, ${best.options.epochs} epochs`);

const linear = trainLogisticRegression(examples, best.options);
const fingerprint = weightsFingerprint(linear);
const model = {
  version: `base-${fingerprint}`,
  kind: "base" as const,
  trainedAt: new Date().toISOString(),
  labels: examples.length,
  threshold: DEFAULT_THRESHOLD,
  linear,
};
fs.writeFileSync(BASE_MODEL_FILE, JSON.stringify(serialiseModel(model)) + "\n");
const manifest = {
  model: model.version,
  trainedAt: model.trainedAt,
  trainer:
    "scripts/train.ts: hashed cue, word, word-pair and letter n-gram features; class-balanced logistic regression (AdaGrad)",
  settings: best.options,
  crossValidation: {
    folds: best.cv.folds,
    averagePrecision: best.cv.averagePrecision,
    atDefaultThreshold: best.cv.atThreshold,
  },
  sources,
  itemHashes: "SHA-256 of each item's lower-cased, whitespace-collapsed text, first 16 hex digits",
  items: sentences.map((s) => ({ source: s.source, hash: itemHash(s.text) })),
};
const manifestFile = BASE_MODEL_FILE.replace(/\.json$/, ".manifest.json");
fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 1) + "\n");
console.log(
  `wrote ${path.relative(process.cwd(), BASE_MODEL_FILE)} (${model.version}) and its manifest in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
