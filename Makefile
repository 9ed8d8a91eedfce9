# whosaid: build, run and test. `make help` lists the targets.

GO       ?= go
ADDR     ?= 127.0.0.1:8000
VERSION  ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)
BROTLI_Q ?= 11

GOROOT    := $(shell $(GO) env GOROOT)
WASM_EXEC := $(GOROOT)/lib/wasm/go_js_wasm_exec
WASMFLAGS := -trimpath -ldflags='-s -w'
BIN       := bin/whosaid
# Packages that build for js/wasm and have tests worth running under node.
JS_TEST_PKGS := ./engine/... ./wasm/...
# Packages that must vet cleanly for js/wasm (what app.wasm and engine.wasm hold).
JS_VET_PKGS  := ./engine/... ./wasm/... ./app/... ./cmd/whosaid

.PHONY: help deps wasm server run build test vet test-native test-js test-fuzz test-e2e fuzz eval bench bench-go sizes chromium zopfli lexpack clean FORCE

help:
	@echo "make run      build everything and serve the app on http://$(ADDR)/ (ADDR=host:port)"
	@echo "make wasm     build web/app.wasm and web/engine.wasm, with .gz and .br copies"
	@echo "make server   build $(BIN)"
	@echo "make build    write the static site to out/site"
	@echo "make test     vet, native tests, js/wasm tests under node, browser tests (Chromium)"
	@echo "make bench    one table: whosaid native and wasm against compromise and wink-nlp, sizes, browser figures (docs/PERFORMANCE.md)"
	@echo "make bench-go the Go benchmarks of every package"
	@echo "make eval     scores on ../shared/eval (EVAL_DATA=dir) when present"
	@echo "make fuzz     every fuzz target for 2 minutes (LONG=10m for longer)"
	@echo "make sizes    raw, gzip and brotli sizes of the .wasm files"

deps:
	$(GO) mod download

# Go rebuilds only what changed; a .wasm file is replaced (and so
# recompressed) only when its bytes change.
wasm: web/app.wasm.gz web/engine.wasm.gz web/wasm_exec.js $(if $(shell command -v brotli),web/app.wasm.br web/engine.wasm.br)

# app.wasm is built against a copy of go-app whose package app leaves
# net/http out of js/wasm builds (440 KB of gzip); tools/goappwasm says why
# and how.
GOAPP_WASM := out/goapp-wasm
$(GOAPP_WASM)/wasm.go.mod: go.mod go.sum tools/goappwasm/main.go
	$(GO) run ./tools/goappwasm -dir $(GOAPP_WASM)

web/app.wasm: $(GOAPP_WASM)/wasm.go.mod FORCE
	GOOS=js GOARCH=wasm $(GO) build -modfile=$(GOAPP_WASM)/wasm.go.mod $(WASMFLAGS) -o $@.tmp ./cmd/whosaid
	@if cmp -s $@.tmp $@; then rm $@.tmp; else mv $@.tmp $@; fi

# engine.wasm embeds the lexicon's tables in a binary form that needs no
# parsing (-tags lexpack: engine/lexicon/freeze.go), as the Go constants of
# engine/lexicon/packed_data.go, which tools/lexpack writes from
# engine/lexicon/data (go generate ./engine/lexicon does the same). Every
# package is compiled with inlining: until session 5 the engine package was
# not (-gcflags=github.com/whosaid/whosaid/engine=-l, 73 KB less gzip -9),
# but under node inlining takes 12-20% off the CPU of a 1 MB pass; most of
# that growth was (*attributor).lower, inlined at ~240 call sites, which is
# now //go:noinline (43 KB of gzip -9 back). docs/PERFORMANCE.md has the
# figures.
ENGINEFLAGS := -tags lexpack,engineonly
lexpack:
	$(GO) run ./tools/lexpack

web/engine.wasm: lexpack FORCE
	GOOS=js GOARCH=wasm $(GO) build $(ENGINEFLAGS) $(WASMFLAGS) -o $@.tmp ./wasm/cmd/engine
	@if cmp -s $@.tmp $@; then rm $@.tmp; else mv $@.tmp $@; fi

# The .gz copy is what the server sends to browsers without brotli. zopfli
# writes it 4-6% smaller than gzip -9, in about a minute for app.wasm
# (ZOPFLI_I=1 for a quick build, 1% larger); without zopfli, gzip -9.
ZOPFLI_I ?= 15
web/%.wasm.gz: web/%.wasm | zopfli
	@if command -v zopfli >/dev/null; then \
		echo "zopfli --i$(ZOPFLI_I) $<"; zopfli --i$(ZOPFLI_I) -c $< > $@.tmp; \
	else echo "gzip -9 $<"; gzip -9 -n -c $< > $@.tmp; fi && mv $@.tmp $@

web/%.wasm.br: web/%.wasm
	brotli -q $(BROTLI_Q) -c $< > $@.tmp && mv $@.tmp $@

# The wasm_exec.js of the Go that builds the .wasm files; the server prefers
# it to go-app's embedded copy.
web/wasm_exec.js: $(GOROOT)/lib/wasm/wasm_exec.js
	cp $< $@

server:
	$(GO) build -ldflags '-X main.version=$(VERSION)' -o $(BIN) ./cmd/whosaid

run: deps wasm server
	$(BIN) serve --addr $(ADDR) --web web

build: wasm server
	rm -rf out/site
	$(BIN) build --web web out/site

# Every directory with our Go files; out/ holds tools/goappwasm's copy of
# go-app, which is not ours to format.
GOFMT_DIRS = $(filter-out out/ bin/,$(wildcard */)) $(wildcard *.go)

