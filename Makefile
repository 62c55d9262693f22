# The two commands a new machine needs:
#   make run    set up everything and start the assistant (http://127.0.0.1:8765)
#   make test   set up everything and run the whole test suite (ruff + pytest)
.PHONY: setup setup-test run test lint bench nlu-model

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

# Rebuild the shipped NLU model (~25 min on 2 cores): HWU64 + Hark's own examples,
# written to a temporary folder and swapped in only when training succeeded.
NLU_DATA ?= ../shared/data/nlu
NLU_MODEL := src/hark/nlu/models/default
nlu-model: setup-test
	rm -rf $(NLU_MODEL).new
	.venv/bin/hark nlu train --data $(NLU_DATA)/hwu64.jsonl \
		--data src/hark/nlu/data/extra_en.jsonl \
		--data src/hark/nlu/data/extra_multilingual.jsonl \
		--data src/hark/nlu/data/extra_multilingual_skills.jsonl \
		--data src/hark/nlu/data/extra_multilingual_rest.jsonl --out $(NLU_MODEL).new
	rm -rf $(NLU_MODEL).old && mv $(NLU_MODEL) $(NLU_MODEL).old
	mv $(NLU_MODEL).new $(NLU_MODEL) && rm -rf $(NLU_MODEL).old
