"""The pytest plugin: the ``fake_tiktok`` fixture resets the fake and raises what it collected."""
from __future__ import annotations

import pathlib
import re

import requests

pytest_plugins = ["pytester"]

USER_TESTS = '''
import requests


def test_first(fake_tiktok):
    room = fake_tiktok.room("creator")
    page = requests.get(fake_tiktok.urls["web"] + "/@creator/live")
    assert str(room.room_id) in page.text


def test_state_was_reset(fake_tiktok):
    assert fake_tiktok.rooms == {} and fake_tiktok.requests == []


def test_same_server_for_the_session(fake_tiktok, fake_tiktok_server):
    assert fake_tiktok is fake_tiktok_server


def test_an_error_of_the_fake_fails_the_test(fake_tiktok):
    requests.get(fake_tiktok.urls["webcast"] + "/no/such/route")
'''


def test_fixture_in_a_users_test_suite(pytester, monkeypatch):
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    pytester.makepyfile(USER_TESTS)
    result = pytester.runpytest_inprocess("-p", "tiktoklive.testing.pytest_plugin", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=4, errors=1)
    result.stdout.fnmatch_lines(["*the fake TikTok collected 1 error(s)*no route for GET /no/such/route*"])


def test_options_fixture_can_be_overridden(pytester, monkeypatch):
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    pytester.makeconftest('''
import pytest

@pytest.fixture(scope="session")
def fake_tiktok_options():
    return {"api_key": "k"}
''')
    pytester.makepyfile('''
def test_key(fake_tiktok):
    assert fake_tiktok.client_options()["sign_config"].api_key == "k"
''')
    pytester.runpytest_inprocess("-p", "tiktoklive.testing.pytest_plugin").assert_outcomes(passed=1)


def test_the_installed_plugin_serves_this_suite_too(fake_tiktok):
    fake_tiktok.room("creator")
    assert requests.get(f"{fake_tiktok.urls['web']}/@creator/live").status_code == 200


def test_the_readme_example_runs(pytester, monkeypatch):
    readme = (pathlib.Path(__file__).parent.parent / "README.rst").read_text("utf-8")
    section = readme[readme.index("Testing your bot offline"):]
    block = re.search(r"::\n\n((?:    .*\n|\n)+)", section).group(1)
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    pytester.makepyfile("\n".join(line[4:] for line in block.splitlines()))
    result = pytester.runpytest_inprocess("-p", "tiktoklive.testing.pytest_plugin", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
