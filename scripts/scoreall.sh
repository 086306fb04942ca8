#!/usr/bin/env bash
# Parse and score every held-out set: scripts/scoreall.sh OUT [ROOT]
# ROOT (default: this checkout) is the tree whose extractor parses; each set's plans land in OUT/p_SET,
# its score.py report in OUT/SET.txt and the parse log in OUT/log_SET.txt. SETS="blind85 blind86" limits the run;
# DEV= names the dev set when ROOT is not beside ../shared (a snapshot under /tmp).
set -u
[ $# -ge 1 ] || { echo "usage: scripts/scoreall.sh OUT [ROOT]" >&2; exit 2; }
OUT=$(realpath -m "$1")
ROOT=$(realpath "${2:-$(dirname "$0")/..}") || exit 2
PY=${PY:-$ROOT/.venv/bin/python}
cd "$ROOT" || exit 1
rm -rf rules/.cache
mkdir -p "$OUT"
want() { [ -z "${SETS:-}" ] && return 0; case " $SETS " in *" $1 "*) return 0;; esac; return 1; }
run() {  # run SET GOLD DOCS
    local set=$1 gold=$2 docs=$3
    want "$set" || return 0
    local files
    mapfile -t files < <("$PY" -c 'import glob, json, sys
for g in sorted(glob.glob(sys.argv[1] + "/*.json")):
    print(sys.argv[2] + "/" + json.load(open(g))["doc"])' "$gold" "$docs")
    PYTHONPATH=$ROOT "$PY" -m extractor.cli parse "${files[@]}" --format json --timeout 1500 \
        --out-dir "$OUT/p_$set" > "$OUT/log_$set.txt" 2>&1
    "$PY" corpus/score.py --gold "$gold" --pred "$OUT/p_$set" --per-doc > "$OUT/$set.txt"
    echo "$set $(grep 'mean F1' "$OUT/$set.txt" | tail -1)"
}
run seeds corpus/gold corpus
DEV=${DEV:-$ROOT/../shared/eval/dev}   # the shared evaluation's dev set beside the checkout; DEV=… for a snapshot elsewhere
if [ -d "$DEV" ]; then run dev "$DEV/gold" "$DEV/docs"; elif want dev; then echo "dev skipped: no $DEV (set DEV=)"; fi
for d in corpus/blind corpus/blind_tw_hk $(ls -d corpus/blind[0-9]* | sort -V); do
    run "$(basename "$d")" "$d/gold" "$d/docs"
done
echo READY
