// Writes lib/publishing/schemaorg/vocabulary-30.0.json, the schema.org vocabulary (release 30.0, CC BY-SA 3.0)
// reduced to what a validator reads: each type's supertypes, each property's domain and range.
// Usage: node scripts/schemaorg-vocabulary.mjs <schemaorg-current-https-types.csv> <…-properties.csv>
// (both files are in github.com/schemaorg/schemaorg under data/releases/30.0/).
import { readFileSync, writeFileSync } from "node:fs";
import { parse } from "csv-parse/sync";

const [typesCsv, propertiesCsv] = process.argv.slice(2);
if (!typesCsv || !propertiesCsv) {
  console.error("Usage: node scripts/schemaorg-vocabulary.mjs <types.csv> <properties.csv>");
  process.exit(2);
}
const read = (file) => parse(readFileSync(file, "utf8"), { columns: true });
const names = (cell) =>
  cell
    .split(",")
    .map((s) => s.trim().replace("https://schema.org/", ""))
    .filter(Boolean);

const types = {};
for (const row of read(typesCsv)) types[row.label] = names(row.subTypeOf);
const properties = {};
for (const row of read(propertiesCsv)) {
  properties[row.label] = { domain: names(row.domainIncludes), range: names(row.rangeIncludes) };
}
const out = "lib/publishing/schemaorg/vocabulary-30.0.json";
writeFileSync(out, JSON.stringify({ release: "30.0", licence: "CC BY-SA 3.0", types, properties }) + "\n");
console.log(`${out}: ${Object.keys(types).length} types, ${Object.keys(properties).length} properties`);
