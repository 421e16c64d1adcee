;; An approved entry program that solves a two-step tree: when step1
;; finishes it starts step2 (whose input is step1's output), reporting
;; its status to the caller after each.
(module
  (import "ipwis" "request_reserved" (func $reserved (param i32 i32) (result i32)))
  (import "ipwis" "wait_any" (func $wait_any (param i32 i32) (result i32)))
  (import "ipwis" "status_update" (func $status (param i32 i32) (result i32)))
  (memory 1)
  (data (i32.const 0) "step1")
  (data (i32.const 16) "step2")
  (data (i32.const 32) "step 1 done")
  (data (i32.const 48) "step 2 done")
  (func $wait (param $h i32) (i32.store (i32.const 512) (local.get $h)) (drop (call $wait_any (i32.const 512) (i32.const 1))))
  (func (export "run") (result i32)
    (call $wait (call $reserved (i32.const 0) (i32.const 5)))
    (drop (call $status (i32.const 32) (i32.const 11)))
    (call $wait (call $reserved (i32.const 16) (i32.const 5)))
    (drop (call $status (i32.const 48) (i32.const 11)))
    (i32.const 0)))
