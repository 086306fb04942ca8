#!/usr/bin/env python3
# Vendored unchanged from ../shared/eval/score.py (the shared evaluation), so the corpus test runs without it.
"""Score a notice extractor's JSON output against gold annotations (see ANNOTATION.md).

Usage:
  score.py --gold GOLD_DIR --docs DOCS_DIR --cmd 'notices parse {path} --format json'
  score.py --gold GOLD_DIR --pred PRED_DIR          # PRED_DIR/<stem>.json files

The command's standard output must be the notice's JSON. Prints a table of precision,
recall and F1 per field (micro-averaged over the notices) and the mean F1 over fields.
--json FILE writes the figures; --per-doc prints each notice's misses and extras.
"""
from __future__ import annotations

import argparse
import json
import re
import shlex
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

FIELDS = ["meta", "sections", "deadlines", "targets", "organizations", "people",
          "responsibilities", "contacts"]
PUNCT = re.compile(r"[\s\u3000“”\"'‘’「」『』《》〈〉<>()（）\[\]【】,，、。.;；:：!！?？·•…—\-_/]")


def norm(s) -> str:
    if s is None:
        return ""
    s = unicodedata.normalize("NFKC", str(s))
    return PUNCT.sub("", s)


def digits(s) -> str:
    return re.sub(r"\D", "", str(s or ""))


