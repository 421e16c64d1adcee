;; The delivery robot's reserved program: downloads the district's map
;; with the outside call `read /map7.txt 0' and keeps it as output map.
;; The call leaves the kernel through IPIIS, unless the owner loaded the
;; storage module IPSIS, which serves the same words from Skiff's own
;; file system. A map fits in one answer (1 kB), so one read is all.
(module
  (import "ipwis" "ipiis_call" (func $ipiis_call (param i32 i32 i32 i32) (result i32)))
  (import "ipwis" "output_set" (func $output_set (param i32 i32 i32 i32) (result i32)))
  (memory 1)
  (data (i32.const 0) "map")
  (data (i32.const 16) "read /map7.txt 0")
  (func (export "run") (result i32)
    (local $n i32)
    (local.set $n (call $ipiis_call (i32.const 16) (i32.const 16) (i32.const 1024) (i32.const 1024)))
    (if (i32.lt_s (local.get $n) (i32.const 0)) (then (return (i32.const 1))))
    (drop (call $output_set (i32.const 0) (i32.const 3) (i32.const 1024) (local.get $n)))
    (i32.const 0)))
