#!/usr/bin/env bash
# Installs the theme's web fonts (theme/package.json: Noto Sans Khmer and Noto Sans, SIL Open Font License 1.1) with
# npm and copies the faces the site uses into theme/assets/fonts/ (git-ignored), with their licence and a fonts.css
# whose @font-face rules try the reader's own copy first (local()) and the served file second. Layouts link fonts.css
# only when it exists (has_asset), so a site built without running this uses the device's fonts and has no broken link.
# It also writes the Khmer and Latin regular and bold faces as plain TrueType files into .uprsite/system-fonts/: a
# build machine without those fonts installs them there for Chromium's running header and footer of the PDFs, which
# Chromium draws with installed fonts only (scripts/netlify-build.sh does).
#   scripts/install-fonts.sh [npm folder]     (default: .uprsite/fonts-npm; the Netlify build passes its cache)
set -euo pipefail
cd "$(dirname "$0")/.."
npm_dir="${1:-.uprsite/fonts-npm}"
out=theme/assets/fonts

mkdir -p "$npm_dir"
cp theme/package.json "$npm_dir/package.json"
npm install --silent --no-audit --no-fund --no-package-lock --prefer-offline --prefix "$npm_dir"

rm -rf "$out.new"
mkdir -p "$out.new"
# One @font-face per face the site uses: family, package, subset file, weight, style, the names local() tries.
node - "$npm_dir/node_modules" "$out.new" <<'JS'
const fs = require("fs");
const path = require("path");
const [modules, out] = process.argv.slice(2);
const faces = [
  ["Noto Sans Khmer", "noto-sans-khmer", "khmer", 400, "normal", ["Noto Sans Khmer", "NotoSansKhmer-Regular"]],
  ["Noto Sans Khmer", "noto-sans-khmer", "khmer", 700, "normal", ["Noto Sans Khmer Bold", "NotoSansKhmer-Bold"]],
  ["Noto Sans", "noto-sans", "latin", 400, "normal", ["Noto Sans", "NotoSans-Regular"]],
  ["Noto Sans", "noto-sans", "latin-ext", 400, "normal", ["Noto Sans", "NotoSans-Regular"]],
  ["Noto Sans", "noto-sans", "latin", 700, "normal", ["Noto Sans Bold", "NotoSans-Bold"]],
  ["Noto Sans", "noto-sans", "latin-ext", 700, "normal", ["Noto Sans Bold", "NotoSans-Bold"]],
  ["Noto Sans", "noto-sans", "latin", 400, "italic", ["Noto Sans Italic", "NotoSans-Italic"]],
  ["Noto Sans", "noto-sans", "latin-ext", 400, "italic", ["Noto Sans Italic", "NotoSans-Italic"]],
  ["Noto Sans", "noto-sans", "latin", 700, "italic", ["Noto Sans Bold Italic", "NotoSans-BoldItalic"]],
  ["Noto Sans", "noto-sans", "latin-ext", 700, "italic", ["Noto Sans Bold Italic", "NotoSans-BoldItalic"]],
];
const rules = [];
for (const [family, pkg, subset, weight, style, locals] of faces) {
  const dir = path.join(modules, "@fontsource", pkg);
  const file = `${pkg}-${subset}-${weight}-${style}.woff2`;
  // The characters a subset file holds are listed beside it in the package's stylesheet for that weight.
  const css = fs.readFileSync(path.join(dir, style === "italic" ? `${weight}-italic.css` : `${weight}.css`), "utf8");
  const block = css.split("@font-face").find(b => b.includes(`/${file}`));
  const range = block && /unicode-range:\s*([^;]+);/.exec(block);
  if (!range) throw new Error(`no unicode-range for ${file} in @fontsource/${pkg}`);
  fs.copyFileSync(path.join(dir, "files", file), path.join(out, file));
  const sources = [...locals.map(name => `local("${name}")`), `url("${file}") format("woff2")`].join(", ");
  rules.push(`@font-face { font-family: "${family}"; font-style: ${style}; font-weight: ${weight}; font-display: swap;\n  src: ${sources};\n  unicode-range: ${range[1].trim()}; }`);
}
for (const pkg of ["noto-sans-khmer", "noto-sans"]) {
  fs.copyFileSync(path.join(modules, "@fontsource", pkg, "LICENSE"), path.join(out, `${pkg}.LICENSE.txt`));
}
const header = "/* Written by scripts/install-fonts.sh from theme/package.json; fonts under the SIL Open Font License 1.1\n" +
  "   (noto-sans-khmer.LICENSE.txt, noto-sans.LICENSE.txt). The reader's installed copy wins; the served file is the fallback. */\n";
fs.writeFileSync(path.join(out, "fonts.css"), header + rules.join("\n") + "\n");
JS
rm -rf "$out"
mv "$out.new" "$out"

system=.uprsite/system-fonts
rm -rf "$system"
mkdir -p "$system"
for face in noto-sans-khmer/files/noto-sans-khmer-khmer-400-normal noto-sans-khmer/files/noto-sans-khmer-khmer-700-normal \
            noto-sans/files/noto-sans-latin-400-normal noto-sans/files/noto-sans-latin-700-normal; do
  node scripts/woff-to-ttf.js "$npm_dir/node_modules/@fontsource/$face.woff" "$system/$(basename "$face").ttf"
done
echo "Web fonts: $(ls "$out"/*.woff2 | wc -l) faces ($(du -sh "$out" | cut -f1)) in $out/"
