import { readFileSync } from "node:fs";
import path from "node:path";
import { cueModel, type CheckworthinessModel } from "./checkworthiness-model";
import { parseModel } from "./model-file";

/** The committed weights `npm run train` writes (scripts/train.ts). */
export const BASE_MODEL_FILE = path.join(process.cwd(), "lib/checkworthiness/model/base-model.json");

export interface LoadedModel {
  model: CheckworthinessModel;
  /** Why the trained weights are not in use, when they are not (shown on /admin/suggestions). */
  problem: string | null;
}

let loaded: LoadedModel | null = null;

/**
 * The base model, read once per process. A missing or corrupt weights file does not stop the
 * app: it scores with the hand-set cues instead and says why, once, in the log.
 */
export function baseModel(file = BASE_MODEL_FILE): LoadedModel {
  if (loaded && file === BASE_MODEL_FILE) return loaded;
  const result = readModelFile(file);
  if (file === BASE_MODEL_FILE) loaded = result;
  return result;
}

function readModelFile(file: string): LoadedModel {
  let json: string;
  try {
    json = readFileSync(file, "utf8");
  } catch {
    return fallBack(`the base model file ${path.basename(file)} is missing`);
  }
  const parsed = parseModel(json);
  return parsed.ok
    ? { model: parsed.model, problem: null }
    : fallBack(`the base model file ${path.basename(file)} cannot be read: ${parsed.reason}`);
}

function fallBack(problem: string): LoadedModel {
  console.warn(`Suggestions: ${problem}; scoring with the hand-set cues (cues-1) instead.`);
  return { model: cueModel(), problem };
}