class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = 0
        self.sec_ok = self.sec_n = 0

    def add(self, tp, fp, fn):
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def prf(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def match_multiset(gold, pred, same):
    """Greedy one-to-one matching; returns matched pairs, unmatched gold, unmatched pred."""
    pred_left = list(pred)
    pairs, missed = [], []
    for g in gold:
        for i, p in enumerate(pred_left):
            if same(g, p):
                pairs.append((g, p))
                del pred_left[i]
                break
        else:
            missed.append(g)
    return pairs, missed, pred_left


def as_list(x):
    return x if isinstance(x, list) else []


def flatten_sections(items, depth=1):
    out = []
    for s in as_list(items):
        if not isinstance(s, dict):
            continue
        out.append({"level": s.get("level", depth), "heading": s.get("heading") or s.get("title")})
        out += flatten_sections(s.get("children"), depth + 1)
    return out


def names(items):
    out = []
    for x in as_list(items):
        out.append(x if isinstance(x, str) else (x or {}).get("name"))
    return {norm(n) for n in out if norm(n)}


def pieces(items):
    """Addressee lists compared piece by piece: split at 、 ， , ； so whole lines and split items agree."""
    out = set()
    for x in as_list(items):
        x = x if isinstance(x, str) else (x or {}).get("name")
        for part in re.split(r"[、，,；;]", unicodedata.normalize("NFKC", str(x or ""))):
            if norm(part):
                out.add(norm(part))
    return out


def date_same(g, p) -> bool:
    g, p = str(g or ""), str(p or "")
    if not g or not p:
        return False
    if g.startswith("--"):
        return p[-5:] == g[2:]
    return g == p


def duty_overlap(g, p) -> float:
    a, b = Counter(norm(g)), Counter(norm(p))
    if not a or not b:
        return 0.0
    return sum((a & b).values()) / max(sum(a.values()), sum(b.values()))


def score_doc(gold, pred, tallies, report):
    def note(field, missed, extra):
        if missed or extra:
            report.append((field, missed, extra))

    # meta: each field an exact match; recipients and cc as sets
    gm, pm = gold.get("meta") or {}, (pred.get("meta") or {}) if isinstance(pred.get("meta"), dict) else {}
    for key in ["title", "doc_number", "issuer", "date"]:
        g, p = norm(gm.get(key)), norm(pm.get(key))
        t = tallies["meta"]
        if g and p:
            t.add(int(g == p), int(g != p), int(g != p))
        elif g:
            t.add(0, 0, 1)
        elif p:
            t.add(0, 1, 0)
        if g != p:
            note(f"meta.{key}", [gm.get(key)] if g else [], [pm.get(key)] if p else [])
    for key in ["recipients", "cc"]:
        g, p = pieces(gm.get(key)), pieces(pm.get(key))
        tallies["meta"].add(len(g & p), len(p - g), len(g - p))
        note(f"meta.{key}", sorted(g - p), sorted(p - g))

    gs = [(int(s["level"]), norm(s["heading"])) for s in gold.get("sections", [])]
    ps = [(int(s["level"]) if str(s.get("level", "")).isdigit() else 0, norm(s["heading"]))
          for s in flatten_sections(pred.get("sections"))]
    pairs, missed, extra = match_multiset(gs, ps, lambda a, b: a == b)
    tallies["sections"].add(len(pairs), len(extra), len(missed))
    note("sections", missed, extra)

    gd = gold.get("deadlines", [])
    pd = [d for d in as_list(pred.get("deadlines")) if isinstance(d, dict)]
    pairs, missed, extra = match_multiset(gd, pd, lambda g, p: date_same(g.get("date"), p.get("date")))
    t = tallies["deadlines"]
    t.add(len(pairs), len(extra), len(missed))
    for g, p in pairs:
        t.sec_n += 1
        t.sec_ok += int((not g.get("start") and not p.get("start")) or date_same(g.get("start"), p.get("start")))
    note("deadlines", [g.get("date") for g in missed], [p.get("date") for p in extra])

    def tgt_same(g, p):
        try:
            return abs(float(g["value"]) - float(p.get("value"))) < 1e-6 and \
                unicodedata.normalize("NFKC", str(g["unit"])) == unicodedata.normalize("NFKC", str(p.get("unit")))
        except (TypeError, ValueError):
            return False
    gt = gold.get("targets", [])
    pt = [x for x in as_list(pred.get("targets")) if isinstance(x, dict)]
    pairs, missed, extra = match_multiset(gt, pt, tgt_same)
    t = tallies["targets"]
    t.add(len(pairs), len(extra), len(missed))
    for g, p in pairs:
        t.sec_n += 1
        t.sec_ok += int(str(g.get("op")) == str(p.get("op")))
    note("targets", [f'{g["value"]}{g["unit"]}' for g in missed],
         [f'{p.get("value")}{p.get("unit")}' for p in extra])

    g, p = names(gold.get("organizations")), names(pred.get("organizations"))
    tallies["organizations"].add(len(g & p), len(p - g), len(g - p))
    note("organizations", sorted(g - p), sorted(p - g))

    gp = {norm(x["name"]): x for x in gold.get("people", [])}
    pp = {}
    for x in as_list(pred.get("people")):
        x = {"name": x} if isinstance(x, str) else (x or {})
        if norm(x.get("name")):
            pp.setdefault(norm(x.get("name")), x)
    t = tallies["people"]
    t.add(len(gp.keys() & pp.keys()), len(pp.keys() - gp.keys()), len(gp.keys() - pp.keys()))
    for k in gp.keys() & pp.keys():
        if gp[k].get("title"):
            t.sec_n += 1
            t.sec_ok += int(norm(gp[k]["title"]) in norm(pp[k].get("title") or pp[k].get("role")))
    note("people", sorted(gp.keys() - pp.keys()), sorted(pp.keys() - gp.keys()))

    gr = gold.get("responsibilities", [])
    pr = [x for x in as_list(pred.get("responsibilities")) if isinstance(x, dict)]
    pairs, missed, extra = match_multiset(
        gr, pr, lambda g, p: norm(g["org"]) == norm(p.get("org")) and duty_overlap(g["duty"], p.get("duty")) >= 0.5)
    t = tallies["responsibilities"]
    t.add(len(pairs), len(extra), len(missed))
    for g, p in pairs:
        t.sec_n += 1
        t.sec_ok += int(g.get("role") == p.get("role"))
    note("responsibilities", [f'{g["org"]}: {g["duty"]}' for g in missed],
         [f'{p.get("org")}: {p.get("duty")}' for p in extra])

    def contact_same(g, p):
        return bool((digits(g.get("phone")) and digits(g.get("phone")) == digits(p.get("phone"))) or
                    (g.get("email") and str(g["email"]).lower() == str(p.get("email") or "").lower()))
    gc = gold.get("contacts", [])
    pc = [x for x in as_list(pred.get("contacts")) if isinstance(x, dict)]
    pairs, missed, extra = match_multiset(gc, pc, contact_same)
    tallies["contacts"].add(len(pairs), len(extra), len(missed))
    note("contacts", missed, extra)


def run_cmd(template, path, timeout):
    cmd = template.replace("{path}", shlex.quote(str(path)))
    t0 = time.perf_counter()
    try:
        out = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, f"timed out after {timeout}s", time.perf_counter() - t0
    dt = time.perf_counter() - t0
    if out.returncode != 0:
        return None, f"exit {out.returncode}: {out.stderr.strip()[-300:]}", dt
    try:
        return json.loads(out.stdout), None, dt
    except json.JSONDecodeError as e:
        return None, f"stdout is not JSON ({e})", dt


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True, type=Path)
    ap.add_argument("--docs", type=Path, help="folder of the notices the gold files name")
    ap.add_argument("--cmd", help="command template with {path}; prints the notice's JSON")
    ap.add_argument("--pred", type=Path, help="folder of <stem>.json predictions instead of --cmd")
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--per-doc", action="store_true")
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument("--only", help="comma-separated doc stems")
    a = ap.parse_args(argv)
    if not (a.cmd and a.docs) and not a.pred:
        ap.error("give --docs with --cmd, or --pred")

    tallies = {f: Tally() for f in FIELDS}
    failures, seconds = [], []
    golds = sorted(a.gold.glob("*.json"))
    if a.only:
        keep = set(a.only.split(","))
        golds = [g for g in golds if g.stem in keep]
    for gpath in golds:
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        if a.pred:
            ppath = a.pred / f"{gpath.stem}.json"
            pred, err = (json.loads(ppath.read_text(encoding="utf-8")), None) if ppath.exists() else (None, "no prediction")
        else:
            pred, err, dt = run_cmd(a.cmd, a.docs / gold["doc"], a.timeout)
            seconds.append(dt)
        if err or not isinstance(pred, dict):
            failures.append((gpath.stem, err or "not a JSON object"))
            pred = {}
        report = []
        score_doc(gold, pred, tallies, report)
        if a.per_doc and report:
            print(f"\n## {gpath.stem}")
            for field, missed, extra in report:
                if missed:
                    print(f"  {field} missed: {missed}")
                if extra:
                    print(f"  {field} extra:  {extra}")

    rows, f1s = {}, []
    print(f"\n{'field':<18}{'P':>7}{'R':>7}{'F1':>7}   secondary")
    for f in FIELDS:
        p, r, f1 = tallies[f].prf()
        t = tallies[f]
        sec = f"{t.sec_ok}/{t.sec_n}" if t.sec_n else ""
        rows[f] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4),
                   "tp": t.tp, "fp": t.fp, "fn": t.fn, "secondary": sec}
        f1s.append(f1)
        print(f"{f:<18}{p:>7.3f}{r:>7.3f}{f1:>7.3f}   {sec}")
    mean = sum(f1s) / len(f1s)
    for stem, err in failures:
        print(f"FAILED {stem}: {err}")
    if seconds:
        print(f"seconds per notice: median {sorted(seconds)[len(seconds)//2]:.2f}, max {max(seconds):.2f}")
    print(f"mean F1 {mean:.3f} over {len(golds)} notices, {len(failures)} failed")
    if a.json:
        a.json.write_text(json.dumps({"fields": rows, "mean_f1": round(mean, 4), "notices": len(golds),
                                      "failed": failures}, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
