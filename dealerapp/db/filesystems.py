"""Whether a file lives on a network file system, where SQLite's WAL mode is unsafe.

WAL coordinates readers and writers through shared memory (the -shm file),
which only works when every process is on the same machine; NFS and SMB
shares break that promise, and with it the database. There dealerapp uses the
rollback journal and says why; a dealer group that shares data should use
the shared PostgreSQL server instead.
"""

from __future__ import annotations

import os
from pathlib import Path

NETWORK_TYPES = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb3", "smbfs", "afs", "9p", "ncpfs", "davfs", "fuse.davfs2",
        "fuse.sshfs", "sshfs", "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph", "lustre",
        "gpfs", "fuse.rclone", "fuse.s3fs",
    }
)  # fmt: skip


def network_filesystem(path: Path, mounts: Path = Path("/proc/mounts")) -> str | None:
    """The network file system type `path` is on (e.g. "nfs4"), or None for a local disk."""
    if os.name == "nt":
        return _windows_remote(path)
    try:
        lines = mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None  # no /proc/mounts (macOS): assume a local disk
    target = str(path.resolve())
    best, kind = "", None
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        # /proc/mounts writes spaces and tabs in mount points as octal escapes.
        point = parts[1].encode().decode("unicode_escape")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, parts[2]
    return kind if kind in NETWORK_TYPES else None


def _windows_remote(path: Path) -> str | None:  # pragma: no cover - runs on Windows only
    text = str(path.resolve())
    if text.startswith("\\\\"):
        return "network share"
    import ctypes

    drive = os.path.splitdrive(text)[0] + "\\"
    remote = 4  # DRIVE_REMOTE
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    return "network drive" if kernel32.GetDriveTypeW(drive) == remote else None
