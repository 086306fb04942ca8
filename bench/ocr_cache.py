"""Parse files with the OCR recogniser's answers kept on disk per page image (dev only).

    python bench/ocr_cache.py CACHE_DIR OUT_DIR FILE... [--no-cls]

Each page image's answer from RapidOCR is stored in CACHE_DIR under a hash of the image and the
call's options, so a second run re-reads it and re-runs only the line and table building: the
parse of a 10-page scan takes seconds instead of minutes. OUT_DIR/<stem>.json is the plan, as
`notices parse --format json` prints it.
"""
from __future__ import annotations

import hashlib
import pickle
import sys
from pathlib import Path


class CachedEngine:
    """RapidOCR's call, answered from CACHE_DIR when the same image was read with the same options."""

    def __init__(self, engine, folder: Path):
        self.engine, self.folder = engine, folder
        folder.mkdir(parents=True, exist_ok=True)

    def __call__(self, image, **options):
        key = hashlib.sha1(image.tobytes() + repr(image.shape).encode() + repr(sorted(options.items())).encode())
        path = self.folder / f"{key.hexdigest()}.pkl"
        if path.exists():
            return pickle.loads(path.read_bytes())
        answer = self.engine(image, **options)
        path.write_bytes(pickle.dumps(answer))
        return answer


def main(argv: list[str]) -> None:
    cache, out, *files = argv
    from extractor import cli, pipeline
    from extractor.ingest import ocr
    real = ocr.engine()
    ocr._ENGINE = CachedEngine(real, Path(cache))
    Path(out).mkdir(parents=True, exist_ok=True)
    for name in files:
        plan = pipeline.parse(Path(name))
        (Path(out) / f"{Path(name).stem}.json").write_bytes(cli._render([plan], "json"))
        print(name, file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
