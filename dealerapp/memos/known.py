"""The memo vocabulary with what this database knows: its programs, their aliases, its dealers."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.memos.vocabulary import Vocabulary, base_vocabulary


def vocabulary_for(session: Session) -> Vocabulary:
    programs: dict[str, list[str]] = defaultdict(list)
    for code, name in session.execute(select(m.Program.code, m.Program.name)):
        programs[code].append(name)
    for code, alias in session.execute(
        select(m.Program.code, m.ProgramAlias.alias).join(m.ProgramAlias)
    ):
        programs[code].append(alias)
    dealers = dict(session.execute(select(m.Dealer.code, m.Dealer.name)).all())
    return base_vocabulary().with_database(programs, dealers)
