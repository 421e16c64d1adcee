;; A program that tries to reach kernel mode from inside: no import leads
;; there, so one naming ipwis.kernel_halt is refused at load.
(module
  (import "ipwis" "kernel_halt" (func $halt))
  (func (export "run") (result i32) (call $halt) (i32.const 0)))
