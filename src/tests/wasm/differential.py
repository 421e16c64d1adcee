#!/usr/bin/env python3
# Differential check: random valid modules, run by our engine and by wabt's
# wasm-interp, whose results (or traps) must agree.
#
#     differential.py [--keep DIR] ENGINE FIRST_SEED COUNT
#
# Each seed gives one module (the same seed, the same module): i32/i64
# arithmetic with the values that find edge cases, comparisons and
# conversions, locals, blocks, br_if, br_table, if, select, bounded loops,
# a call, memory loads and stores of every width (with addresses that are
# sometimes out of bounds), memory.size and memory.grow.  Its export "run"
# returns i32 or i64.  A trap is compared by its kind.  Prints each
# disagreement, then "N passed, N failed"; --keep DIR keeps the failing
# modules' .wat there.
import os
import random
import re
import subprocess
import sys
import tempfile

EDGES = {32: [0, 1, 2, 7, 31, 32, 0x7F, 0x80, 0xFF, 0x7FFF, 0xFFFF,
              0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0xFFFFFFFE],
         64: [0, 1, 2, 63, 64, 0xFF, 0xFFFFFFFF, 0x100000000,
              0x7FFFFFFFFFFFFFFF, 0x8000000000000000,
              0xFFFFFFFFFFFFFFFF, 0xFFFFFFFF80000000]}
BINARY = ["add", "sub", "mul", "div_s", "div_u", "rem_s", "rem_u", "and",
          "or", "xor", "shl", "shr_s", "shr_u", "rotl", "rotr"]
COMPARE = ["eq", "ne", "lt_s", "lt_u", "gt_s", "gt_u", "le_s", "le_u",
           "ge_s", "ge_u"]
UNARY = ["clz", "ctz", "popcnt"]
LOADS = {"i32": ["i32.load", "i32.load8_s", "i32.load8_u", "i32.load16_s",
                 "i32.load16_u"],
         "i64": ["i64.load", "i64.load8_s", "i64.load8_u", "i64.load16_s",
                 "i64.load16_u", "i64.load32_s", "i64.load32_u"]}
STORES = {"i32": ["i32.store", "i32.store8", "i32.store16"],
          "i64": ["i64.store", "i64.store8", "i64.store16", "i64.store32"]}


class Generator:
    """Writes one function body as folded WAT, tracking locals and labels."""

    def __init__(self, rng, params):
        self.rng = rng
        self.locals = list(params)          # types of params, then locals
        self.params = len(params)
        self.labels = 0                     # for unique label names
        self.counters = set()               # loop counters: never written
        self.with_call = True

    def new_local(self, t):
        self.locals.append(t)
        return len(self.locals) - 1

    def const(self, t):
        bits = 32 if t == "i32" else 64
        r = self.rng
        v = r.choice(EDGES[bits]) if r.random() < 0.5 else r.getrandbits(
            r.choice([4, 8, 16, bits]))
        return "(%s.const %d)" % (t, v - (1 << bits) if v >> (bits - 1) else v)

    def local_of(self, t, written=False):
        found = [i for i, lt in enumerate(self.locals) if lt == t and
                 not (written and i in self.counters)]
        return self.rng.choice(found) if found else None

    def address(self, depth):
        if self.rng.random() < 0.03:
            return self.expr("i32", depth)           # anywhere: likely a trap
        return "(i32.and %s (i32.const 0xfff))" % self.expr("i32", depth)

    def label(self):
        self.labels += 1
        return "$l%d" % self.labels

    def expr(self, t, depth):
        r = self.rng
        other = "i64" if t == "i32" else "i32"
        if depth <= 0 or r.random() < 0.15:
            i = self.local_of(t)
            if i is not None and r.random() < 0.6:
                return "(local.get %d)" % i
            return self.const(t)
        d = depth - 1
        kind = r.randrange(16)
        if kind < 5:
            op, divisor = r.choice(BINARY), self.expr(t, d)
            if op[:3] in ("div", "rem") and r.random() < 0.9:
                divisor = "(%s.or %s (%s.const 1))" % (t, divisor, t)
            return "(%s.%s %s %s)" % (t, op, self.expr(t, d), divisor)
        if kind == 5:
            return "(%s.%s %s)" % (t, r.choice(UNARY), self.expr(t, d))
        if kind == 6:                                # a comparison, widened
            ct = r.choice(["i32", "i64"])
            e = "(%s.%s %s %s)" % (ct, r.choice(COMPARE), self.expr(ct, d),
                                   self.expr(ct, d))
            if r.random() < 0.2:
                e = "(%s.eqz %s)" % (ct, self.expr(ct, d))
            return e if t == "i32" else "(i64.extend_i32_u %s)" % e
        if kind == 7:                                # a conversion
            if t == "i32":
                return "(i32.wrap_i64 %s)" % self.expr("i64", d)
            return "(i64.extend_i32_%s %s)" % (r.choice("su"),
                                               self.expr("i32", d))
        if kind == 8:
            return "(%s offset=%d %s)" % (r.choice(LOADS[t]), r.choice(
                [0, 0, 1, 4, 100]), self.address(d))
        if kind == 9:
            return "(if (result %s) %s (then %s) (else %s))" % (
                t, self.expr("i32", d), self.expr(t, d), self.expr(t, d))
        if kind == 10:
            return "(select %s %s %s)" % (self.expr(t, d), self.expr(t, d),
                                          self.expr("i32", d))
        if kind == 11:                               # br_if out of a block
            b = self.label()
            return "(block %s (result %s) (drop (br_if %s %s %s)) %s)" % (
                b, t, b, self.expr(t, d), self.expr("i32", d), self.expr(t, d))
        if kind == 12:                               # br_table, two depths
            o, i = self.label(), self.label()
            targets = " ".join(r.choice([o, i]) for _ in range(r.randrange(4)))
            return ("(block %s (result %s) (drop (block %s (result %s) "
                    "(br_table %s %s %s %s))) %s)") % (
                o, t, i, t, targets, r.choice([o, i]), self.expr(t, d),
                self.expr("i32", d), self.expr(t, d))
        if kind == 13:
            i = self.local_of(t, written=True)
            if i is not None and i >= self.params:
                return "(local.tee %d %s)" % (i, self.expr(t, d))
        if kind == 14 and self.with_call:
            call = "(call $helper %s %s)" % (self.expr("i32", d),
                                             self.expr("i64", d))
            return call if t == "i32" else "(i64.extend_i32_s %s)" % call
        if kind == 15 and t == "i32":
            return "(memory.size)"
        return "(%s.%s %s %s)" % (t, r.choice(BINARY), self.expr(t, d),
                                  self.const(t))

    def statement(self, depth):
        r = self.rng
        kind = r.randrange(10)
        t = r.choice(["i32", "i64"])
        if kind < 3:
            i = self.new_local(t) if r.random() < 0.3 else self.local_of(
                t, written=True)
            if i is None or i < self.params:
                i = self.new_local(t)
            return "(local.set %d %s)" % (i, self.expr(t, depth))
        if kind < 6:
            return "(%s offset=%d %s %s)" % (r.choice(STORES[t]), r.choice(
                [0, 0, 2, 8]), self.address(depth - 1), self.expr(t, depth))
        if kind == 6 and depth > 1:                  # a loop of a few turns
            c = self.new_local("i32")
            self.counters.add(c)
            top = self.label()
            body = " ".join(self.statement(depth - 1)
                            for _ in range(r.randrange(1, 4)))
            return ("(local.set %d (i32.const 0)) (loop %s %s (br_if %s "
                    "(i32.lt_u (local.tee %d (i32.add (local.get %d) "
                    "(i32.const 1))) (i32.const %d))))") % (
                c, top, body, top, c, c, r.randrange(1, 6))
        if kind == 7:
            return "(if %s (then %s) (else %s))" % (
                self.expr("i32", depth - 1), self.statement(depth - 1),
                self.statement(depth - 1))
        if kind == 8 and r.random() < 0.2:
            if r.random() < 0.5:
                return "(if %s (then unreachable))" % self.expr("i32", depth)
            return "(drop (memory.grow (i32.const %d)))" % r.randrange(3)
        return "(drop %s)" % self.expr(t, depth)

    def body(self, result, statements, depth):
        code = [self.statement(depth) for _ in range(statements)]
        code.append(self.expr(result, depth))
        declared = " ".join(self.locals[self.params:])
        return (" (local %s)" % declared if declared else "") + "\n    " + \
            "\n    ".join(code)


