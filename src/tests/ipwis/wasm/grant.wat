;; An approved entry program that grants the interrupt-mode program its
;; input `irq' names, with arguments, waits for it and reports how it
;; ended as its status: "refused" if the name is not in the boot's
;; table, else "granted, done" or "granted, failed".
(module
  (import "ipwis" "input_get" (func $input (param i32 i32 i32 i32) (result i32)))
  (import "ipwis" "grant_interrupt" (func $grant (param i32 i32 i32 i32) (result i32)))
  (import "ipwis" "wait_any" (func $wait_any (param i32 i32) (result i32)))
  (import "ipwis" "handle_poll" (func $poll (param i32) (result i32)))
  (import "ipwis" "status_update" (func $status (param i32 i32) (result i32)))
  (memory 1)
  (data (i32.const 0) "irq")
  (data (i32.const 16) "from entry")
  (data (i32.const 64) "refused")
  (data (i32.const 80) "granted, done")
  (data (i32.const 96) "granted, failed")
  (func (export "run") (result i32)
    (local $h i32)
    (local.set $h (call $grant (i32.const 256)
                        (call $input (i32.const 0) (i32.const 3) (i32.const 256) (i32.const 63))
                        (i32.const 16) (i32.const 10)))
    (if (i32.eq (local.get $h) (i32.const -1))
      (then (drop (call $status (i32.const 64) (i32.const 7))) (return (i32.const 0))))
    (i32.store (i32.const 512) (local.get $h))
    (drop (call $wait_any (i32.const 512) (i32.const 1)))
    ;; 3 is done in task.h's numbering.
    (if (i32.eq (call $poll (local.get $h)) (i32.const 3))
      (then (drop (call $status (i32.const 80) (i32.const 13))))
      (else (drop (call $status (i32.const 96) (i32.const 15)))))
    (i32.const 0)))
