/** Chromium's switches for a headless browser the server drives (PDF printing, evidence capture): no sandbox (containers), GPU, background traffic or first-run work. */
export const HEADLESS_CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
