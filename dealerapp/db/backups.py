"""Backups of a SQLite database: taken with the online backup API, kept thinned, restored safely.

A backup is a consistent copy even while the window is open and writing
(SQLite's backup API reads through the write-ahead log); a plain file copy
could catch half a transaction or miss what is still in the -wal file.
Automatic backups sit in a folder beside the database, named by time and
reason, and are thinned the way careful desktop software keeps them: all of
today's, then the newest of each of 12 days, 10 weeks and 9 months.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from dealerapp.config import DatabaseLocation
from dealerapp.db.engine import read_only_uri, untouched_uri
from dealerapp.errors import InputError
from dealerapp.files import check_writable_folder, new_files

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 12, 10, 9
# Room the step after a safety copy needs for its own transaction and log: a tenth of the
# database, and never less than this.
SPARE_BYTES = 512 * 1024
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"-(\d{8}-\d{6})(?:-\d+)?-([a-z0-9-]+)$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str
    size: int

    @property
    def reason_text(self) -> str:
        return self.reason.replace("-", " ")


def backup_folder(database: Path) -> Path:
    return database.with_name(f"{database.stem}-backups")


def sqlite_file(location: DatabaseLocation) -> Path:
    if location.sqlite_path is None:
        raise InputError(
            f"{location.describe()}: backups here are for a SQLite file; back up a shared "
            "server with its own tools (pg_dump)"
        )
    return location.sqlite_path


def copy_database(source: Path, target: Path) -> None:
    """source -> target with the online backup API; target is created readable by the owner only.

    The copy is written under a hidden temporary name and renamed when complete,
    so a crash mid-copy never leaves a half-written file under a backup's name
    (which thinning would then keep in place of a good one).
    """
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    # Created with owner-only rights before SQLite writes a byte of customer data.
    with new_files(mode=0o600) as files:
        partial = files.path_for(target)
        reader = sqlite3.connect(read_only_uri(source), uri=True)
        try:
            writer = sqlite3.connect(partial)
            try:
                reader.backup(writer)
                # A backup is one self-contained file: no -wal beside it to lose.
                writer.execute("PRAGMA journal_mode = DELETE")
            finally:
                writer.close()
        finally:
            reader.close()
        partial.chmod(0o600)


def make_backup(database: Path, reason: str, out: Path | None = None) -> Backup:
    """Back up `database` to `out`, or into its backup folder named by time and reason."""
    if not database.exists():
        raise InputError(f"{database}: there is no database file to back up")
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-") or "manual"
    taken = datetime.now()
    if out is None:
        folder = backup_folder(database)
        out = folder / f"{database.stem}-{taken.strftime(_STAMP)}-{slug}{database.suffix}"
        counter = 1
        while out.exists():
            out = folder / f"{database.stem}-{taken.strftime(_STAMP)}-{counter}-{slug}.sqlite3"
            counter += 1
    elif out.resolve() == database.resolve():
        raise InputError(f"{out}: a backup cannot replace the database it copies")
    else:
        # A folder named by hand that is not there is more likely a typo than a wish.
        check_writable_folder(out.parent)
    copy_database(database, out)
    return Backup(out, taken.replace(microsecond=0), slug, out.stat().st_size)


def list_backups(database: Path) -> list[Backup]:
    """The backups in the database's backup folder, newest first."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    found: list[tuple[datetime, int, Backup]] = []
    for path in folder.glob(f"{database.stem}-*.sqlite3"):
        match = _NAME.search(path.stem)
        if match is None:
            continue
        taken = datetime.strptime(match.group(1), _STAMP)
        stat = path.stat()
        found.append((taken, stat.st_mtime_ns, Backup(path, taken, match.group(2), stat.st_size)))
    # Two backups in the same second (memo apply, then revert) keep their order by mtime.
    return [backup for *_, backup in sorted(found, key=lambda item: item[:2], reverse=True)]


def backups_to_keep(taken: Iterable[datetime], today: date) -> set[datetime]:
    """Today's, then the newest of each of the last 12 days, 10 weeks and 9 months."""
    newest_first = sorted(taken, reverse=True)
    keep = {moment for moment in newest_first if moment.date() == today}
    earlier = [moment for moment in newest_first if moment.date() < today]

    def newest_per(period: Callable[[datetime], Hashable], count: int) -> None:
        seen: list[Hashable] = []
        for moment in earlier:
            key = period(moment)
            if key not in seen:
                if len(seen) == count:
                    return
                seen.append(key)
                keep.add(moment)

    newest_per(lambda moment: moment.date(), KEEP_DAILY)
    newest_per(lambda moment: moment.isocalendar()[:2], KEEP_WEEKLY)
    newest_per(lambda moment: (moment.year, moment.month), KEEP_MONTHLY)
    return keep


def thin_backups(database: Path, today: date | None = None) -> list[Path]:
    """Delete the automatic backups the policy no longer keeps; returns what went."""
    backups = list_backups(database)
    keep = backups_to_keep((backup.taken_at for backup in backups), today or date.today())
    removed = []
    for backup in backups:
        if backup.taken_at not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def ensure_room_for_backup(location: DatabaseLocation, reason: str) -> None:
    """Refuse a step whose safety copy would not fit, with the figures, before anything is written.

    The copy needs about the database's size (the file and its write-ahead
    log), and the step itself a little more for its own transaction.
    """
    path = location.sqlite_path
    if path is None or not path.exists():
        return
    from dealerapp.db.faults import ensure_free_space

    wal = path.with_name(path.name + "-wal")
    size = path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    needed = size + max(SPARE_BYTES, size // 10)
    step = f"the safety copy ({reason.replace('-', ' ')})"
    ensure_free_space(backup_folder(path).parent, needed, step)


def automatic_backup(location: DatabaseLocation, reason: str) -> Backup | None:
    """Before something big (memo apply, import, restore): a backup, then thinning. SQLite only."""
    path = location.sqlite_path
    if path is None or not path.exists():
        return None
    ensure_room_for_backup(location, reason)
    backup = make_backup(path, reason)
    thin_backups(path)
    return backup


def integrity_problems(path: Path, *, quick: bool = True) -> list[str]:
    """What PRAGMA quick_check (or the full integrity_check) finds; empty when sound."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        conn = sqlite3.connect(untouched_uri(path), uri=True)
        try:
            rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if looks_damaged(exc):
            return [str(exc)]
        # A full disk, a lock or a missing folder says nothing about the file: not damage.
        raise
    return [] if rows == ["ok"] else rows


def looks_damaged(error: BaseException) -> bool:
    """Whether SQLite's complaint is about the file's contents (not the disk, a lock, rights)."""
    text = str(error).lower()
    return any(word in text for word in ("not a database", "malformed", "corrupt"))
