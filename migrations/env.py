"""Alembic environment: the models' metadata, SQLite batch mode, the app's connection or a URL."""

from alembic import context
from alembic.autogenerate.api import AutogenContext

from dealerapp.config import resolve_database
from dealerapp.db.base import UtcDateTime
from dealerapp.db.engine import create_db_engine
from dealerapp.db.models import Base

config = context.config
target_metadata = Base.metadata


def _render_item(type_: str, obj: object, autogen_context: AutogenContext) -> str | bool:
    # Revisions must not import app code that may change later: UTC datetimes
    # are plain timezone-aware DateTime columns in the schema.
    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _configure(**kwargs: object) -> None:
    context.configure(
        target_metadata=target_metadata,
        render_item=_render_item,
        # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
        render_as_batch=True,
        compare_type=True,
        **kwargs,
    )


def run_migrations_offline() -> None:
    url = config.get_main_option("sqlalchemy.url") or resolve_database().url
    _configure(url=url, literal_binds=True, dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    # The app passes its own connection (inside its transaction); the alembic
    # command line gets one from sqlalchemy.url or the usual dealerapp lookup.
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection=connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = config.get_main_option("sqlalchemy.url")
    location = resolve_database(url) if url else resolve_database()
    engine = create_db_engine(location)
    with engine.begin() as conn:
        _configure(connection=conn)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
