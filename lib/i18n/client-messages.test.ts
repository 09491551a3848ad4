import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, clientMessages } from "./client-messages";
import { messagesFor } from "./messages";

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    return statSync(file).isDirectory() ? filesUnder(file) : /\.tsx?$/.test(name) ? [file] : [];
  });
}

const namespacesIn = (file: string) =>
  [...readFileSync(file, "utf8").matchAll(/useTranslations\("(\w+)"\)/g)].map((match) => match[1]!);

describe("the messages sent to the browser", () => {
  it("include every namespace a component can read there", () => {
    // Every component may end up in a client bundle (imported by a client component); pages only
    // when they are client components themselves (app/error.tsx).
    const root = path.resolve(__dirname, "../..");
    const clientFiles = [
      ...filesUnder(path.join(root, "components")),
      ...filesUnder(path.join(root, "app")).filter((file) => readFileSync(file, "utf8").startsWith('"use client"')),
    ];
    const used = new Set(clientFiles.flatMap(namespacesIn));
    expect([...used].filter((namespace) => !(CLIENT_NAMESPACES as readonly string[]).includes(namespace))).toEqual([]);
  });

  it("leave out what only pages read on the server", () => {
    const sent = clientMessages(messagesFor("es"));
    expect(sent.Verdicts?.FALSE).toBe("Falso");
    expect(sent).not.toHaveProperty("Compare");
    expect(sent).not.toHaveProperty("Titles");
    expect(JSON.stringify(sent).length).toBeLessThan(JSON.stringify(messagesFor("es")).length * 0.8);
  });
});
