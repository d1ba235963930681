# simguide: `make run` starts the wizard, `make test` runs every test. Both install what they need.
PREFIX ?= /usr/local
SWIFT ?= swift
BIN_DEBUG = .build/debug/simguide
BIN_RELEASE = .build/release/simguide
# Debian packages the build and the tests need: ncurses (wide) headers, pkg-config, tmux for end-to-end tests.
APT_PACKAGES = libncurses-dev pkg-config tmux

.PHONY: run test build install lint-flow deps bench fuzz clean

## run: build and start the wizard (pass ARGS="--lang en" and so on)
run: deps
	$(SWIFT) build --product simguide
	$(BIN_DEBUG) $(ARGS)

## test: build and run the whole test suite
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## build: an optimised binary with the Swift runtime linked in statically (fast start-up)
build: deps
	$(SWIFT) build -c release --product simguide --static-swift-stdlib

## install: the binary to PREFIX/bin and the bundled flow to PREFIX/share/simguide/flow
install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/simguide/flow
	install -m 755 $(BIN_RELEASE) $(DESTDIR)$(PREFIX)/bin/simguide
	install -m 644 Resources/flow/*.yaml $(DESTDIR)$(PREFIX)/share/simguide/flow/

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

clean:
	rm -rf .build
