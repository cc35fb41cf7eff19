# Twee opdrachten volstaan op een nieuwe machine: `make concept` en `make test`.
# Het eerste doel dat het nodig heeft maakt de virtuele omgeving .venv en installeert alles.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.geinstalleerd

# make concept [VERSIE=<versie>]      schone documenten naar build/werkmap/ of build/<versie>/
# make redline [VAN=<versie> NAAR=<versie>]
# make review [VAN=<versie> NAAR=<versie>]   website ter beoordeling naar build/review/
# make pdf [VERSIE=<versie>]                 PDF's (met inhoudsopgave) naar build/pdf/<versie>/
# make pakketten MIJLPAAL=<id>
# make stop [VERSIE=<versie>]               STOP-XML naar build/stop/<versie>/
VERSIE   ?=
VAN      ?=
NAAR     ?=
MIJLPAAL ?=
# The names reach the commands through the environment ("$$VERSIE"), never as shell text: a
# version such as ':/zoektekst' or 'HEAD~1' arrives as typed. The command line derives the
# output folder from it (a safe name under build/).
export VERSIE VAN NAAR MIJLPAAL

.PHONY: concept redline review wijziging pdf stop pakketten reacties check proef test bench lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

concept: $(STAMP)
ifeq ($(VERSIE),)
	$(BIN)/assembler bouw
else
	$(BIN)/assembler bouw --versie="$$VERSIE"
endif

redline: $(STAMP)
ifeq ($(VAN)$(NAAR),)
	$(BIN)/assembler redline
else
	$(BIN)/assembler redline --van="$$VAN" --naar="$$NAAR"
endif

review: $(STAMP)
ifeq ($(VAN)$(NAAR),)
	$(BIN)/assembler review
else
	$(BIN)/assembler review --van="$$VAN" --naar="$$NAAR"
endif

# make wijziging [VAN=<versie>] [NAAR=<versie>]: wijzigingsbesluiten naar build/wijziging/<van>..<naar>/
# (standaard van de laatste mijlpaal in werking naar de werkmap)
wijziging: $(STAMP)
	$(BIN)/assembler wijziging $(if $(VAN),--van="$$VAN") $(if $(NAAR),--naar="$$NAAR")

pdf: $(STAMP)
ifeq ($(VERSIE),)
	$(BIN)/assembler pdf
else
	$(BIN)/assembler pdf --versie="$$VERSIE"
endif

stop: $(STAMP)
ifeq ($(VERSIE),)
	$(BIN)/assembler stop
else
	$(BIN)/assembler stop --versie="$$VERSIE"
endif

# make reacties RONDE=concept: het reactieoverzicht en de nota van beantwoording van een ronde.
reacties: $(STAMP)
	@test -n "$(RONDE)" || { echo "geef de ronde op: make reacties RONDE=concept"; exit 2; }
	$(BIN)/assembler reacties overzicht --ronde $(RONDE)
	$(BIN)/assembler reacties nota --ronde $(RONDE)

check: $(STAMP)
	$(BIN)/assembler controleer

pakketten: $(STAMP)
	$(BIN)/assembler pakketten --mijlpaal="$$MIJLPAAL"

# The blind corpus of legal defects against `assembler controleer` (docs/ontwerp/proef-controle.md;
# about 12 minutes): a table of found / only a warning / elsewhere / missed, and false alarms.
proef: $(STAMP)
	$(BIN)/python tools/proef_controle.py

# The blind corpus (tests/proef, about 11 minutes) is a measurement, run by `make proef`; the
# rest of the suite, the bad-input corpus (tests/badinput) included, is `make test`.
test: $(STAMP)
	$(BIN)/python -m pytest -m "not proef"

# The benchmark also installs its peer (python-redlines with the Docxodus engine); without it
# the comparison is skipped with a message, the rest still runs.
$(VENV)/.bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]' || echo "python-redlines kon niet worden geinstalleerd"
	touch $(VENV)/.bench

bench: $(VENV)/.bench
	$(BIN)/python -m bench

lint: $(STAMP)
	$(BIN)/ruff check assembler tests bench tools
	$(BIN)/mypy

clean:
	rm -rf build .pytest_cache .mypy_cache .ruff_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
