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
  evalDataFolder,
  type EvaluationSet,
} from "../../lib/checkworthiness/eval/public-sets";
import { baseModel } from "../../lib/checkworthiness/model/base-model";

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
  const tweets = clefTweets("test-gold");
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
    rows: details.flatMap(({ result, targets }) => rows(result, targets)),
    details: details.map((d) => d.result),
  };
}
