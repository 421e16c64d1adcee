"""The kit's phases, in the order a course teaches them: each builds on the
ones before it."""

PHASES = ("threads", "userprog", "vm", "filesys", "ipwis")


def this_and_later(phase):
    """PHASE and the phases that come after it."""
    return PHASES[PHASES.index(phase):]
