# simguide: `make run` starts the wizard, `make test` runs every test. Both install what they need.
PREFIX ?= /usr/local
SWIFT ?= swift
BIN_DEBUG = .build/debug/simguide
BIN_RELEASE = .build/release/simguide
# The version is written once, in Sources/simguide/ProgramVersion.swift.
VERSION := $(shell sed -n 's/^ *static let number = "\(.*\)"/\1/p' Sources/simguide/ProgramVersion.swift)
GEN = .build/generated
# The man page's date: the last commit's, so the same sources give the same page.
MAN_DATE := $(shell git log -1 --format=%cs 2>/dev/null || date +%F)
ZSH_COMPLETIONS ?= $(PREFIX)/share/zsh/site-functions
# Debian packages the build and the tests need: ncurses (wide) and libyaml headers, tmux for end-to-end tests.
# (make dist also uses dpkg-dev and python3; make distcheck debootstrap.)
APT_PACKAGES = libncurses-dev libyaml-dev tmux

.PHONY: run test build install uninstall generated dist distcheck lint-flow deps bench start-order fuzz clean

## run: build and start the wizard (pass ARGS="--lang en" and so on)
run: deps
	$(SWIFT) build --product simguide
	$(BIN_DEBUG) $(ARGS)

## test: build and run the whole test suite
test: deps
	$(SWIFT) build --build-tests
	$(BIN_DEBUG) lint --strict > /dev/null || $(BIN_DEBUG) lint --strict
	$(BIN_DEBUG) test
	$(SWIFT) test --skip-build

# How the release binary is linked (measured in docs/performance.md):
# - static-executable (default): everything linked in (Swift runtime, FoundationEssentials, ncursesw,
#   libyaml, glibc), by lld, which does not repeat glibc's link-time notes on static user lookups. The
#   first frame's instructions fall from 11.7 M to 8.4 M and its page faults by about 300: this is what
#   brings start-up to dialog's. The binary needs nothing installed but the terminal database
#   (ncurses-base, always there on Debian), and its code is not placed at a random address (no ASLR for
#   it: a position-dependent executable, as every static one Swift makes).
# - static-stdlib: the Swift runtime and FoundationEssentials linked in, C libraries from the system.
# - static-cxx-nopie: also libstdc++ linked in, position-dependent.
LINK ?= static-executable
# The flags the release build was made with (see build).
RELEASE_FLAGS = .build/release-flags
STATIC_CXX = .build/static-libstdc++
LINK_FLAGS_static-stdlib = --static-swift-stdlib
LINK_FLAGS_static-cxx-nopie = --static-swift-stdlib -Xlinker -L$(CURDIR)/$(STATIC_CXX) -Xlinker -no-pie
LINK_FLAGS_static-executable = --static-swift-stdlib -Xswiftc -static-executable -Xswiftc -use-ld=lld $(START_ORDER)
# The functions that run before the first frame (bench/start-order.txt, `make start-order`) placed together
# by lld, each function in its own section so that it can be moved: the first frame touches far fewer pages
# of code. A stale list costs speed only (missing names are skipped; `make bench` shows the coverage).
START_ORDER = -Xswiftc -Xfrontend -Xswiftc -function-sections \
  -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors \
  -Xlinker --symbol-ordering-file=$(CURDIR)/bench/start-order.txt -Xlinker --no-warn-symbol-ordering

