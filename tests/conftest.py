"""Test-wide settings. Under CI (CI=true) the property tests draw a fixed sequence of examples, so a run
is repeatable; elsewhere they draw new ones each run, to keep finding cases."""
import os
from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def corpus_plan():
    """A corpus file's plan by its path under corpus/ (`blind28/docs/cl_02.docx`), each file parsed once a run: the
    layout tests of the blind sets share it."""
    from test_blind_layouts import cached_plans
    return cached_plans(Path(__file__).resolve().parent.parent / "corpus")
