import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { translateServerText } from "./translate-server-text";

// Every text the server writes for a person to read, found where it is written: the words of a
// refusal (fail, forbidden, notFound…), of an import's or a fetch's error, a schema's messages,
// a `message`/`error`/`reason`/`refusal`/`note` field, an event's description. Each must be in
// the catalogs of every language, or it would reach a Spanish or Arabic reader in English.

const ROOT = path.resolve(__dirname, "../../..");
const FOLDERS = ["lib", "server", "app/api"];
/** Not read by the people using Claimmark: API documentation, operators' messages, test data. */
const LEFT_OUT =
  /^(lib\/openapi|lib\/db|lib\/claim-matching\/eval|lib\/checkworthiness\/(eval|training)|lib\/text\/fixtures|lib\/report\/fixtures|server\/env\.ts|app\/api\/bench)\b|\.test\.tsx?$|test-[\w-]+\.ts$/;
const REFUSING_CALLS = new Set([
  "fail",
  "forbidden",
  "notFound",
  "tooManyRequests",
  "bad",
  "json",
  "ImportError",
  "FetchRefused",
  "CaptureFailed",
]);
const TEXT_FIELDS = new Set(["message", "error", "reason", "refusal", "note"]);
/** Files whose every sentence is for people: schemas' messages, events' descriptions, suggestions' reasons. */
const WHOLE_FILES =
  /^(lib\/validation\/|lib\/events\.ts|lib\/event-detail\.ts|lib\/checkworthiness\/cue-weights\.ts|lib\/checkworthiness\/model\/checkworthiness-model\.ts)/;
/** Texts for operators installing the server, shown in its log: English on purpose. */
const OPERATOR_TEXTS = [/needs Chromium at/, /NEXTAUTH_SECRET/];

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    return statSync(file).isDirectory() ? filesUnder(file) : /\.tsx?$/.test(name) ? [file] : [];
  });
}

/** The texts a literal can make: each `${…}` read as a sample word, each branch of a ?: inside one as itself. */
function textsOf(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isParenthesizedExpression(node)) return textsOf(node.expression);
  if (ts.isConditionalExpression(node)) return [...textsOf(node.whenTrue), ...textsOf(node.whenFalse)];
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)
    return textsOf(node.right);
  if (!ts.isTemplateExpression(node)) return [];
  let texts = [node.head.text];
  for (const span of node.templateSpans) {
    const inner = ts.isConditionalExpression(span.expression) ? textsOf(span.expression) : [];
    const values = inner.length > 0 ? inner : ["7"];
    texts = texts.flatMap((text) => values.map((value) => text + value + span.literal.text));
  }
  return texts;
}

const nameOf = (node: ts.Node) => {
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
    const callee = node.expression;
    return ts.isPropertyAccessExpression(callee) ? callee.name.text : callee.getText();
  }
  return null;
};

/** The file's top-level constants by name: a refusal often names one (`fail(409, LAST_ADMIN)`). */
function constantsOf(source: ts.SourceFile): Map<string, ts.Expression> {
  const constants = new Map<string, ts.Expression>();
  for (const statement of source.statements)
    if (ts.isVariableStatement(statement))
      for (const declaration of statement.declarationList.declarations)
        if (ts.isIdentifier(declaration.name) && declaration.initializer)
          constants.set(declaration.name.text, declaration.initializer);
  return constants;
}

/**
 * A refusal's argument as texts: a literal, a constant of the file, or (fail's third argument) an
 * object of field errors, written there or named.
 */
function argumentTexts(node: ts.Expression, call: string, constants: Map<string, ts.Expression>): string[] {
  const value = ts.isIdentifier(node) ? constants.get(node.text) : node;
  if (!value) return [];
  if (ts.isObjectLiteralExpression(value))
    return call === "fail"
      ? value.properties.flatMap((p) => (ts.isPropertyAssignment(p) ? textsOf(p.initializer) : []))
      : [];
  return textsOf(value);
}

function writtenTexts(file: string): string[] {
  const relative = path.relative(ROOT, file);
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const constants = constantsOf(source);
  const wholeFile = WHOLE_FILES.test(relative);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const parent = node.parent;
    const refusing =
      parent &&
      (((ts.isCallExpression(parent) || ts.isNewExpression(parent)) &&
        REFUSING_CALLS.has(nameOf(parent) ?? "") &&
        parent.arguments?.includes(node as ts.Expression)) ||
        (ts.isPropertyAssignment(parent) && parent.initializer === node && TEXT_FIELDS.has(parent.name.getText())));
    const call = parent && (ts.isCallExpression(parent) || ts.isNewExpression(parent)) ? (nameOf(parent) ?? "") : "";
    const texts =
      (refusing || wholeFile) && ts.isExpression(node)
        ? refusing && call
          ? argumentTexts(node, call, constants)
          : textsOf(node)
        : [];
    // A text is read whole: the pieces of a template inside it are not texts of their own.
    if (texts.length > 0) found.push(...texts);
    else ts.forEachChild(node, visit);
  };
  visit(source);
  return found.filter((text) => /[a-z]{3,} /.test(text) && !OPERATOR_TEXTS.some((pattern) => pattern.test(text)));
}

describe("what the server writes for people", () => {
  const texts = [
    ...new Set(
      FOLDERS.flatMap((folder) => filesUnder(path.join(ROOT, folder)))
        .filter((file) => !LEFT_OUT.test(path.relative(ROOT, file)))
        .flatMap(writtenTexts),
    ),
  ];

  it("is found where it is written (the search itself works)", () => {
    expect(texts).toContain("Sign in to do that.");
    expect(texts).toContain("Only the note's author can change it.");
    expect(texts).toContain("Claim 7 was not found; no claim was changed.");
    expect(texts).toContain("published the final verdict");
    expect(texts).toContain("from 7 to 7");
    expect(texts).toContain("the word “7”");
    // Named constants too: fail(409, "Check the highlighted fields.", EXISTS) with EXISTS = { email: "…" }.
    expect(texts).toContain("An account with this email already exists. Sign in instead.");
    expect(texts).toContain("managed by the server");
    expect(texts.length).toBeGreaterThan(200);
  });

  it.each(["es", "ar"] as const)("is in the %s catalog, every text of it", (locale) => {
    const untranslated = texts.filter((text) => translateServerText(text, locale) === text);
    expect(untranslated).toEqual([]);
  });
});
