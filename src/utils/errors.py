"""Problems the user can fix, and how every Skiff tool reports them.

A ToolError carries one sentence that says what is wrong and, when there is
one, what to do about it.  The tools print it and exit with status 2, so a
script can tell "your setup is wrong" (2) from "the kernel failed" (1).
"""

import os
import sys

EXIT_SETUP_ERROR = 2
EXIT_INTERRUPTED = 130


class ToolError(Exception):
    """A problem with the user's input or setup, explained in one sentence."""


def run_tool(name, main):
    """Runs MAIN() and exits with its status, turning a ToolError into a
    one-line message instead of a Python traceback."""
    try:
        status = main()
    except ToolError as error:
        print(f"{name}: {error}", file=sys.stderr)
        status = EXIT_SETUP_ERROR
    except KeyboardInterrupt:
        print(f"{name}: interrupted", file=sys.stderr)
        status = EXIT_INTERRUPTED
    except BrokenPipeError:
        # Whoever read our output (`| head`) stopped; so do we, quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        status = 1
    sys.exit(status)
