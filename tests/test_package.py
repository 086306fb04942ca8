"""The package as a user installs it: the wheel carries the rule files, and declares what the code imports.

The wheel is built (`pip wheel --no-deps`) and installed in a fresh venv outside the checkout. Its
dependencies come from this environment's site-packages through a path in a .pth file (only the
path: the editable install of the checkout that lives there is not loaded), so the test needs no
download yet proves that `notices` runs from the wheel alone. The full install with the oldest pip
we support (23.2, what a Python 3.11 venv brings) from the index is a step of .ci/run.
"""
from __future__ import annotations

import ast
import importlib.metadata as md
import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import tomllib
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from extractor.pipeline import parse

ROOT = Path(__file__).resolve().parent.parent
HTML = ROOT / "fixtures" / "html" / "002_4021ee62b1c374d3.html"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _run(*args, **kw) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=300, **kw)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc


def test_the_wheel_ships_the_rules_and_parses_a_notice_outside_the_checkout(tmp_path):
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", tmp_path / "dist", ROOT)
    wheel = next((tmp_path / "dist").glob("notices-*.whl"))
    shipped = set(zipfile.ZipFile(wheel).namelist())
    assert {f"extractor/rule_files/{p.name}" for p in (ROOT / "rules").glob("*.yaml")} <= shipped
    assert "extractor/data/sample_notice.txt" in shipped
    assert {"api/messages.yaml", "api/templates/_said.html"} <= shipped    # the web page's Chinese messages

    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "NOTICES_RULES_DIR")}  # away from the checkout
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", venv)
    python = venv / "bin" / "python"
    _run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps", "--no-index", wheel,
         cwd=tmp_path, env=env)
    site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip())
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")

    where = _run(python, "-c", "import extractor.rules as r; print(r.__file__); print(r.RULES_DIR)", cwd=tmp_path, env=env)
    module, rules = where.stdout.split()
    assert Path(module).is_relative_to(venv) and Path(rules) == site / "extractor" / "rule_files"
    out = _run(venv / "bin" / "notices", "parse", HTML, "--format", "json", cwd=tmp_path, env=env).stdout
    assert json.loads(out) == json.loads(parse(HTML).model_dump_json())
    said = _run(python, "-c", "from api.web import in_chinese; print(in_chinese('file is empty'))", cwd=tmp_path, env=env)
    assert said.stdout.strip() == "文件是空的"

    moved = _run(python, "-c", "import extractor.rules as r; print(r.RULES_DIR)", cwd=tmp_path,
                 env={**env, "NOTICES_RULES_DIR": str(ROOT / "rules")})
    assert moved.stdout.strip() == str(ROOT / "rules")


def _imported_modules() -> set[str]:
    """Top-level names of every module the package's code imports (at any depth in a function)."""
    names = set()
    for path in [*ROOT.glob("extractor/**/*.py"), *ROOT.glob("api/**/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"extractor", "api", "__future__"}


def test_every_module_the_code_imports_is_a_declared_dependency():
    """A package used only because another one brings it breaks when that one stops (or, with pip 23.2,
    when its extra is not understood: lxml[html_clean])."""
    declared = {canonicalize_name(Requirement(r).name) for r in PROJECT["dependencies"]}
    providers = md.packages_distributions()
    missing = {m: providers.get(m) for m in _imported_modules()
               if not declared & {canonicalize_name(d) for d in providers.get(m, [m])}}
    assert missing == {}
    assert "lxml-html-clean" in declared   # justext imports it under a name old pips do not install


def test_the_constraints_pin_every_dependency_at_a_version_the_tests_run_with():
    pins = dict(line.split("==") for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
                if line and not line.startswith("#"))
    pins = {canonicalize_name(k): v for k, v in pins.items()}
    for requirement in PROJECT["dependencies"]:
        req = Requirement(requirement)
        assert canonicalize_name(req.name) in pins, req.name
        assert req.specifier.contains(pins[canonicalize_name(req.name)]), requirement
