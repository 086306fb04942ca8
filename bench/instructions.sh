#!/bin/bash
# Instructions of one warm parse of the 19 parse-text notices of CHECKOUT, counted by callgrind (load-independent,
# unlike timings): `bench/instructions.sh CHECKOUT OUTDIR`. Needs valgrind (Debian's package). Run it on a `git archive`
# snapshot rather than a working tree: it removes the snapshot's rules/.cache so that both sides start alike.
set -euo pipefail
C=$(realpath "$1"); O=$(realpath -m "$2"); rm -rf "$O"; mkdir -p "$O"
PY=${PYTHON:-$(dirname "$0")/../.venv/bin/python}
rm -rf "$C/rules/.cache"
PYTHONPATH=$C PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file="$O/cg.out" \
  --zero-before=zlib_crc32 --dump-before=zlib_adler32 "$PY" - "$C" > "$O/log" 2>&1 <<'PYEOF'
import gc, sys, zlib
from pathlib import Path
root = Path(sys.argv[1])
sys.path.insert(0, str(root))
from extractor.pipeline import parse
# the parse-text notices of bench/run.py (TEXT_NOTICES; named here: an older checkout may not have it)
files = (sorted(root.glob("corpus/*.txt")) + sorted(p for p in (root / "corpus" / "dev" / "docs").glob("*")
                                                      if p.suffix in (".txt", ".md")))[:19]
for f in files:
    parse(f)
gc.disable()
zlib.crc32(b"start")        # callgrind counts from here ...
for f in files:
    parse(f)
zlib.adler32(b"stop")       # ... to here
PYEOF
grep -h "^summary:" "$O/cg.out.1"
