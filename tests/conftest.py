"""Test-wide settings. Under CI (CI=true) the property tests draw a fixed sequence of examples, so a run
is repeatable; elsewhere they draw new ones each run, to keep finding cases."""
import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
