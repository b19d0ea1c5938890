# relmap — the two set-up commands are `make demo` and `make test`.
GO ?= go

.PHONY: demo test bench build vet fmt neo4j-start neo4j-stop clean

## demo: start or reuse Neo4j, load the sample articles, run the canned queries
demo:
	@scripts/demo

## test: start what the tests need, run every test, stop what was started
test:
	@scripts/test

## bench: run the benchmarks (extraction, writes, queries); not part of test
bench:
	@scripts/bench

build:
	$(GO) build -o bin/relmap ./cmd/relmap

vet:
	$(GO) vet ./...

fmt:
	gofmt -w $$(git ls-files '*.go')

neo4j-start:
	@scripts/neo4j start

neo4j-stop:
	@scripts/neo4j stop

clean:
	rm -rf bin