## build: an optimised, statically linked binary (fast start-up; LINK= above)
build: deps
	$(if $(LINK_FLAGS_$(LINK)),,$(error LINK is static-stdlib, static-cxx-nopie or static-executable, not '$(LINK)'))
	$(if $(filter static-cxx-nopie,$(LINK)),mkdir -p $(STATIC_CXX) && ln -sf "$$(cc -print-file-name=libstdc++.a)" $(STATIC_CXX)/libstdc++.a)
	@# Swift skips code generation for an object whose IR did not change, even when a code-generation flag
	@# did (-function-sections): a change of flags starts the release build afresh.
	@echo '$(LINK_FLAGS_$(LINK))' | cmp -s - $(RELEASE_FLAGS) || { rm -rf .build/*/release .build/release; \
	  mkdir -p .build && echo '$(LINK_FLAGS_$(LINK))' > $(RELEASE_FLAGS); }
	@# SwiftPM does not see the start-up layout list change (a pull, make start-order): link again then.
	@if [ -e $(BIN_RELEASE) ] && [ bench/start-order.txt -nt $(BIN_RELEASE) ]; then rm -f $(BIN_RELEASE); fi
	$(SWIFT) build -c release --product simguide $(LINK_FLAGS_$(LINK))

## install: binary, flow, interface texts, man page, bash/zsh/fish completions and docs under PREFIX (DESTDIR for staging)
install: generated
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/simguide/flow $(DESTDIR)$(PREFIX)/share/simguide/interface \
	  $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(ZSH_COMPLETIONS) \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d $(DESTDIR)$(PREFIX)/share/doc/simguide
	install -m 755 $(BIN_RELEASE) $(DESTDIR)$(PREFIX)/bin/simguide
	strip $(DESTDIR)$(PREFIX)/bin/simguide
	install -m 644 Resources/flow/*.yaml $(DESTDIR)$(PREFIX)/share/simguide/flow/
	install -m 644 Resources/interface/*.txt $(DESTDIR)$(PREFIX)/share/simguide/interface/
	gzip -9n < $(GEN)/simguide.1 > $(DESTDIR)$(PREFIX)/share/man/man1/simguide.1.gz
	install -m 644 $(GEN)/completions/simguide.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/simguide
	install -m 644 $(GEN)/completions/_simguide $(DESTDIR)$(ZSH_COMPLETIONS)/_simguide
	install -m 644 $(GEN)/completions/simguide.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/simguide.fish
	install -m 644 README.md CONTRIBUTING.md LICENSE docs/flow-format.md docs/interface-text.md $(DESTDIR)$(PREFIX)/share/doc/simguide/

## uninstall: removes what install put under PREFIX (saved sessions in ~/.local/state/simguide stay)
uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/simguide $(DESTDIR)$(PREFIX)/share/man/man1/simguide.1.gz \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions/simguide $(DESTDIR)$(ZSH_COMPLETIONS)/_simguide \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/simguide.fish
	rm -rf $(DESTDIR)$(PREFIX)/share/simguide $(DESTDIR)$(PREFIX)/share/doc/simguide

## generated: the man page and completions, generated from the command definitions into .build/generated
generated: build
	$(SWIFT) build --product generate-manual
	python3 scripts/manpage.py .build/debug/generate-manual $(BIN_RELEASE) $(MAN_DATE) $(PREFIX) $(GEN)/simguide.1
	scripts/completions.sh $(BIN_RELEASE) $(GEN)/completions

## dist: the release archive and the Debian package in .build/dist (run without Swift: see README)
dist: build
	scripts/dist.sh $(VERSION)

## distcheck: installs the .deb in a fresh Debian 12 root (debootstrap, cached in .build) and uses it there
distcheck: dist
	scripts/distcheck.sh $(VERSION)

## lint-flow: check the bundled flow
lint-flow:
	$(SWIFT) build --product simguide
	$(BIN_DEBUG) lint

## deps: install the Debian packages above when missing (as root), or say what to install
## bench: start-up against dialog, keypress redraw, lint and paths as flows grow (not part of test)
bench: build
	@command -v dialog >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dialog) >/dev/null; } || \
	  echo "dialog is not installed; the start-up comparison is left out (sudo apt-get install dialog)"
	python3 bench/bench.py

## start-order: rewrite bench/start-order.txt from what the release binary runs before its first frame
## (callgrind), then rebuild with it
start-order: build
	python3 bench/start_order.py
	$(MAKE) build

## fuzz: long randomised runs, not part of test: libFuzzer on flow loading for FUZZ_SECONDS, then the
## seeded flow fuzzer, random keys and signals at random moments with much larger settings
FUZZ_SECONDS ?= 300
fuzz: deps
	cd fuzz && $(SWIFT) build -c release -Xswiftc -sanitize=fuzzer
	mkdir -p .build/fuzz-corpus && cp Resources/flow/*.yaml .build/fuzz-corpus/
	fuzz/.build/release/FlowFuzzer .build/fuzz-corpus -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
	  -timeout=10 -rss_limit_mb=2048 -artifact_prefix=.build/fuzz-finding-
	$(SWIFT) build --build-tests
	SIMGUIDE_FUZZ_ROUNDS=3000 SIMGUIDE_RANDOM_KEYS=100000 SIMGUIDE_SIGNAL_ROUNDS=300 \
	  $(SWIFT) test --skip-build --filter 'FlowFuzzTests|randomKeysNeverBreakTheSession|SignalTortureTests'

deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing:$$missing"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing) >/dev/null || exit 1; \
	  elif command -v dpkg-query >/dev/null; then \
	    echo "Missing packages:$$missing. Install them with: sudo apt-get install$$missing"; exit 1; \
	  fi; \
	fi

# --one-file-system: never into /proc or /dev/pts should an interrupted distcheck have left them mounted.
clean:
	rm -rf --one-file-system .build
