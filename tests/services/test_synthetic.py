"""Synthetic databases: deterministic, consistent with the domain rules, refused over data."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import text

from dealerapp.db.database import Database
from dealerapp.errors import InputError, NotEmptyError
from dealerapp.services.synthetic import generate


def _fingerprint(db: Database) -> str:
    digest = hashlib.sha256()
    with db.engine.connect() as conn:
        for table in ("dealers", "customers", "waitlist_entries", "allocation_events"):
            for row in conn.execute(text(f"SELECT * FROM {table} ORDER BY id")):
                # Timestamps of the moment of generation are not part of the data set, nor
                # are ledger row ids (a PostgreSQL sequence carries on after a replace).
                values = list(row)[1:] if table == "allocation_events" else list(row)
                digest.update(repr([v for v in values if not hasattr(v, "microsecond")]).encode())
    return digest.hexdigest()


def test_same_seed_same_data(db: Database, tmp_path: object) -> None:
    with db.unit_of_work() as session:
        generate(session, dealers=12, entries=600, seed=7)
    first = _fingerprint(db)
    with db.unit_of_work() as session:
        generate(session, dealers=12, entries=600, seed=7, replace=True)
    assert _fingerprint(db) == first
    with db.unit_of_work() as session:
        generate(session, dealers=12, entries=600, seed=8, replace=True)
    assert _fingerprint(db) != first


def test_generated_data_keeps_the_rules(db: Database) -> None:
    with db.unit_of_work() as session:
        result = generate(session, dealers=25, entries=3000, seed=3)
    assert result.counts["waitlist entries"] == 3000
    assert result.counts["dealers"] == 25
    with db.engine.connect() as conn:
        over = conn.execute(
            text(
                """
                SELECT d.id FROM dealers d
                JOIN (SELECT dealer_id, sum(units) AS units FROM allocation_events
                      WHERE dealer_id IS NOT NULL GROUP BY dealer_id) a ON a.dealer_id = d.id
                LEFT JOIN (SELECT dealer_id, count(*) AS n FROM waitlist_entries
                           WHERE status IN ('assigned', 'ordered', 'delivered')
                           GROUP BY dealer_id) u ON u.dealer_id = d.id
                WHERE coalesce(u.n, 0) > a.units
                """
            )
        ).all()
        assert over == []
        gaps = conn.execute(
            text(
                "SELECT dealer_id FROM waitlist_entries WHERE status = 'waiting' "
                "GROUP BY dealer_id, program_id HAVING max(position) <> count(*) "
                "OR count(DISTINCT position) <> count(*)"
            )
        ).all()
        assert gaps == []
        history = conn.execute(text("SELECT count(*) FROM position_changes")).scalar()
        waiting = conn.execute(
            text("SELECT count(*) FROM waitlist_entries WHERE status = 'waiting'")
        ).scalar()
        assert history == waiting


def test_refuses_a_database_with_data(db: Database) -> None:
    with db.unit_of_work() as session:
        generate(session, dealers=2, entries=10, seed=1)
    with pytest.raises(NotEmptyError, match="--replace"), db.unit_of_work() as session:
        generate(session, dealers=2, entries=10, seed=1)


def test_refuses_nonsense_sizes(db: Database) -> None:
    with pytest.raises(InputError), db.unit_of_work() as session:
        generate(session, dealers=0, entries=10, seed=1)