vet: lexpack
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet $(JS_VET_PKGS)
	GOOS=js GOARCH=wasm $(GO) vet -tags lexpack ./engine/lexicon
	GOOS=js GOARCH=wasm $(GO) build $(ENGINEFLAGS) -o /dev/null ./wasm/cmd/engine
	@test -z "$$(gofmt -l $(GOFMT_DIRS))" || { gofmt -l $(GOFMT_DIRS); echo "gofmt needed"; exit 1; }

test-native:
	$(GO) test $$($(GO) list ./... | grep -v '/e2e$$')

# Under node the engine runs with the lexicons packed as in engine.wasm; the
# native tests read them as text.
test-js: lexpack
	GOOS=js GOARCH=wasm $(GO) test -tags lexpack -exec=$(WASM_EXEC) $(JS_TEST_PKGS)

# The browser tests build their own wasm and server into a temporary
# directory; under CI=true they fail instead of skipping without Chromium.
test-e2e: chromium
	$(GO) test -count=1 ./e2e

# Each fuzz target runs briefly in make test; make fuzz runs them long.
FUZZTIME ?= 3s
FUZZ_TARGETS := ./engine:FuzzAnalyze ./engine/annot:FuzzParse ./engine/annot:FuzzDocument ./engine/export:FuzzExports \
	./engine/annot:FuzzMapper ./engine/annot:FuzzPatterns ./engine/annot:FuzzTextID ./engine/annot:FuzzEncode ./engine/annot:FuzzDecode ./engine/annot:FuzzValidUTF8Blocks ./engine/eval:FuzzConllu \
	./engine/eval:FuzzBrat ./engine/eval:FuzzScore ./cmd/whosaid:FuzzExtract ./engine/lexicon:FuzzKeyList ./engine:FuzzLowerTok \
	./engine/annot:FuzzCompact ./engine/annot:FuzzDecodeCompact ./engine:FuzzAppendCompact ./app:FuzzMarkdownText

test-fuzz:
	@for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; fn=$${t##*:}; \
		GO=$(GO) sh tools/fuzz/run.sh $$pkg $$fn $(FUZZTIME) || exit 1; \
	done

fuzz:
	$(MAKE) test-fuzz FUZZTIME=$(or $(LONG),2m)

# eval scores the engine on the development corpora when they are present.
EVAL_DATA ?= ../shared/eval
eval:
	@if [ -d "$(EVAL_DATA)" ]; then \
		$(GO) run ./cmd/whosaid eval \
			--polnear "$(EVAL_DATA)/polnear/dev" \
			--conll "$(EVAL_DATA)/conll/conllpp_dev.txt" \
			--re3d "$(EVAL_DATA)/re3d" \
			--gum "$(EVAL_DATA)/gum-news"; \
	else echo "eval: $(EVAL_DATA) not found, skipped"; fi

test: vet test-native test-js test-fuzz test-e2e

# bench prints the table of docs/PERFORMANCE.md (and writes it with
# results.json to out/bench). BENCH_FLAGS passes flags to bench/run, e.g.
# BENCH_FLAGS='-e2e=false' or '-compromise-10mb'.
BENCH_FLAGS ?=
bench: sizes bench/node_modules/.package-lock.json
	$(GO) build -o bin/bench ./bench/run
	bin/bench $(BENCH_FLAGS)

# npm ci installs the pinned peers when package-lock.json is newer than the
# last install.
bench/node_modules/.package-lock.json: bench/package-lock.json
	cd bench && npm ci --no-audit --no-fund

bench-go:
	$(GO) test -run '^$$' -bench . -benchmem $$($(GO) list ./... | grep -v '/e2e$$')

# sizes fails when web/engine.wasm.gz is over ENGINE_GZIP_MAX bytes (project
# issue 4; wasm/enginejs/size_test.go checks the same in make test).
ENGINE_GZIP_MAX := 1000000
sizes: wasm
	@for f in web/app.wasm web/engine.wasm; do \
		printf '%-16s raw %9d  gzip %9d  brotli %9s\n' $$f $$(wc -c < $$f) $$(wc -c < $$f.gz) \
			$$(if [ -f $$f.br ]; then wc -c < $$f.br; else echo -; fi); \
	done
	@n=$$(wc -c < web/engine.wasm.gz); if [ $$n -gt $(ENGINE_GZIP_MAX) ]; then \
		echo "sizes: web/engine.wasm.gz is $$n bytes, over the $(ENGINE_GZIP_MAX) limit (without zopfli it is gzip -9's, about 5% larger)"; exit 1; \
	else echo "sizes: web/engine.wasm.gz is $$(($(ENGINE_GZIP_MAX) - n)) bytes under the $(ENGINE_GZIP_MAX) limit"; fi

chromium:
	@test -x /usr/bin/chromium || { apt-get update && apt-get install -y chromium; }

# zopfli installs zopfli with apt when it is missing; when that fails the .gz
# copies fall back to gzip -9.
zopfli:
	@command -v zopfli >/dev/null || { apt-get install -y zopfli || { apt-get update && apt-get install -y zopfli; }; } >/dev/null 2>&1 || \
		echo "zopfli could not be installed: the .gz copies come from gzip -9, about 5% larger"

clean:
	rm -rf bin out engine/lexicon/packed engine/lexicon/packed_data.go web/*.wasm web/*.wasm.gz web/*.wasm.br web/*.tmp web/wasm_exec.js

FORCE:
