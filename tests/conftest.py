"""Shared fixtures: the real trained pipeline with kg's components, and one build of the bundled corpus."""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SHARED_MODEL = SHARED / "models" / "en_core_web_sm-3.7.1"
SEED_GOLD = SHARED / "gold" / "seed.jsonl"
CORPUS = ROOT / "data" / "articles"

if not os.environ.get("KG_SPACY_MODEL") and SHARED_MODEL.exists():
    os.environ["KG_SPACY_MODEL"] = str(SHARED_MODEL)


@pytest.fixture(scope="session")
def nlp():
    from kg.extraction import make_pipeline

    return make_pipeline()


@pytest.fixture(scope="session")
def built(tmp_path_factory, nlp) -> Path:
    """The bundled corpus built once into a temporary output folder."""
    from kg.build import build

    out = tmp_path_factory.mktemp("output")
    build([CORPUS], out, nlp=nlp)
    return out


@pytest.fixture(scope="session")
def seed_gold() -> Path:
    if not SEED_GOLD.exists():
        pytest.fail(f"the seed gold annotations are missing: {SEED_GOLD} (../shared must sit beside the checkout)")
    return SEED_GOLD


DEV_CORPUS = SHARED / "corpus" / "dev"
DEV_GOLD = {split: SHARED / "gold" / f"dev-{split}.jsonl" for split in ("tune", "check")}


@pytest.fixture(scope="session")
def dev_built(tmp_path_factory, nlp) -> Path:
    """The 40 development articles built once, for the floors held on text kg was not written for."""
    from kg.build import build

    if not DEV_CORPUS.exists():
        pytest.fail(f"the development corpus is missing: {DEV_CORPUS} (../shared must sit beside the checkout)")
    out = tmp_path_factory.mktemp("dev-output")
    build([DEV_CORPUS], out, nlp=nlp)
    return out
