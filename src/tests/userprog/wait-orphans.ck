# A process exits without waiting for its four children; they end on
# their own (one killed), in any order, and the kernel frees them all
# (the run action ends only when every process has).
from skiffcheck import *
files("child-args", "child-bad")

OWN = """\
(wait-orphans) begin
wait-orphans: exit(7)
(wait-orphans) the middle process exits 7
(wait-orphans) end
wait-orphans: exit(0)""".split("\n")
ORPHANS = ["child-args: exit(3)", "(child-bad) run", "child-bad: exit(-1)",
           "child-args: exit(2)", "child-args: exit(1)"]

@check
def own_lines_in_order_orphans_in_any(lines):
    own = [l for l in lines if l.startswith(("(wait-orphans)", "wait-orphans:"))]
    others = [l for l in lines if l not in own]
    if own != OWN:
        fail("the test's own lines differ:\n" + "\n".join(own))
    if sorted(others) != sorted(ORPHANS):
        fail("the orphans' lines differ:\n" + "\n".join(others))
