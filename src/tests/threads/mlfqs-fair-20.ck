# Twenty threads of nice 0 compute for 30 s: each must get a twentieth,
# within 20 ticks of what replaying the scheduler's formulas gives
# (mlfqs_model.share); mean recent_cpu and load_avg at the end within the
# tolerances of mlfqs_model.check_share.
import os
import sys
sys.path.insert(0, os.path.dirname(__file__))
import mlfqs_model as model  # noqa: E402
from skiffcheck import *  # noqa: E402

options("-mlfqs")
NAME = test_name()


@check
def shares_follow_the_formulas(lines):
    model.check_share(lines, NAME, nices=[0] * 20, seconds=30, tick_tolerance=20)
