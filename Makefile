# Skiff, top level. Every target delegates to src/: the phases' own
# Makefiles build and check their kernels, src/utils holds the tools.
#
#   make run        boot the threads kernel in QEMU and run the demo
#   make check      build everything and run every test (ends "N passed, N failed")
#   make grade      the same, weighed by the phases' rubrics (FORMAT=gradescope too)
#   make gdb        how to debug a kernel with gdb
#   make skeleton PHASES="threads"   write the student tree (OUT=DIR to choose where;
#                   SOLVED="threads" PHASES="userprog" keeps threads solved)
#   make deps       install (as root) or name the Debian packages needed
#   make clean

# A phase is a directory of src/ with a Make.vars.
PHASE_NAMES := $(patsubst src/%/Make.vars,%,$(wildcard src/*/Make.vars))
SUITES = host kit $(addprefix src/,$(PHASE_NAMES))

all: deps
	@for phase in $(PHASE_NAMES); do $(MAKE) --no-print-directory -C src/$$phase || exit 1; done

run: deps
	$(MAKE) --no-print-directory -C src/threads run

check: all
	src/utils/skiff-check $(SUITES)

grade: all
	src/utils/skiff-check --grade $(if $(FORMAT),--format $(FORMAT) --results build/results.json) $(addprefix src/,$(PHASE_NAMES))

gdb:
	$(MAKE) --no-print-directory -C src/threads gdb

# The tool checks for unifdef itself; the simulators are not needed here.
skeleton:
	src/utils/skeleton $(if $(OUT),--out $(OUT)) $(addprefix --solved ,$(SOLVED)) $(PHASES)

deps:
	@sh src/utils/deps check

clean:
	@for phase in $(PHASE_NAMES); do $(MAKE) --no-print-directory -C src/$$phase clean; done
	rm -rf build

.PHONY: all run check grade gdb skeleton deps clean
