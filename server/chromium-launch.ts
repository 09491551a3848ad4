import path from "node:path";

export interface ChromiumSandboxSettings {
  CHROMIUM_SANDBOX: "on" | "off";
  CHROMIUM_USER: string;
}

export interface ChromiumLaunch {
  executablePath: string;
  sandbox: boolean;
  /** Switches added to the caller's. */
  args: string[];
  /** Added to the minimal environment the browser gets. */
  env: Record<string, string>;
}

/**
 * How to start a Chromium that renders pages anyone can cite. Chromium's sandbox stays on: it
 * refuses to run as root with it, so a root server starts it through scripts/chromium-as-user.sh
 * as an unprivileged account, which also cannot read the data folder (0700, the server's). Only
 * CHROMIUM_SANDBOX=off, for a machine where no sandbox can work, turns it off.
 */
export function chromiumLaunch(
  executablePath: string,
  settings: ChromiumSandboxSettings,
  runningAsRoot: boolean,
  appRoot: string,
): ChromiumLaunch {
  if (settings.CHROMIUM_SANDBOX === "off") return { executablePath, sandbox: false, args: [], env: {} };
  if (!runningAsRoot) return { executablePath, sandbox: true, args: [], env: {} };
  return {
    executablePath: path.join(appRoot, "scripts/chromium-as-user.sh"),
    sandbox: true,
    args: [],
    env: { CLAIMMARK_CHROMIUM: executablePath, CLAIMMARK_CHROMIUM_USER: settings.CHROMIUM_USER },
  };
}
