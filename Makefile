# FormFold. `make demo` and `make test` install what they need (Debian packages) and build first.
SWIFT ?= swift
FORMFOLD := .build/debug/formfold

.PHONY: demo test build deps bench-read clean help

help:
	@echo "make demo        inspect every sample form under samples/ and map its fields (installs, builds, runs)"
	@echo "make test        run the whole test suite (what CI runs)"
	@echo "make bench-read  read benchmark against python-calamine and openpyxl (release build)"

deps:
	@bash scripts/install-system-packages.sh

build: deps
	$(SWIFT) build --product formfold

demo: build
	$(FORMFOLD) inspect samples/
	$(FORMFOLD) match samples/

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench-read: deps
	python3 -m pip install -q python-calamine openpyxl
	bash bench/read-benchmark.sh

clean:
	rm -rf .build out
