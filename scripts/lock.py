"""Write constraints.txt: the exact version of every package `notices[test]` needs, as installed here.

    python scripts/lock.py            # after `pip install -e '.[test]'` in a working environment

Walks the requirements of pyproject.toml (with the `test` extra) through the installed packages'
own requirements, keeping those whose environment markers hold here (CPython 3.11 on Linux), and
pins each at its installed version. `make setup` and CI install with `-c constraints.txt`, so every
install gets the versions the tests passed with; .ci/run also installs the newest allowed versions
into a scratch venv, so a new release that breaks us is seen there first.
"""
from __future__ import annotations

import importlib.metadata as md
from pathlib import Path

import tomllib
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent


def closure(requirements: list[str]) -> dict[str, str]:
    """{distribution name: installed version} of the requirements and all they require, extras included."""
    found: dict[str, str] = {}
    todo = [(Requirement(r), "") for r in requirements]
    seen: set[tuple[str, frozenset]] = set()
    while todo:
        req, extra = todo.pop()
        if req.marker and not req.marker.evaluate({"extra": extra}):
            continue
        key = (canonicalize_name(req.name), frozenset(req.extras))
        if key in seen:
            continue
        seen.add(key)
        dist = md.distribution(req.name)
        found[dist.metadata["Name"]] = dist.version
        for sub in dist.requires or []:
            sub_req = Requirement(sub)
            for wanted in {"", *req.extras}:
                if not sub_req.marker or sub_req.marker.evaluate({"extra": wanted}):
                    todo.append((sub_req, wanted))
                    break
    return found


def main() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = closure(project["dependencies"] + project["optional-dependencies"]["test"])
    lines = [f"{name}=={version}" for name, version in sorted(pins.items(), key=lambda kv: kv[0].lower())]
    header = "# Written by scripts/lock.py from the environment the tests passed in; install with -c constraints.txt\n"
    (ROOT / "constraints.txt").write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"constraints.txt: {len(lines)} packages")


if __name__ == "__main__":
    main()
