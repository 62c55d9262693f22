# The two commands a new machine needs:
#   make run    set up everything and start the assistant (http://127.0.0.1:8765)
#   make test   set up everything and run the whole test suite (ruff + pytest)
.PHONY: setup setup-test run test lint bench

setup:
	scripts/setup.sh

setup-test:
	scripts/setup.sh --test

run: setup
	.venv/bin/hark serve

lint: setup-test
	.venv/bin/ruff check src tests benchmarks

test: setup-test lint
	.venv/bin/python -m pytest -q

bench: setup
	.venv/bin/hark bench engines
