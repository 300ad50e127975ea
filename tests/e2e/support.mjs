// What every browser test file shares: where the build is, and how Chromium is started here
// (Debian's chromium, never a downloaded browser; no background connections, which this
// machine's closed network would refuse).
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../../", import.meta.url));
export const dist = join(root, "dist");
export const singleFile = new URL(`file://${join(dist, "claimscope.html")}`).href;
export const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];
