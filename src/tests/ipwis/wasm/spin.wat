;; For the kernel test wasm-fuel: loops and calls to run out of fuel in,
;; a recursion with no end, and memory to grow past a budget.
(module
  (memory 1)
  ;; Counts to N: one taken branch, one unit of fuel, per step.
  (func (export "count") (param $n i32) (result i32)
    (local $i i32)
    (loop $step
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $step (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $i))
  (func (export "forever") (loop $again (br $again)))
  (func (export "seven") (result i32) (i32.const 7))
  (func $deeper (export "bottomless") (param i32) (result i32)
    (i32.add (call $deeper (i32.add (local.get 0) (i32.const 1))) (i32.const 1)))
  ;; memory.grow by N pages: the old size, or -1 if refused.
  (func (export "grow") (param i32) (result i32)
    (memory.grow (local.get 0))))
