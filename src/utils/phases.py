"""The course's phases, in the order they are taught: the one place that
declares it.  Each phase builds on every phase before it, so a student tree
that takes out one phase's solution takes out every later one's too.

A phase may be declared here before its directory exists; its switch
SOLUTION_PHASE (see doc/skeleton.md) is handled as soon as its first
marker and its -D word appear.
"""

ORDER = ("threads", "userprog", "vm", "filesys", "ipwis")


def solution_macro(phase):
    """The switch that marks PHASE's solution code: SOLUTION_THREADS, ..."""
    return "SOLUTION_" + phase.upper()


def later(phase):
    """The phases taught after PHASE, in order."""
    return ORDER[ORDER.index(phase) + 1:]


def earlier(phase):
    """The phases taught before PHASE, in order."""
    return ORDER[:ORDER.index(phase)]
