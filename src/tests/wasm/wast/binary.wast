;; Byte strings that break a rule of the binary format.
(module binary "\00asm" "\01\00\00\00")
(assert_malformed (module binary "") "unexpected end")
(assert_malformed (module binary "\00asm") "unexpected end")
(assert_malformed (module binary "\00ASM\01\00\00\00") "magic header not detected")
(assert_malformed (module binary "\00asm\02\00\00\00") "unknown binary version")
;; A section id that does not exist, and sections out of order.
(assert_malformed (module binary "\00asm\01\00\00\00" "\0d\00") "malformed section id")
(assert_malformed (module binary "\00asm\01\00\00\00"
  "\03\01\00" "\01\01\00") "unexpected section")
;; A section longer than the module, and one whose contents end early.
(assert_malformed (module binary "\00asm\01\00\00\00" "\01\05\00") "unexpected end")
(assert_malformed (module binary "\00asm\01\00\00\00" "\01\02\00\00") "section size mismatch")
;; LEB128: a u32 in six bytes, and stray bits in the fifth.
(assert_malformed (module binary "\00asm\01\00\00\00"
  "\05\08\01\00\82\80\80\80\80\00") "integer representation too long")
(assert_malformed (module binary "\00asm\01\00\00\00"
  "\05\07\01\00\82\80\80\80\10") "integer too large")
;; An i32.const whose signed LEB128 has bits beyond 32 that are not the sign.
(assert_malformed (module binary "\00asm\01\00\00\00"
  "\01\05\01\60\00\01\7f" "\03\02\01\00"
  "\0a\0a\01\08\00\41\80\80\80\80\70\0b") "integer too large")
;; A function declared without a body, and a body without a declaration.
(assert_malformed (module binary "\00asm\01\00\00\00"
  "\01\04\01\60\00\00" "\03\02\01\00") "function and code section have inconsistent lengths")
(assert_malformed (module binary "\00asm\01\00\00\00"
  "\0a\04\01\02\00\0b") "function and code section have inconsistent lengths")
;; A body that does not end with end, and one with bytes after it.
(assert_malformed (module binary "\00asm\01\00\00\00"
  "\01\04\01\60\00\00" "\03\02\01\00" "\0a\04\01\02\00\01") "unexpected end")
(assert_malformed (module binary "\00asm\01\00\00\00"
  "\01\04\01\60\00\00" "\03\02\01\00" "\0a\05\01\03\00\0b\0b") "section size mismatch")
;; A name that is not UTF-8, in a custom section.
(assert_malformed (module binary "\00asm\01\00\00\00" "\00\02\01\ff") "malformed UTF-8 encoding")
;; An opcode that WebAssembly 1.0 does not have (i32.extend8_s).
(assert_malformed (module binary "\00asm\01\00\00\00"
  "\01\05\01\60\00\01\7f" "\03\02\01\00" "\0a\07\01\05\00\41\00\c0\0b") "illegal opcode")
;; memory.size's reserved byte.
(assert_malformed (module binary "\00asm\01\00\00\00"
  "\01\05\01\60\00\01\7f" "\03\02\01\00" "\05\03\01\00\01"
  "\0a\06\01\04\00\3f\01\0b") "zero byte expected")
;; Custom sections anywhere are skipped.
(module binary "\00asm\01\00\00\00" "\00\04\03abc" "\01\04\01\60\00\00" "\00\02\01z")
