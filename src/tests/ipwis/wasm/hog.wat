;; Grows its memory a page at a time until memory.grow refuses, and
;; returns how many pages it got: the tree's memory need caps it.
(module
  (memory 1)
  (func (export "run") (result i32)
    (local $pages i32)
    (block $full (loop $more
      (br_if $full (i32.eq (memory.grow (i32.const 1)) (i32.const -1)))
      (local.set $pages (i32.add (local.get $pages) (i32.const 1)))
      (br $more)))
    (local.get $pages)))
