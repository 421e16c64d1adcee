;; A storage-heavy task: reads the 8 kB file /map.bin a kilobyte at a
;; time with the outside calls `read /map.bin OFFSET', and sets output
;; read to "8192 bytes" if all came, else "short". The same module runs
;; through IPIIS (the host answers) and through the storage module
;; IPSIS, so the kernel test ipsis-task can time one task both ways.
(module
  (import "ipwis" "ipiis_call" (func $ipiis_call (param i32 i32 i32 i32) (result i32)))
  (import "ipwis" "output_set" (func $output_set (param i32 i32 i32 i32) (result i32)))
  (memory 1)
  (data (i32.const 0) "read")
  (data (i32.const 8) "8192 bytes")
  (data (i32.const 24) "short")
  ;; The eight requests, 32 bytes apart from 64, and their lengths from 40.
  (data (i32.const 64) "read /map.bin 0")
  (data (i32.const 96) "read /map.bin 1024")
  (data (i32.const 128) "read /map.bin 2048")
  (data (i32.const 160) "read /map.bin 3072")
  (data (i32.const 192) "read /map.bin 4096")
  (data (i32.const 224) "read /map.bin 5120")
  (data (i32.const 256) "read /map.bin 6144")
  (data (i32.const 288) "read /map.bin 7168")
  (data (i32.const 40) "\0f\12\12\12\12\12\12\12")
  (func (export "run") (result i32)
    (local $i i32) (local $n i32) (local $total i32)
    (block $done
      (loop $piece
        (br_if $done (i32.eq (local.get $i) (i32.const 8)))
        (local.set $n (call $ipiis_call
                            (i32.add (i32.const 64) (i32.mul (local.get $i) (i32.const 32)))
                            (i32.load8_u (i32.add (i32.const 40) (local.get $i)))
                            (i32.const 1024) (i32.const 1024)))
        (br_if $done (i32.lt_s (local.get $n) (i32.const 0)))
        (local.set $total (i32.add (local.get $total) (local.get $n)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $piece)))
    (if (i32.eq (local.get $total) (i32.const 8192))
      (then (drop (call $output_set (i32.const 0) (i32.const 4) (i32.const 8) (i32.const 10))))
      (else (drop (call $output_set (i32.const 0) (i32.const 4) (i32.const 24) (i32.const 5)))))
    (i32.const 0)))
