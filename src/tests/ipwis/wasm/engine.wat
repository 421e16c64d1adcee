;; Modules for the kernel tests of the WASM engine (tests/ipwis/kernel/
;; engine.c): integer code, memory, tables, traps, and long loops that
;; the scheduler and the fuel budget must be able to interrupt.
(module
  (import "test" "progress" (func $progress (param i32)))
  (memory 1 4)
  (table 2 funcref)
  (elem (i32.const 0) $double $square)
  (type $unary (func (param i32) (result i32)))

  (func $double (type $unary) (i32.shl (local.get 0) (i32.const 1)))
  (func $square (type $unary) (i32.mul (local.get 0) (local.get 0)))

  ;; Recursive: exercises the engine's own call stack.
  (func $fib (export "fib") (param $n i64) (result i64)
    (if (result i64) (i64.lt_u (local.get $n) (i64.const 2))
      (then (local.get $n))
      (else (i64.add (call $fib (i64.sub (local.get $n) (i64.const 1)))
                     (call $fib (i64.sub (local.get $n) (i64.const 2)))))))

  ;; Writes N bytes i*7 and sums them back, through memory.
  (func (export "memsum") (param $n i32) (result i32)
    (local $i i32) (local $sum i32)
    (block $done (loop $fill
      (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
      (i32.store8 (local.get $i) (i32.mul (local.get $i) (i32.const 7)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $fill)))
    (local.set $i (i32.const 0))
    (block $done (loop $add
      (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
      (local.set $sum (i32.add (local.get $sum) (i32.load8_u (local.get $i))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $add)))
    (local.get $sum))

  (func (export "apply") (param $f i32) (param $x i32) (result i32)
    (call_indirect (type $unary) (local.get $x) (local.get $f)))

  (func (export "divide") (param i32 i32) (result i32)
    (i32.div_s (local.get 0) (local.get 1)))

  (func (export "grow") (param i32) (result i32)
    (memory.grow (local.get 0)))

  ;; A long loop: an LCG stepped N times; calls progress every 4096 steps.
  (func (export "spin") (param $n i32) (result i32)
    (local $x i32)
    (local.set $x (i32.const 1))
    (block $done (loop $step
      (br_if $done (i32.eqz (local.get $n)))
      (local.set $x (i32.add (i32.mul (local.get $x) (i32.const 1664525))
                             (i32.const 1013904223)))
      (if (i32.eqz (i32.and (local.get $n) (i32.const 4095)))
        (then (call $progress (local.get $n))))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br $step)))
    (local.get $x)))
