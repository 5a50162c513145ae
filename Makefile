# Korea 1950: two commands do all the set-up on a fresh Debian machine.
#   make run    builds and opens the app on its embedded data
#   make test   vet, unit and golden tests with -race, then the real-window
#               smoke test under Xvfb
# Each installs the Debian packages it lacks (with apt-get, as root or
# through sudo) and says so. Go modules come from the Go module proxy.

SHELL := /bin/bash
export PATH := $(PATH):/usr/local/go/bin
# Fyne reads the language from the locale and logs an error for "C" (CI
# machines have no other): give it English there.
ifeq ($(filter-out C POSIX C.UTF-8 C.utf8,$(or $(LC_ALL),$(LANG),C)),)
export LANG := en_US.UTF-8
export LC_ALL :=
endif
GO    ?= go
TAGS  := migrated_fynedo
BIN   := korea1950
ARGS  ?=

# Enough to build Fyne's GLFW driver with cgo.
BUILD_DEBS := gcc libc6-dev pkg-config libgl-dev libx11-dev libxcursor-dev \
              libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev
# A virtual X server with software GL, and the screenshot tools. Korean and
# Chinese need no system fonts: the app embeds its own (assets/fonts), and
# only assets/gen/fonts.sh, which makes them, needs fonts-noto-cjk and
# python3-fonttools.
TEST_DEBS  := xvfb xauth libgl1-mesa-dri imagemagick x11-utils

.PHONY: run test build bench clean deps-build deps-run deps-test check-go

run: deps-run build
	./$(BIN) $(ARGS)

build: deps-build check-go
	$(GO) build -tags $(TAGS) -o $(BIN) .

test: deps-test check-go
	@echo "make: go vet"
	$(GO) vet -tags $(TAGS) ./...
	@echo "make: unit, golden and headless render tests, with the race detector"
	$(GO) test -race -timeout 40m -tags $(TAGS) ./...
	@echo "make: the real window under Xvfb"
	xvfb-run -a -s "-screen 0 2048x1280x24 -noreset" $(GO) test -tags $(TAGS) -count=1 -run TestRealWindow -v .

# Benchmarks for docs/benchmarks.md: the basemap raster and the overlay
# frame, the timeline, the geodata store and loader, the user's state, a
# cold start, and playback in the real window.
bench: deps-test check-go
	$(GO) test -tags $(TAGS) -run '^$$' -bench . -benchmem ./maps/ ./timeline/ ./geodata/ ./app/userstate/
	$(GO) test -tags $(TAGS) -run '^$$' -bench 'ExportFrame' -benchtime 5x -benchmem ./app/
	xvfb-run -a -s "-screen 0 2048x1280x24 -noreset" $(GO) test -tags $(TAGS) -run '^$$' -bench 'ColdStart|PlaybackFPS' -benchtime 3x .

clean:
	rm -f $(BIN)

check-go:
	@command -v $(GO) >/dev/null || { echo "make: Go is missing: install Go 1.24 or later (https://go.dev/dl) and run make again" >&2; exit 1; }

deps-build:
	@$(call ensure_debs,$(BUILD_DEBS))

deps-run: deps-build

deps-test: deps-build
	@$(call ensure_debs,$(TEST_DEBS))

# ensure_debs installs the Debian packages of $(1) that are not installed.
define ensure_debs
missing=""; \
for p in $(1); do \
  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
done; \
if [ -z "$$missing" ]; then echo "make: Debian packages present: $(strip $(1))"; exit 0; fi; \
if [ "$$(id -u)" = 0 ]; then sudo=""; \
elif command -v sudo >/dev/null; then sudo="sudo"; \
else echo "make: need root or sudo to install:$$missing" >&2; exit 1; fi; \
echo "make: installing Debian packages:$$missing"; \
$$sudo apt-get update -qq && \
DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing
endef
