;; The delivery robot (an approved entry program): reads its metadata and
;; reports its status, requests its reserved program fetch-map and waits
;; for it, then follows its input plan: "on time" delivers; "late" starts
;; the child apology with the delay filled in at run time; "stuck" never
;; finishes (its exception program recover takes over); "x" has lost
;; power and aborts the tree.
(module
  (import "ipwis" "input_get" (func $input_get (param i32 i32 i32 i32) (result i32)))
  (import "ipwis" "output_set" (func $output_set (param i32 i32 i32 i32) (result i32)))
  (import "ipwis" "request_reserved" (func $reserved (param i32 i32) (result i32)))
  (import "ipwis" "request_child" (func $child (param i32 i32 i32 i32) (result i32)))
  (import "ipwis" "wait_any" (func $wait_any (param i32 i32) (result i32)))
  (import "ipwis" "abort" (func $abort (param i32 i32)))
  (import "ipwis" "task_metadata" (func $metadata (param i32 i32) (result i32)))
  (import "ipwis" "status_update" (func $status (param i32 i32) (result i32)))
  (memory 1)
  (data (i32.const 0) "plan")
  (data (i32.const 16) "fetch-map")
  (data (i32.const 32) "apology")
  (data (i32.const 48) "delay_minutes=15\n")
  (data (i32.const 80) "receipt")
  (data (i32.const 96) "delivered")
  (data (i32.const 112) "delivered late")
  (data (i32.const 128) "lost power, no recovery possible")
  (func $wait (param $h i32) (i32.store (i32.const 512) (local.get $h)) (drop (call $wait_any (i32.const 512) (i32.const 1))))
  (func (export "run") (result i32)
    (local $plan i32)
    (call $status (i32.const 1024) (call $metadata (i32.const 1024) (i32.const 256)))
    drop
    (drop (call $input_get (i32.const 0) (i32.const 4) (i32.const 256) (i32.const 64)))
    (local.set $plan (i32.load8_u (i32.const 256)))
    (call $wait (call $reserved (i32.const 16) (i32.const 9)))
    (if (i32.eq (local.get $plan) (i32.const 0x6c))
      (then
        (call $wait (call $child (i32.const 32) (i32.const 7) (i32.const 48) (i32.const 17)))
        (drop (call $output_set (i32.const 80) (i32.const 7) (i32.const 112) (i32.const 14)))
        (return (i32.const 0))))
    (if (i32.eq (local.get $plan) (i32.const 0x73))
      (then (loop $forever (br $forever))))
    (if (i32.eq (local.get $plan) (i32.const 0x78))
      (then (call $abort (i32.const 128) (i32.const 32))))
    (drop (call $output_set (i32.const 80) (i32.const 7) (i32.const 96) (i32.const 9)))
    (i32.const 0)))
