# Every target sets up what it needs itself, starting from a bare Python 3.9+ with pip.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DURATION ?= 0
PROTO := proto/push.proto proto/webcast.proto
PB2 := tiktoklive/_proto

.PHONY: help install demo fleet-demo test bench proto lint clean

help:
	@echo "make demo     run the embedded fake TikTok with a busy stream and print live events (DURATION=5 to stop)"
	@echo "make fleet-demo  a fake TikTok, a Redis and three fleet workers; one is killed, its rooms move"
	@echo "make test     run the whole test suite"
	@echo "make bench    run the benchmarks (writes benchmarks/results.json)"
	@echo "make proto    regenerate $(PB2)/*_pb2.py(i) from proto/*.proto"
	@echo "make lint     ruff + mypy"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Editable install of the library alone (what the demo needs); redone only when the packaging changes.
$(VENV)/.installed-lib: $(BIN)/python setup.cfg setup.py pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# The same with the test extras.
$(VENV)/.installed: $(VENV)/.installed-lib
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

demo: $(VENV)/.installed-lib
	$(BIN)/python -m tiktoklive demo --duration $(DURATION)

fleet-demo: install
	$(BIN)/python -m tiktoklive fleet demo $(if $(filter-out 0,$(DURATION)),--duration $(DURATION))

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python -m benchmarks

proto: install
	$(BIN)/python -m grpc_tools.protoc --proto_path=$(PB2)=proto --python_out=. --pyi_out=. $(PROTO)

# The test extras plus the linters and the type stubs mypy needs.
$(VENV)/.installed-dev: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

lint: $(VENV)/.installed-dev
	$(BIN)/python -m ruff check tiktoklive tests examples benchmarks
	$(BIN)/python -m mypy tiktoklive

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
