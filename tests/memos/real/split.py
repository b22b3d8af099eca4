#!/usr/bin/env python3
"""Give every passage without a split its split, once: about 60% dev, 40% test.

    python tests/memos/real/split.py

The split comes from a hash of the passage's id, so it does not depend on the
order of the files, and a passage that has one keeps it for ever.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).parent


def split_of(passage_id: str) -> str:
    digest = hashlib.sha256(passage_id.encode("utf-8")).digest()
    return "test" if digest[0] % 10 < 4 else "dev"


def main() -> None:
    for path in sorted(HERE.glob("*.jsonl")):
        lines = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            raw = json.loads(line)
            if not raw.get("split"):
                raw["split"] = split_of(raw["id"])
            lines.append(json.dumps(raw, ensure_ascii=False))
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
