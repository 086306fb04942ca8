"""The service's settings, from the environment unless `create_app` is given them.

    NOTICES_DB                  database URL or SQLite file (default ./notices.db)
    NOTICES_MAX_UPLOAD_MB       largest upload, in MB (default 50)
    NOTICES_INDEX_ROOTS         folders index jobs may read, os.pathsep-separated (none: jobs refused)
    NOTICES_API_KEY             when set, POST and DELETE need the header X-API-Key
    NOTICES_API_READ_PROTECTED  1: GET endpoints need the key too (except /healthz)
    NOTICES_INDEX_WORKERS       parser processes per index job (default: cores, at most 4)
    NOTICES_BROKER              a Celery broker (redis://host:6379/0): index jobs queue their files for
                                `notices worker` processes instead of parsing in the server
    NOTICES_CORS_ORIGINS        origins browsers may call the API from, comma-separated (none: no CORS)
    NOTICES_PARSE_WORKERS       processes parsing uploads at once (default: cores, at most 4); more uploads wait
    NOTICES_PARSE_TIMEOUT       seconds an upload's parse may take (default 300, as `notices parse`: a scan
                                is OCR'd at ~10 s CPU a page); then 422 timeout
    NOTICES_PARSE_MEMORY_MB     memory in MB an upload's parse may add (default 2048); then 413 too_large
    NOTICES_HEADER_TIMEOUT      seconds a client may take to send a request's head (default 10); then 408
    NOTICES_BODY_TIMEOUT        seconds a client may take to send a request's body (default 120); then 408
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional


def _origins(value: str) -> list[str]:
    return [o.strip().rstrip("/") for o in value.split(",") if o.strip()]


def _roots(value: str) -> list[Path]:
    return [Path(p).expanduser().resolve() for p in value.split(os.pathsep) if p.strip()]


@dataclass
class Settings:
    db_url: Optional[str] = None
    max_upload_mb: float = 50.0
    index_roots: list[Path] = field(default_factory=list)
    api_key: Optional[str] = None
    read_protected: bool = False
    index_workers: int = field(default_factory=lambda: min(4, os.cpu_count() or 1))
    index_timeout: float = 60.0
    broker: Optional[str] = None
    cors_origins: list[str] = field(default_factory=list)
    parse_workers: int = field(default_factory=lambda: min(4, os.cpu_count() or 1))
    parse_timeout: float = 300.0
    parse_memory_mb: int = 2048
    header_timeout: float = 10.0
    body_timeout: float = 120.0

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 1024 * 1024)

    @classmethod
    def from_env(cls, **overrides) -> Settings:
        env = os.environ
        values: dict = {
            "db_url": env.get("NOTICES_DB") or None,
            "max_upload_mb": float(env.get("NOTICES_MAX_UPLOAD_MB") or 50),
            "index_roots": _roots(env.get("NOTICES_INDEX_ROOTS", "")),
            "api_key": env.get("NOTICES_API_KEY") or None,
            "read_protected": env.get("NOTICES_API_READ_PROTECTED", "") in {"1", "true", "yes"},
            "broker": env.get("NOTICES_BROKER") or None,
            "cors_origins": _origins(env.get("NOTICES_CORS_ORIGINS", "")),
        }
        for name, kind in (("header_timeout", float), ("body_timeout", float), ("parse_workers", int),
                           ("parse_timeout", float), ("parse_memory_mb", int)):
            if env.get(f"NOTICES_{name.upper()}"):
                values[name] = kind(env[f"NOTICES_{name.upper()}"])
        if env.get("NOTICES_INDEX_WORKERS"):
            values["index_workers"] = int(env["NOTICES_INDEX_WORKERS"])
        values.update({k: v for k, v in overrides.items() if v is not None})
        values["index_roots"] = [Path(p).expanduser().resolve() for p in values["index_roots"]]
        return cls(**values)
