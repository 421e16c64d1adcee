;; Imports matched by module, name and type; shared memories, tables and
;; globals; a start function that traps after the segments were written.
(module $A
  (memory (export "mem") 1 2)
  (table (export "tab") 2 funcref)
  (global (export "g") (mut i32) (i32.const 5))
  (func (export "get") (result i32) (global.get 0))
  (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "call") (param i32) (result i32) (call_indirect (result i32) (local.get 0))))
(register "A" $A)

(module $B
  (import "A" "mem" (memory 1))
  (import "A" "tab" (table 1 funcref))
  (import "A" "g" (global $g (mut i32)))
  (import "A" "get" (func $get (result i32)))
  (data (i32.const 10) "\2a")
  (elem (i32.const 1) $seven)
  (func $seven (result i32) (i32.const 7))
  (func (export "bump") (result i32) (global.set $g (i32.add (global.get $g) (i32.const 1))) (call $get)))
(assert_return (invoke $B "bump") (i32.const 6))
(assert_return (invoke $A "get") (i32.const 6))
(assert_return (invoke $A "load" (i32.const 10)) (i32.const 42))
(assert_return (invoke $A "call" (i32.const 1)) (i32.const 7))

(assert_unlinkable (module (import "A" "nothing" (func))) "unknown import")
(assert_unlinkable (module (import "A" "get" (func (result i64)))) "incompatible import type")
(assert_unlinkable (module (import "A" "g" (global i32))) "incompatible import type")
(assert_unlinkable (module (import "A" "mem" (memory 3))) "incompatible import type")
(assert_unlinkable (module (import "A" "mem" (memory 1 1))) "incompatible import type")
(assert_unlinkable (module (import "A" "tab" (table 3 funcref))) "incompatible import type")

;; Nothing is written when a segment does not fit ...
(assert_unlinkable
  (module (import "A" "mem" (memory 1)) (data (i32.const 20) "\01") (data (i32.const 65536) "\01"))
  "data segment does not fit")
(assert_return (invoke $A "load" (i32.const 20)) (i32.const 0))
;; ... but everything is when only the start function fails.
(assert_trap
  (module (import "A" "mem" (memory 1)) (data (i32.const 30) "\09")
    (func $start (unreachable)) (start $start))
  "unreachable")
(assert_return (invoke $A "load" (i32.const 30)) (i32.const 9))
