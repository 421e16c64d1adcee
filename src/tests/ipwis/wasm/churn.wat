;; For the kernel test wasm-interleave: a long computation that writes all
;; over its own linear memory, calling the host every 1024 steps so the
;; test can see two instances take turns.  Two instances given different
;; seeds must each end as when run alone: nothing shared between them.
(module
  (import "test" "progress" (func $progress (param i32)))
  (memory 1)
  (func (export "churn") (param $steps i32) (param $x i32) (result i32)
    (local $i i32) (local $address i32)
    (loop $step
      ;; The C library's old LCG, then the word its high bits pick.
      (local.set $x (i32.add (i32.mul (local.get $x) (i32.const 1103515245))
                             (i32.const 12345)))
      (local.set $address (i32.and (i32.shr_u (local.get $x) (i32.const 14))
                                   (i32.const 0xfffc)))
      (i32.store (local.get $address)
        (i32.xor (i32.load (local.get $address)) (local.get $x)))
      (local.set $x (i32.add (local.get $x) (i32.load (local.get $address))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (if (i32.eqz (i32.and (local.get $i) (i32.const 1023)))
        (then (call $progress (local.get $i))))
      (br_if $step (i32.lt_u (local.get $i) (local.get $steps))))
    (local.get $x)))
