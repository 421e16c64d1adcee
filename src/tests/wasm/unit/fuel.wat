;; Loops and calls for the fuel tests.
(module
  ;; Counts to N in a loop: one back-edge per step.
  (func (export "count") (param i32) (result i32)
    (local i32)
    (loop
      (local.set 1 (i32.add (local.get 1) (i32.const 1)))
      (br_if 0 (i32.lt_u (local.get 1) (local.get 0))))
    (local.get 1))
  (func $fib (export "fib") (param i32) (result i32)
    (if (result i32) (i32.lt_u (local.get 0) (i32.const 2))
      (then (local.get 0))
      (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
                     (call $fib (i32.sub (local.get 0) (i32.const 2)))))))
  (func (export "forever") (loop (br 0)))
  (func (export "seven") (result i32) (i32.const 7)))
