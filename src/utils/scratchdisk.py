"""The scratch disk: a ustar archive that carries files into and out of the
guest.

Before a run, the runner packs host files into the archive and the kernel's
`extract` action copies them into its file system.  During the run, the
kernel's `append NAME` action writes a member into the archive, starting
again at sector 0, and the runner reads it back after the simulator stops.
The archive starts at sector 0; the rest of the disk is zeros.
"""

import io
import tarfile

import diskfiles
from errors import ToolError

# Room left after the packed files, for whatever the kernel appends.
SPARE_BYTES = 8 * 1024 * 1024


def check_guest_name(name):
    if not name or name.startswith("/") or len(name.encode()) >= 100:
        raise ToolError(
            f"'{name}' cannot be a file name on the scratch disk: use a "
            f"relative name shorter than 100 bytes")


def write(path, files):
    """Creates the scratch disk at PATH holding FILES, a list of
    (guest name, bytes) pairs, with room to spare for the kernel."""
    for guest, _ in files:
        check_guest_name(guest)
    archive = io.BytesIO()
    with tarfile.open(fileobj=archive, mode="w",
                      format=tarfile.USTAR_FORMAT) as tar:
        for guest, data in files:
            tar.addfile(_member_info(guest, len(data)), io.BytesIO(data))
    diskfiles.create(path, len(archive.getvalue()) + SPARE_BYTES,
                     archive.getvalue())


def _member_info(name, size):
    """A header with fixed owner, mode and time, so the disk does not depend
    on who runs the tool or when."""
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o644
    info.mtime = 0
    return info


def read_member(path, guest):
    """The contents of member GUEST of the scratch disk at PATH."""
    try:
        with tarfile.open(path, mode="r:", format=tarfile.USTAR_FORMAT) as archive:
            members = archive.getmembers()
            for member in members:
                if member.name.lstrip("/") == guest and member.isfile():
                    return archive.extractfile(member).read()
    except tarfile.TarError as error:
        raise ToolError(f"the scratch disk does not hold a ustar archive "
                        f"({error}), so '{guest}' cannot be read back")
    found = ", ".join(m.name for m in members) or "no files"
    raise ToolError(f"the kernel did not put '{guest}' on the scratch disk "
                    f"(it holds {found}); did the command line include "
                    f"`append {guest}`?")
