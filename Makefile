# Skiff, top level. Every target delegates to src/: the phases' own
# Makefiles build and check their kernels, src/utils holds the tools.
#
#   make run        boot the threads kernel in QEMU and run the demo
#   make check      build everything and run every test (ends "N passed, N failed")
#   make grade      the same, weighed by the phases' rubrics (FORMAT=gradescope too)
#   make gdb        how to debug a kernel with gdb
#   make skeleton PHASES="threads"   write the student tree (OUT=DIR to choose where;
#                   SOLVED="threads" PHASES="userprog" keeps threads solved)
#   make autograder PHASE=threads     write Gradescope's autograder zip (OUT=ZIP)
#   make compile_commands.json        how each C file is compiled, for clangd
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
	src/utils/skiff-check $(if $(SLOWEST),--slowest $(SLOWEST)) $(SUITES)

grade: all
	src/utils/skiff-check --grade $(if $(FORMAT),--format $(FORMAT) --results build/results.json) $(addprefix src/,$(PHASE_NAMES))

gdb:
	$(MAKE) --no-print-directory -C src/threads gdb

# The tool checks for unifdef itself; the simulators are not needed here.
skeleton:
	src/utils/skeleton $(if $(OUT),--out $(OUT)) $(addprefix --solved ,$(SOLVED)) $(PHASES)

# build/autograder-PHASE.zip, for Gradescope; see doc/guide.md.
autograder:
	$(if $(PHASE),,$(error name the phase: make autograder PHASE=threads))
	src/utils/autograder pack $(if $(OUT),--out $(OUT)) $(PHASE)

# Every compiler command of every build, exact, for clangd and other
# editors' C tools; run it again after adding a file or a directory.
compile_commands.json:
	src/utils/compile-commands --out $@

deps:
	@sh src/utils/deps check

clean:
	@for phase in $(PHASE_NAMES); do $(MAKE) --no-print-directory -C src/$$phase clean; done
	rm -rf build compile_commands.json

.PHONY: all run check grade gdb skeleton autograder compile_commands.json deps clean
