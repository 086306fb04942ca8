"""`notices serve`: the HTTP API (api.app) under uvicorn."""
from __future__ import annotations

from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        host: str = typer.Option("127.0.0.1", "--host", help="address to listen on"),
        port: int = typer.Option(8000, "--port", help="port to listen on"),
        db: Optional[str] = typer.Option(None, "--db", help="database: a SQLAlchemy URL or a SQLite file "
                                                          "(default: $NOTICES_DB, else ./notices.db)"),
        workers: int = typer.Option(1, "--workers", min=1,
                                    help="processes answering requests (uvicorn's workers), each with its own "
                                         "connections to the store: about the cores the API may use. Index jobs "
                                         "are kept in the process that started them: more than 1 needs "
                                         "NOTICES_INDEX_ROOTS unset (jobs off)"),
    ):
        """Serve parsing, indexing and queries over HTTP (OpenAPI docs at /docs)."""
        import os

        import uvicorn

        from extractor.store.db import StoreError, open_store

        from .app import create_app
        from .server import bounded_h11
        from .settings import Settings
        try:
            open_store(db, create=True).dispose()  # a bad --db is one line here, not a traceback from uvicorn
        except StoreError as e:
            typer.echo(f"notices: {e}", err=True)
            raise typer.Exit(2) from None
        settings = Settings.from_env(db_url=db)
        if workers == 1:
            uvicorn.run(create_app(settings=settings), host=host, port=port, http=bounded_h11(settings.header_timeout))
            return
        if settings.index_roots:
            typer.echo("notices: --workers above 1 with index jobs on (NOTICES_INDEX_ROOTS): a job's status is kept "
                       "by the process that started it, and another would answer 404; serve with --workers 1",
                       err=True)
            raise typer.Exit(2)
        # Worker processes are started afresh (spawn): they build the app from the environment, this --db in it.
        if db:
            os.environ["NOTICES_DB"] = db
        uvicorn.run("api.server:app_from_env", factory=True, workers=workers, host=host, port=port,
                    http="api.server:EnvBoundedH11")
