# Read-only pages of one executable are shared between its processes:
# the paging counters that -vmstats prints after the run say how many
# faults found their page already in a frame.
import re
from skiffcheck import *
options("-vmstats")

PAGES = 16      # of the 64 kB table
OTHERS = 4      # processes that find the table there

OWN = ["pt-share: exit(%d)" % d for d in (4, 3, 2, 1)] + [
    "(pt-share) 5 processes read the table", "pt-share: exit(0)"]

@check
def shared(lines):
    if lines[:-1] != OWN or not lines[-1].startswith("Paging:"):
        fail("the output should be the exit lines, then the counters:\n"
             + "\n".join(lines))
    hits = int(re.search(r"(\d+) shared", lines[-1]).group(1))
    if hits < OTHERS * PAGES:
        fail("only %d faults were served by a shared frame; the table "
             "alone should give %d: %s" % (hits, OTHERS * PAGES, lines[-1]))
