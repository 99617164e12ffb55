// Copies the browser files of the npm packages Circles uses into wwwroot/lib,
// so that every script is served from our own origin (SEC-8: no CDN).
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const target = join(root, "src", "Circles.Web", "wwwroot", "lib");

const files = [
  ["node_modules/@microsoft/signalr/dist/browser/signalr.min.js", "signalr/signalr.min.js"],
];

for (const [from, to] of files) {
  const destination = join(target, to);
  mkdirSync(dirname(destination), { recursive: true });
  copyFileSync(join(root, from), destination);
}
console.log(`copied ${files.length} front-end files into wwwroot/lib`);
