"""The vocabulary the corpus was written for: shipped words plus the demo's programs and dealers."""

from __future__ import annotations

import csv
from functools import lru_cache

from dealerapp.memos.vocabulary import Vocabulary, base_vocabulary
from dealerapp.services.demo import demo_dir


@lru_cache(maxsize=1)
def demo_vocabulary() -> Vocabulary:
    with (demo_dir() / "dealers.csv").open(encoding="utf-8") as handle:
        dealers = {row["code"]: row["name"] for row in csv.DictReader(handle)}
    with (demo_dir() / "programs.csv").open(encoding="utf-8") as handle:
        programs = {
            row["code"]: [row["name"], *row["aliases"].split(";")] for row in csv.DictReader(handle)
        }
    return base_vocabulary().with_database(programs, dealers)