def module(seed):
    rng = random.Random(seed)
    helper = Generator(rng, ["i32", "i64"])
    helper.with_call = False
    helper_body = helper.body("i32", rng.randrange(1, 4), 3)
    result = rng.choice(["i32", "i64"])
    main = Generator(rng, [])
    main_body = main.body(result, rng.randrange(2, 8), 4)
    data = "".join("\\%02x" % rng.getrandbits(8) for _ in range(64))
    return ('(module\n  (memory 1 3)\n  (data (i32.const 0) "%s")\n'
            '  (func $helper (param i32 i64) (result i32)%s)\n'
            '  (func (export "run") (result %s)%s))\n') % (
                data, helper_body, result, main_body)


TRAPS = ["divide by zero", "overflow", "out of bounds", "unreachable"]


def outcome(text, bits):
    """Normalizes an engine's output to 'value N' (unsigned) or 'trap KIND'."""
    for kind in TRAPS:
        if kind in text:
            return "trap " + kind
    if "trap" in text or "error" in text:
        return "trap other: " + text.strip()
    m = re.search(r"(-?\d+)\s*$", text)
    if not m:
        return "no result: " + text.strip()
    return "value %d" % (int(m.group(1)) % (1 << bits))


def run(command):
    p = subprocess.run(command, capture_output=True, text=True, timeout=60)
    return p.stdout + p.stderr


def main(argv):
    keep = None
    if len(argv) > 1 and argv[1] == "--keep":
        keep = argv[2]
        argv = argv[:1] + argv[3:]
    if len(argv) != 4:
        sys.exit("usage: differential.py [--keep DIR] ENGINE FIRST_SEED COUNT")
    engine, first, count = argv[1], int(argv[2]), int(argv[3])
    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        wat, wasm = os.path.join(tmp, "m.wat"), os.path.join(tmp, "m.wasm")
        for seed in range(first, first + count):
            text = module(seed)
            with open(wat, "w") as f:
                f.write(text)
            subprocess.run(["wat2wasm", wat, "-o", wasm], check=True)
            bits = 64 if '(result i64)' in text.split('"run"')[1][:20] else 32
            ours = outcome(run([engine, "--invoke", "run", wasm]), bits)
            theirs = outcome(run(["wasm-interp", wasm, "--run-all-exports"]),
                             bits)
            if ours == theirs:
                passed += 1
                continue
            failed += 1
            print("seed %d: ours %s, wasm-interp %s" % (seed, ours, theirs))
            if keep:
                os.makedirs(keep, exist_ok=True)
                with open(os.path.join(keep, "seed-%d.wat" % seed), "w") as f:
                    f.write(text)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
