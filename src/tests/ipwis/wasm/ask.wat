;; A worker that requests its reserved program sub and waits for it, then
;; tries what locality forbids: sub a second time, an undeclared child
;; ghost, and deep, a program of its tree that is not its own. Output
;; refused: how many of the three were refused ("3").
(module
  (import "ipwis" "request_child" (func $child (param i32 i32 i32 i32) (result i32)))
  (import "ipwis" "request_reserved" (func $reserved (param i32 i32) (result i32)))
  (import "ipwis" "wait_any" (func $wait_any (param i32 i32) (result i32)))
  (import "ipwis" "output_set" (func $output_set (param i32 i32 i32 i32) (result i32)))
  (memory 1)
  (data (i32.const 0) "sub")
  (data (i32.const 16) "ghost")
  (data (i32.const 32) "deep")
  (data (i32.const 48) "refused")
  (func $wait (param $h i32) (i32.store (i32.const 512) (local.get $h)) (drop (call $wait_any (i32.const 512) (i32.const 1))))
  (func $refused (param i32) (result i32) (i32.eq (local.get 0) (i32.const -1)))
  (func (export "run") (result i32)
    (call $wait (call $reserved (i32.const 0) (i32.const 3)))
    (i32.store8 (i32.const 64)
      (i32.add (i32.const 48)
        (i32.add (call $refused (call $reserved (i32.const 0) (i32.const 3)))
          (i32.add (call $refused (call $child (i32.const 16) (i32.const 5) (i32.const 0) (i32.const 0)))
                   (call $refused (call $reserved (i32.const 32) (i32.const 4)))))))
    (drop (call $output_set (i32.const 48) (i32.const 7) (i32.const 64) (i32.const 1)))
    (i32.const 0)))
