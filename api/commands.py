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
    ):
        """Serve parsing, indexing and queries over HTTP (OpenAPI docs at /docs)."""
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
        uvicorn.run(create_app(settings=settings), host=host, port=port, http=bounded_h11(settings.header_timeout))
