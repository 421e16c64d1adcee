#!/bin/sh
# make check's second half (the Makefile builds everything first): the
# unit-test groups, then each of our .wast scripts through the sanitized
# skiff-wasm, one "pass wasm/NAME" or "FAIL wasm/NAME: why" line each,
# then a short differential run against wasm-interp, then the totals.  Exit status 1 if anything failed.
set -u
build=build
out=$build/check.out
: > "$out"
for group in $("$build/unit-tests" --list); do
  if ! "$build/unit-tests" "$group" > "$build/unit/$group.out" 2>&1; then
    grep -q '^FAIL' "$build/unit/$group.out" \
      || echo "FAIL wasm/$group: crashed: $(grep -m 1 -e 'ERROR' -e 'runtime error' "$build/unit/$group.out")" >> "$out"
  fi
  grep -e '^pass' -e '^FAIL' "$build/unit/$group.out" >> "$out"
done
for wast in wast/*.wast; do
  name=$(basename "$wast" .wast)
  json=$build/wast/$name/$name.json
  if "$build/asan/skiff-wasm" --spec "$json" > "$build/wast/$name/out" 2>&1; then
    echo "pass wasm/$name" >> "$out"
  else
    echo "FAIL wasm/$name: $(grep -m 3 -e '^FAIL' -e 'ERROR' "$build/wast/$name/out" | tr '\n' ' ')" >> "$out"
  fi
done
# A fixed-seed differential run against wabt's wasm-interp (make differential
# runs more seeds).
if python3 differential.py "$build/asan/skiff-wasm" 1 $DIFFERENTIAL_SEEDS \
     > "$build/differential.out" 2>&1; then
  echo "pass wasm/differential" >> "$out"
else
  echo "FAIL wasm/differential: $(head -n 3 "$build/differential.out" | tr '\n' ' ')" >> "$out"
fi
cat "$out"
passed=$(grep -c '^pass ' "$out")
failed=$(grep -c '^FAIL ' "$out")
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
