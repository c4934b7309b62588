# FormFold. `make demo` and `make test` install what they need (Debian packages) and build first.
SWIFT ?= swift
FORMFOLD := .build/debug/formfold

.PHONY: demo test build deps bench-read bench-match bench-write clean help

help:
	@echo "make demo        inspect the samples, map their fields, plan the sample district, write out/ (installs, builds, runs)"
	@echo "make test        run the whole test suite (what CI runs)"
	@echo "make bench-read  read benchmark against python-calamine and openpyxl (release build)"
	@echo "make bench-match matcher scale benchmark: index vs all pairs, 2,500 → 10,000 forms (release build)"
	@echo "make bench-write write benchmark: 100,000 × 20 sheet via Swift vs C libxlsxwriter vs Python XlsxWriter"

deps:
	@bash scripts/install-system-packages.sh

build: deps
	$(SWIFT) build --product formfold

demo: build
	$(FORMFOLD) inspect samples/
	$(FORMFOLD) match samples/first-set
	mkdir -p out
	$(FORMFOLD) plan samples/gaoxin-2020 --out out/plan.xlsx
	$(FORMFOLD) template samples/gaoxin-2020 --out out/templates
	$(FORMFOLD) forms samples/gaoxin-2020 --unit 东湖社区 --date 2020-02-16 --out out/forms
	$(FORMFOLD) rollup samples/gaoxin-2020 --date 2020-02-16 --out out/rollup.xlsx

test:
	@bash scripts/install-system-packages.sh --for-tests
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench-read: deps
	python3 -m pip install -q python-calamine openpyxl
	bash bench/read-benchmark.sh

bench-match:
	$(SWIFT) build -c release --product formfold-bench-match && .build/release/formfold-bench-match

bench-write: deps
	python3 -m pip install -q xlsxwriter openpyxl
	bash bench/write-benchmark.sh

clean:
	rm -rf .build out
