"""scripts/set_scores.py on score.py's own reports: what fell, what stands below a floor, which floors rise."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import set_scores  # noqa: E402  (scripts/ is not a package)

# blind87's report as score.py printed it on main after session 43 (scripts/scoreall.sh), one per-notice line kept
REPORT = """
## es_01
  deadlines missed: ['2010-06-12']

field                   P      R     F1   secondary
meta                0.935  0.853  0.892
sections            0.864  1.000  0.927
deadlines           0.667  0.571  0.615   4/4
targets             0.200  1.000  0.333   1/1
organizations       0.653  0.865  0.744
people              1.000  0.778  0.875   12/13
responsibilities    0.500  1.000  0.667   2/2
contacts            1.000  1.000  1.000
mean F1 0.757 over 12 notices, 0 failed
"""


def run(tmp_path: Path, name: str, **changes: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    text = REPORT
    for old, new in changes.items():
        text = text.replace(old.replace("_", " "), new.replace("_", " "))
    (folder / "blind87.txt").write_text(text, encoding="utf-8")
    (folder / "seeds.txt").write_text(REPORT, encoding="utf-8")
    (folder / "log_blind87.txt").write_text("meta 0.1 0.1 0.1", encoding="utf-8")
    return folder


def test_report_read_per_field_and_mean():
    figures = set_scores.read_report(REPORT)
    assert figures["deadlines"] == 0.615 and figures["people"] == 0.875 and figures["mean"] == 0.757
    assert set(figures) == set(set_scores.FIELDS) | {"mean"}


def test_compare_names_the_field_that_fell(tmp_path, capsys):
    base = run(tmp_path, "base")
    new = run(tmp_path, "new", **{"0.653__0.865__0.744": "0.653__0.865__0.700"})
    assert set_scores.compare(base, new) == 1
    out = capsys.readouterr().out
    assert "FELL blind87 organizations 0.744 -> 0.7" in out and out.strip().endswith("sets 2 fell 1")
    assert set_scores.compare(base, base) == 0


def test_check_and_raise_floors(tmp_path, capsys):
    floors = tmp_path / "floors.json"
    floors.write_text('{\n "text": {"mean": 0.995},\n "blind87": {"targets": 0.5, "mean": 0.752}\n}\n', encoding="utf-8")
    assert set_scores.check(floors, run(tmp_path, "a")) == 1
    assert "BELOW blind87 targets 0.333 < 0.5" in capsys.readouterr().out
    set_scores.raise_floors(floors, run(tmp_path, "b", **{"mean_F1_0.757": "mean_F1_0.800"}))
    raised = json.loads(floors.read_text(encoding="utf-8"))
    assert raised["blind87"] == {"targets": 0.5, "mean": 0.795}  # raised to the figure less 0.005, never lowered
    assert raised["text"] == {"mean": 0.995}                      # the seeds' floor is not the runs' to raise
    assert floors.read_text(encoding="utf-8").count("\n") == 4     # one line a key


def test_bad_paths_get_one_line_and_exit_2(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert set_scores.main(["compare", str(run(tmp_path, "base")), str(tmp_path / "nowhere")]) == 2
    assert set_scores.main(["check", str(tmp_path / "floors.json"), str(empty)]) == 2
    assert set_scores.main(["raise", "a"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"set_scores.py: no such file or folder: {tmp_path / 'nowhere'}"
    assert err[1] == f"set_scores.py: no such file or folder: {tmp_path / 'floors.json'}"
    assert err[2].startswith("usage: set_scores.py") and len(err) == 3
