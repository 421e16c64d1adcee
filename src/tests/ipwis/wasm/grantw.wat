;; Not an approved entry program, so it runs as a worker: importing
;; grant_interrupt (entry only) must get it refused at load.
(module
  (import "ipwis" "grant_interrupt" (func $grant (param i32 i32 i32 i32) (result i32)))
  (memory 1)
  (data (i32.const 0) "beep")
  (func (export "run") (result i32)
    (drop (call $grant (i32.const 0) (i32.const 4) (i32.const 0) (i32.const 0)))
    (i32.const 0)))
