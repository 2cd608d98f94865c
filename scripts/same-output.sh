#!/usr/bin/env bash
# scripts/same-output.sh [REF]: does this tree analyze exactly as REF (default
# main) does? Runs `analyze --json` from a checkout of REF and from this tree
# over the same inputs (the seeds, every .txt fixture, the language-ID
# segments and a 1 MB mixed text) and compares the bytes. For changes that
# must not change what the analyzer finds (speed, refactors).
set -euo pipefail
REF=${1:-main}
HERE=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
trap 'git -C "$HERE" worktree remove --force "$WORK/ref" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT

mkdir -p "$WORK/inputs"
# The language-ID segments one file each, and the bench's mixed text, so short,
# hostile and huge inputs are compared too.
node -e '
const fs = require("fs"), path = require("path");
const [root, out] = process.argv.slice(1);
const segs = ["devset", "testset"].flatMap((f) => JSON.parse(fs.readFileSync(path.join(root, "tests/fixtures/langid", f + ".json"), "utf8")));
segs.forEach((s, i) => fs.writeFileSync(path.join(out, `seg-${String(i).padStart(4, "0")}.txt`), s.text));
const seeds = fs.readdirSync(path.join(root, "seeds")).filter((f) => f.endsWith(".txt")).map((f) => fs.readFileSync(path.join(root, "seeds", f), "utf8"));
const unit = [...seeds, ...segs.map((s) => s.text)].join("\n\n");
fs.writeFileSync(path.join(out, "mixed-1mb.txt"), unit.repeat(Math.ceil(1e6 / unit.length)));
' "$HERE" "$WORK/inputs"
mapfile -t FILES < <(cd "$HERE" && { ls seeds/*.txt; find tests/fixtures -name '*.txt' | sort; } ; ls "$WORK"/inputs/*.txt)
FILES=("${FILES[@]/#seeds/$HERE/seeds}")
FILES=("${FILES[@]/#tests/$HERE/tests}")

git -C "$HERE" worktree add --detach "$WORK/ref" "$REF" >/dev/null 2>&1
ln -s "$HERE/node_modules" "$WORK/ref/node_modules"
(cd "$WORK/ref" && npx tsx scripts/analyze.ts --json "${FILES[@]}") > "$WORK/before.jsonl"
(cd "$HERE" && npx tsx scripts/analyze.ts --json "${FILES[@]}") > "$WORK/after.jsonl"
if cmp -s "$WORK/before.jsonl" "$WORK/after.jsonl"; then
  echo "same-output: identical over ${#FILES[@]} files ($(wc -c < "$WORK/after.jsonl") bytes of JSON) against $REF"
else
  echo "same-output: DIFFERENT from $REF:"
  diff <(tr '}' '\n' < "$WORK/before.jsonl") <(tr '}' '\n' < "$WORK/after.jsonl") | head -20
  exit 1
fi
