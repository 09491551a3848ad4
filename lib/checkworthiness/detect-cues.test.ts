import { describe, expect, it } from "vitest";
import { detectCues } from "./detect-cues";
import { tagSentences } from "./tag-sentences";
import type { Cue } from "./cue-weights";

const cuesOf = (sentence: string) => detectCues(tagSentences(sentence)[0]!);

describe("detectCues", () => {
  it.each<[Cue, string]>([
    ["number", "The agency hired 350 inspectors."],
    ["percentage", "Turnout reached 71 percent."],
    ["percentage", "Prices rose 9.1% in June."],
    ["money", "The plant will cost $40 billion."],
    ["date", "The law took effect in January 2020."],
    ["duration", "The models spawned hundreds of versions in just a few months."],
    ["namedEntity", "The report was written at Stanford University."],
    ["agency", "NIST in the United States requires government procurement projects to disclose model parameters."],
    ["lawOrStandard", "The GPL-3.0 protocol adds a contagious open source clause."],
    ["lawOrStandard", "The Artificial Intelligence Act will include closed source models."],
    ["ruleVerb", "The council banned facial recognition."],
    ["superlative", "It is the largest exporter of cars."],
    ["superlative", "It was the first app to reach that mark."],
    ["comparative", "Immigrants commit crimes at a lower rate than citizens do."],
    ["comparative", "Nuclear power causes fewer deaths compared with coal."],
    ["attribution", "According to the commission, turnout was high."],
    ["attribution", "A study found that insects are declining."],
    ["causal", "Smoking causes most lung cancer deaths."],
    ["trend", "Crime has doubled since the mayor took office."],
    ["quantifier", "Every voter must show an ID under the new rules."],
    ["question", "Who really benefits from these tax cuts?"],
    ["opinion", "I think my opponent has no idea what families are going through."],
    ["opinion", "Our party should focus on ordinary people."],
    ["hedge", "Perhaps the future ecosystem will move towards federation."],
    ["personal", "We believe that every child deserves a fair chance."],
    ["veryShort", "Hope is stronger."],
    ["noVerb", "3、 Fusion Evolution: A New Paradigm in Dynamic Balance"],
  ])("finds %s in “%s”", (cue, sentence) => {
    expect(cuesOf(sentence)).toContain(cue);
  });

  it("does not read a rule's “must” as an opinion, nor “US” as “us”", () => {
    expect(cuesOf("Under the new rules, lobbyists must register with the ethics office within 30 days.")).not.toContain(
      "opinion",
    );
    expect(cuesOf("The US government banned the export of advanced chips in October 2022.")).not.toContain("personal");
  });

  it("does not call a list label or a bare year a number", () => {
    expect(cuesOf("1、 Open Source Spirit: Democratization of Technology")).not.toContain("number");
    expect(cuesOf("The bill was signed in 2021 by the president.")).not.toContain("number");
  });

  it("treats a sentence with a full stop as having a verb even when the tagger misses it", () => {
    expect(cuesOf("Lightning strikes the Earth about 100 times every second.")).not.toContain("noVerb");
  });
});
