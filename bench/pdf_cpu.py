"""CPU per fixture PDF, with the `extractor` on PYTHONPATH: the pipeline's `parse` (time.process_time, in one
process after a warm-up) and `pdftotext FILE -` (getrusage(RUSAGE_CHILDREN): its process included), median of
N rounds each; prints one JSON line ({"res": {file: [parse ms, pdftotext ms]}, "load": ..., "src": ...}).
CPU time is what a loaded machine disturbs least; run a base checkout and yours alternately:

    PYTHONPATH=/tmp/base .venv/bin/python bench/pdf_cpu.py 5
    PYTHONPATH=$PWD      .venv/bin/python bench/pdf_cpu.py 5
"""
from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

FILES = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "pdf").glob("*.pdf"))


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main(rounds: int) -> dict:
    import extractor
    from extractor.pipeline import parse
    for p in FILES:  # warm-up: imports, lexicons, compiled rules
        parse(p)
    res = {}
    for p in FILES:
        pipeline, pdftotext = [], []
        for _ in range(rounds):
            c = time.process_time()
            parse(p)
            pipeline.append(time.process_time() - c)
            c = children_cpu()
            subprocess.run(["pdftotext", str(p), "-"], capture_output=True, check=True)
            pdftotext.append(children_cpu() - c)
        res[p.name[:3]] = [round(statistics.median(pipeline) * 1000, 1), round(statistics.median(pdftotext) * 1000, 1)]
    return {"load": os.getloadavg()[0], "src": extractor.__file__, "res": res}


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)))
