// The check-worthiness part of `npm run eval`: the base model on public held-out sets of two
// genres and on the repo's held-out half, each figure beside two baselines on the same items.
import type { BenchRow } from "../../bench/results-file";
import {
  evaluateSet,
  repoSet,
  type CheckworthinessEvaluation,
  type Figures,
} from "../../lib/checkworthiness/eval/evaluate";
import {
  atNaturalShare,
  claimBusterTest,
  clefTweets,
  type EvaluationSet,
} from "../../lib/checkworthiness/eval/public-sets";
import { evalDataFolder } from "./eval-data";
import { baseModel } from "../../lib/checkworthiness/model/base-model";
import type { CheckworthinessModel } from "../../lib/checkworthiness/model/checkworthiness-model";
import { trainDeskModel } from "../../lib/checkworthiness/model/desk-training";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const line = (label: string, f: Figures) =>
  `    ${label.padEnd(22)} P ${pct(f.atDefault.precision).padStart(6)}  R ${pct(f.atDefault.recall).padStart(6)}  F1 ${f.atDefault.f1.toFixed(3)}  AP ${f.averagePrecision.toFixed(3)}`;

function print(result: CheckworthinessEvaluation, targets: { f1?: number; ap?: number }) {
  console.log(
    `\n  ${result.name}: ${result.items} items, ${result.checkWorthy} check-worthy (${pct(result.checkWorthy / result.items)})`,
  );
  const goal = [targets.f1 && `F1 ≥ ${targets.f1}`, targets.ap && `AP ≥ ${targets.ap}`].filter(Boolean).join(", ");
  console.log(line("model", result.model) + (goal ? `   (target ${goal})` : ""));
  console.log(line("every item positive", result.baselines.everyItem));
  console.log(line("has a number", result.baselines.hasNumber));
  console.log(
    "    precision-recall curve: " +
      result.model.curve
        .filter((_, i) => i % 2 === 1)
        .map((m) => `${m.threshold.toFixed(2)} ${pct(m.precision)}/${pct(m.recall)}`)
        .join(" · "),
  );
}

const rows = (result: CheckworthinessEvaluation, targets: { f1?: number; ap?: number }): BenchRow[] => [
  {
    measure: `check-worthiness F1 at the default threshold, ${result.name}`,
    value: Number(result.model.atDefault.f1.toFixed(3)),
    unit: "",
    target: targets.f1 ? `≥ ${targets.f1}` : "",
  },
  {
    measure: `check-worthiness average precision, ${result.name}`,
    value: Number(result.model.averagePrecision.toFixed(3)),
    unit: "",
    target: targets.ap ? `≥ ${targets.ap}` : "",
  },
  {
    measure: `  baseline "every item": F1 / AP, ${result.name}`,
    value: `${result.baselines.everyItem.atDefault.f1.toFixed(3)} / ${result.baselines.everyItem.averagePrecision.toFixed(3)}`,
    unit: "",
    target: "",
  },
  {
    measure: `  baseline "has a number": F1 / AP, ${result.name}`,
    value: `${result.baselines.hasNumber.atDefault.f1.toFixed(3)} / ${result.baselines.hasNumber.averagePrecision.toFixed(3)}`,
    unit: "",
    target: "",
  },
];

export function evaluateCheckworthinessSets(): { rows: BenchRow[]; details: CheckworthinessEvaluation[] } {
  const { model, problem } = baseModel();
  console.log(
    `Check-worthiness: model ${model.version} (${model.labels} training labels), threshold ${model.threshold}${problem ? ` — ${problem}` : ""}`,
  );
  const speech = claimBusterTest();
  const sets: [EvaluationSet, { f1?: number; ap?: number }][] = [
    [speech, { f1: 0.8, ap: 0.9 }],
    [atNaturalShare(speech), { f1: 0.7 }],
  ];
  const tweets = clefTweets("test-gold", evalDataFolder());
  if (tweets) sets.push([tweets, {}]);
  else
    console.log(
      `\n  (CLEF 2020 tweets not found under ${evalDataFolder()}/clef2020-checkthat-task1: README.md says how to get them)`,
    );
  sets.push([repoSet("report"), { f1: 0.75 }]);
  const details = sets.map(([set, targets]) => {
    const result = evaluateSet(set, model);
    print(result, targets);
    return { result, targets };
  });
  return {
    rows: [...details.flatMap(({ result, targets }) => rows(result, targets)), ...deskLearning(model)],
    details: details.map((d) => d.result),
  };
}

/**
 * Learning from the desk, as /admin/suggestions retrains: the base model fine-tuned on 500
 * labels of a genre it was not trained on (the CLEF 2020 tweets' training split), measured on
 * that genre's held-out tweets before and after.
 */
function deskLearning(base: CheckworthinessModel): BenchRow[] {
  const training = clefTweets("training_v2", evalDataFolder());
  if (!training) return [];
  const labels = training.items.slice(0, 500);
  const started = Date.now();
  const { model, evaluation } = trainDeskModel(base, labels);
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `\n  Learning from the desk: ${labels.length} labelled tweets (${evaluation.positives} check-worthy) in ${seconds.toFixed(1)} s; the desk's threshold ${model.threshold}`,
  );
  const out: BenchRow[] = [];
  for (const split of ["test-gold", "dev_v2"] as const) {
    const held = clefTweets(split, evalDataFolder());
    if (!held) continue;
    const before = evaluateSet(held, base).model;
    const after = evaluateSet(held, model).model;
    const gain = after.atDefault.f1 - before.atDefault.f1;
    console.log(
      `    ${held.name}: F1 ${before.atDefault.f1.toFixed(3)} → ${after.atDefault.f1.toFixed(3)} (${gain >= 0 ? "+" : ""}${gain.toFixed(3)}, target ≥ +0.05), AP ${before.averagePrecision.toFixed(3)} → ${after.averagePrecision.toFixed(3)}`,
    );
    out.push(
      {
        measure: `desk learning: F1 gain after 500 tweet labels, ${held.name}`,
        value: Number(gain.toFixed(3)),
        unit: "",
        target: "≥ 0.05",
      },
      {
        measure: `desk learning: AP after (before ${before.averagePrecision.toFixed(3)}), ${held.name}`,
        value: Number(after.averagePrecision.toFixed(3)),
        unit: "",
        target: "",
      },
    );
  }
  out.push({
    measure: "desk learning: training time for 500 labels",
    value: Number(seconds.toFixed(2)),
    unit: "s",
    target: "< 10",
  });
  return out;
}
