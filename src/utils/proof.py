"""Proofs that a user-program test really ran, the harness's half.

A kernel could pass a test without running it by printing an output it
recorded earlier.  So for each run of a user-program test the harness draws
a random nonce and appends the word `nonce=HEX` to the test's command line
(it shows in the `to run it yourself` line, so any run can be repeated
exactly).  The test program takes the word off before main and prints

    (NAME) proof start: HASH          before main runs
    (NAME) proof exit(STATUS): HASH   when it ends by itself

where HASH is the FNV-1a hash of `NONCE NAME EVENT`: the program's half is
src/tests/userprog/lib/proof.c.  check() verifies the proofs and hands
back the output without them, so .ck files never mention proofs.
"""

import os
import re
import secrets

WORD_PREFIX = "nonce="
PROOF = re.compile(r"^\((?P<who>[^()]+)\) proof "
                   r"(?P<event>start|exit\((?P<status>-?\d+)\)): "
                   r"(?P<value>[0-9a-f]{8})$")
PROGRAM_C = "src/tests/userprog/lib/proof.c"


def new_nonce():
    """A fresh nonce: 8 random hex digits; or, to repeat a whole run of
    skiff-check byte for byte, the ones in the environment's SKIFF_NONCE."""
    fixed = os.environ.get("SKIFF_NONCE")
    if fixed is not None:
        if not re.fullmatch(r"[0-9a-f]{8}", fixed):
            raise ValueError("SKIFF_NONCE must be 8 lower-case hex digits")
        return fixed
    return secrets.token_hex(4)


def nonce_word(nonce):
    return WORD_PREFIX + nonce


def fnv1a(text):
    hash_value = 2166136261
    for byte in text.encode():
        hash_value = ((hash_value ^ byte) * 16777619) & 0xFFFFFFFF
    return hash_value


def value(nonce, who, event):
    """The proof that program WHO saw EVENT in the run given NONCE."""
    return f"{fnv1a(f'{nonce} {who} {event}'):08x}"


def exit_status(lines, program):
    """The status in the last `PROGRAM: exit(STATUS)` line, or None."""
    pattern = re.compile(rf"^{re.escape(program)}: exit\((-?\d+)\)$")
    statuses = [int(m.group(1)) for m in map(pattern.match, lines) if m]
    return statuses[-1] if statuses else None


def check(lines, nonce, program):
    """The test's LINES without its proofs, and reason lines why the proofs
    are wrong ([] when they hold).  PROGRAM is the test's process name,
    the name its exit line shows."""
    proofs = [(line, PROOF.match(line)) for line in lines]
    proofs = [(line, match) for line, match in proofs if match]
    kept = [line for line in lines if not PROOF.match(line)]
    forged = [line for line, match in proofs if match.group("value") !=
              value(nonce, match.group("who"), match.group("event"))]
    if forged:
        return kept, [f"`{forged[0]}` is not the proof of this run (nonce "
                      f"{nonce}): the output did not come from running "
                      f"the test program now"]
    starts = [line for line, match in proofs if match.group("event") == "start"]
    if not starts:
        return kept, [f"the test program printed no proof of its start: the "
                      f"harness passed it `{nonce_word(nonce)}` as its last "
                      f"argument, and a test program that runs prints `(NAME) "
                      f"proof start: ...` first (see {PROGRAM_C}); does the "
                      f"kernel pass a program its arguments?"]
    if len(starts) > 1:
        return kept, ["more than one program printed a proof of its start, "
                      "but only the test program was given the nonce"]
    status = exit_status(kept, program)
    exits = {int(match.group("status")) for _, match in proofs
             if match.group("status") is not None}
    if status not in (None, -1) and status not in exits:
        return kept, [f"`{program}: exit({status})` says the test program "
                      f"ended by itself with status {status}, but it printed "
                      f"no proof of exit({status}), which a program ending "
                      f"by itself does (see {PROGRAM_C})"]
    return kept, []
