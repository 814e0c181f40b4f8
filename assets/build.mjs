// `make assets`: copy the pinned NL Design System CSS from node_modules into static/nlds/.
// Nothing is compiled: the packages ship ready-made CSS. Each copy gets a header naming
// its package, version and licence (EUPL-1.2). The output is committed so that running
// the site needs no Node; CI can rebuild and `git diff --exit-code static/nlds`.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";

const OUT = "static/nlds";
const FILES = [
  ["@rijkshuisstijl-community/components-css", "dist/index.css", "components.css"],
  ["@nl-design-system-unstable/voorbeeld-design-tokens", "dist/theme.css", "tokens.css"],
];

mkdirSync(OUT, { recursive: true });
for (const [pkg, file, target] of FILES) {
  const meta = JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, "utf8"));
  const css = readFileSync(`node_modules/${pkg}/${file}`, "utf8");
  if (/@import|@font-face|url\((?!["']?data:)/.test(css)) {
    throw new Error(`${pkg}/${file} refers to another file or font: the site allows no third-party requests`);
  }
  const header = `/*! ${pkg}@${meta.version} (${file}), licence ${meta.license}. Built by assets/build.mjs; do not edit. */\n`;
  writeFileSync(`${OUT}/${target}`, header + css);
  console.log(`${OUT}/${target} <- ${pkg}@${meta.version} (${(css.length / 1024).toFixed(0)} kB)`);
}
