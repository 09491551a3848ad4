import { z } from "zod";
import { DIMENSIONS } from "./feature-hash";
import type { CheckworthinessModel } from "./checkworthiness-model";

export const MODEL_FORMAT = "claimmark-checkworthiness/1";

// Weights under this size change no score at three decimals; leaving them out keeps the file small.
const STORED_MINIMUM = 1e-4;

const modelFileSchema = z.object({
  format: z.literal(MODEL_FORMAT),
  version: z.string().min(1).max(100),
  kind: z.enum(["base", "desk"]),
  trainedAt: z.iso.datetime(),
  labels: z.number().int().nonnegative(),
  threshold: z.number().gt(0).lt(1),
  bias: z.number().finite(),
  dimensions: z.literal(DIMENSIONS),
  /** Little-endian Int32 indices and Float32 values of the non-zero weights, base64. */
  indices: z.string(),
  values: z.string(),
});

/** A model as a JSON-ready object: only its non-zero weights, as base64 typed arrays. */
export function serialiseModel(model: CheckworthinessModel) {
  if (model.kind === "cues") throw new Error("The hand-set cue model is built from code, not stored");
  const indices: number[] = [];
  const values: number[] = [];
  model.linear.weights.forEach((weight, index) => {
    if (Math.abs(weight) >= STORED_MINIMUM) {
      indices.push(index);
      values.push(weight);
    }
  });
  return {
    format: MODEL_FORMAT,
    version: model.version,
    kind: model.kind,
    trainedAt: model.trainedAt,
    labels: model.labels,
    threshold: model.threshold,
    bias: model.linear.bias,
    dimensions: DIMENSIONS,
    indices: Buffer.from(Int32Array.from(indices).buffer).toString("base64"),
    values: Buffer.from(Float32Array.from(values).buffer).toString("base64"),
  };
}

/** Reads a stored model, or says in words what is wrong with it (the caller falls back and logs it). */
export function parseModel(json: string): { ok: true; model: CheckworthinessModel } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, reason: "it is not valid JSON" };
  }
  const parsed = modelFileSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, reason: `it does not match ${MODEL_FORMAT} (${parsed.error.issues[0]?.message})` };
  const file = parsed.data;
  const indexBytes = Buffer.from(file.indices, "base64");
  const valueBytes = Buffer.from(file.values, "base64");
  if (indexBytes.length % 4 !== 0 || indexBytes.length !== valueBytes.length)
    return { ok: false, reason: "its weights are truncated" };
  const indices = new Int32Array(
    indexBytes.buffer.slice(indexBytes.byteOffset, indexBytes.byteOffset + indexBytes.length),
  );
  const values = new Float32Array(
    valueBytes.buffer.slice(valueBytes.byteOffset, valueBytes.byteOffset + valueBytes.length),
  );
  const weights = new Float32Array(DIMENSIONS);
  for (let i = 0; i < indices.length; i++) {
    const index = indices[i]!;
    const value = values[i]!;
    if (index < 0 || index >= DIMENSIONS || !Number.isFinite(value))
      return { ok: false, reason: "a weight is out of range" };
    weights[index] = value;
  }
  return {
    ok: true,
    model: {
      version: file.version,
      kind: file.kind,
      trainedAt: file.trainedAt,
      labels: file.labels,
      threshold: file.threshold,
      linear: { bias: file.bias, weights },
    },
  };
}
