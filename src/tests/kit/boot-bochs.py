"""The threads kernel boots under Bochs and powers off."""

import _boot
import _kit

_kit.run_test(lambda: _boot.boot("--bochs"))
