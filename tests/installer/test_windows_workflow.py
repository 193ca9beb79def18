"""The Windows build (.github/workflows/windows.yml, installer/kehoach.iss, installer/build.py), checked on Linux.

* actionlint passes on the workflow (and does fail on a broken one, so the check can fail);
* every file the workflow's steps name exists, and the steps run the same build.py commands as the
  Linux bundle test (tests/test_installer_bundle.py: bundle + --screenshot smoke test);
* the installer script: Windows 7/8/8.1 get a Vietnamese message with what to do, not a crash;
  .sqlite gets an "Open with" entry and never a new default program; every file it ships exists.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest
import yaml  # the test extra (pyproject.toml) installs it, as it does actionlint: no silent skip

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORKFLOW = os.path.join(ROOT, ".github", "workflows", "windows.yml")
ISS = os.path.join(ROOT, "installer", "kehoach.iss")
BUILD_PY = os.path.join(ROOT, "installer", "build.py")


def actionlint() -> str:
    """The actionlint binary of the test extra (pyproject.toml), beside this Python or on PATH."""
    here = os.path.join(os.path.dirname(sys.executable), "actionlint" + (".exe" if os.name == "nt" else ""))
    found = here if os.path.exists(here) else shutil.which("actionlint")
    if not found:
        pytest.fail("actionlint is missing: it comes with the test extra (python3 tools/bootstrap.py test installs it)")
    return found


def load_workflow() -> dict:
    with open(WORKFLOW, encoding="utf-8") as f:
        wf = yaml.safe_load(f)
    wf["on"] = wf.pop(True, wf.get("on"))        # YAML 1.1 reads the key `on` as true
    return wf


def steps(wf, job):
    return wf["jobs"][job]["steps"]


def runs(wf, job) -> list[str]:
    return [s["run"] for s in steps(wf, job) if "run" in s]


def iss_text() -> str:
    with open(ISS, encoding="utf-8") as f:
        return f.read()


def iss_section(name: str) -> list[str]:
    out, inside = [], False
    for line in iss_text().splitlines():
        if line.startswith("["):
            inside = line.strip().lower() == f"[{name.lower()}]"
            continue
        if inside and line.strip() and not line.lstrip().startswith(";"):
            out.append(line)
    return out


# ------------------------------------------------------------- actionlint --
def test_actionlint_passes_on_the_windows_workflow():
    r = subprocess.run([actionlint(), "-no-color", WORKFLOW], capture_output=True, text=True, timeout=120,
                       cwd=ROOT)
    assert r.returncode == 0, r.stdout + r.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path):
    """The check above can fail: a typo'd job dependency and an unknown runner key are reported."""
    with open(WORKFLOW, encoding="utf-8") as f:
        text = f.read()
    broken = text.replace("needs: [test, build]", "needs: [test, biuld]").replace("runs-on: windows-2022",
                                                                               "run-on: windows-2022", 1)
    assert broken != text
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    bad = tmp_path / ".github" / "workflows" / "windows.yml"
    bad.write_text(broken, encoding="utf-8")
    r = subprocess.run([actionlint(), "-no-color", str(bad)], capture_output=True, text=True, timeout=120,
                       cwd=tmp_path)
    assert r.returncode != 0
    assert "biuld" in r.stdout and "run-on" in r.stdout, r.stdout


# ------------------------------------------------------ what the steps do --
REPO_PATH = re.compile(r"(?<![\w/\\.-])((?:tools|installer|tests|i18n|resources|core|gui)[\\/][\w.\\/-]+\.\w+)")


def test_every_file_the_steps_name_exists():
    wf = load_workflow()
    made = set()          # files a step writes (downloaded), not in the repository
    for job in wf["jobs"]:
        for script in runs(wf, job):
            made.update(p.replace("\\", "/") for p in re.findall(r"-OutFile\s+(\S+)", script))
    named = set()
    for job in wf["jobs"]:
        for script in runs(wf, job):
            named.update(p.replace("\\", "/") for p in REPO_PATH.findall(script))
    named -= made
    assert {"tools/bootstrap.py", "installer/build.py"} <= named
    missing = [p for p in sorted(named) if not os.path.exists(os.path.join(ROOT, p))]
    assert not missing, missing
    assert made == {"installer/Vietnamese.isl"}               # the one the .iss looks for beside itself
    assert "Vietnamese.isl" in iss_text()
    with open(os.path.join(ROOT, ".gitignore"), encoding="utf-8") as f:
        assert "/installer/Vietnamese.isl" in f.read().split()


def test_build_py_builds_from_the_spec_and_the_iss():
    import importlib.util
    spec = importlib.util.spec_from_file_location("kehoach_installer_build", BUILD_PY)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    with open(BUILD_PY, encoding="utf-8") as f:
        src = f.read()
    assert '"kehoach.spec"' in src and os.path.exists(os.path.join(ROOT, "installer", "kehoach.spec"))
    cmd = build.iscc_command("ISCC.exe")
    assert cmd[-1] == ISS and os.path.exists(ISS)
    assert f"/DAppVersion={build.version()}" in cmd
    import tomllib
    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as f:
        assert build.version() == tomllib.load(f)["project"]["version"]


def test_the_workflow_builds_tests_smokes_packages_and_releases_in_order():
    wf = load_workflow()
    on = wf["on"]
    assert "v*" in on["push"]["tags"] and "pull_request" in on
    py = wf["env"]["PYTHON_VERSION"]
    assert re.fullmatch(r"3\.1[1-9]\.\d+", py), "Python pinned to an exact release"
    for job in ("test", "build"):
        assert wf["jobs"][job]["runs-on"].startswith("windows-")
        setup = [s for s in steps(wf, job) if str(s.get("uses", "")).startswith("actions/setup-python@")]
        assert setup and setup[0]["with"]["python-version"] == "${{ env.PYTHON_VERSION }}"
    # the test job runs the README's test command, offscreen
    test_step = [s for s in steps(wf, "test") if "run" in s and "bootstrap.py test" in s["run"]]
    assert test_step and test_step[0]["env"]["QT_QPA_PLATFORM"] == "offscreen"
    # build: packages from pyproject, bundle + smoke test, then ISCC installed, then the installer
    build = runs(wf, "build")
    order = [next(i for i, r in enumerate(build) if needle in r) for needle in
             ('pip install -e ".[build]"', "build.py --smoke", "choco install innosetup", "Vietnamese.isl",
              "build.py --no-build --installer")]
    assert order == sorted(order), order
    assert "--version=${{ env.INNO_SETUP_VERSION }}" in next(r for r in build if "choco" in r)
    uploads = [s for s in steps(wf, "build") if str(s.get("uses", "")).startswith("actions/upload-artifact@")]
    setup_upload = next(s for s in uploads if s["with"]["name"] == "KeHoach-Setup")
    assert setup_upload["with"]["path"] == "dist/installer/KeHoach-Setup-*.exe"
    assert setup_upload["with"]["if-no-files-found"] == "error"
    # release: only on version tags, after both jobs, downloads what build uploaded
    rel = wf["jobs"]["release"]
    assert rel["if"] == "startsWith(github.ref, 'refs/tags/v')" and set(rel["needs"]) == {"test", "build"}
    assert rel["permissions"] == {"contents": "write"} and wf["permissions"] == {"contents": "read"}
    down = next(s for s in rel["steps"] if str(s.get("uses", "")).startswith("actions/download-artifact@"))
    assert down["with"]["name"] == "KeHoach-Setup"
    assert any("gh release create" in r for r in runs(wf, "release"))


def test_linux_suite_runs_the_same_bundle_build_and_smoke_test_as_the_workflow():
    """The bundle build and its --screenshot smoke test are the workflow's steps that Linux can run:
    tests/installer/test_installer_bundle.py runs the same build.py --smoke (opt-in: KEHOACH_BUILD_BUNDLE=1)."""
    with open(os.path.join(ROOT, "tests", "installer", "test_installer_bundle.py"), encoding="utf-8") as f:
        linux = f.read()
    assert '"build.py"), "--smoke"' in linux and "KEHOACH_BUILD_BUNDLE" in linux
    assert any(r.strip().endswith(r"installer\build.py --smoke") for r in runs(load_workflow(), "build"))
    with open(BUILD_PY, encoding="utf-8") as f:
        src = f.read()
    assert '"--screenshot"' in src


# ------------------------------------------------------------ the .iss --
def test_installer_checks_the_windows_version_first_and_says_what_to_do():
    setup = {k.strip(): v.strip() for k, v in (l.split("=", 1) for l in iss_section("Setup"))}
    assert setup["MinVersion"] == "6.1sp1"      # Setup itself starts on Windows 7 SP1 to show our message
    code = "\n".join(iss_section("Code"))
    assert re.search(r"function InitializeSetup\(\): Boolean;", code)
    assert re.search(r"Result := Version\.Major >= 10;", code)
    assert "CustomMessage('OldWindows')" in code and "'8.1'" in code
    msgs = dict(l.split("=", 1) for l in iss_section("CustomMessages"))
    vi, en = msgs["vi.OldWindows"], msgs["en.OldWindows"]
    assert "Windows %1" in vi and "Windows 10 hoặc Windows 11" in vi
    assert "Nâng cấp" in vi and ".sqlite" in vi and "Chưa có gì được cài đặt" in vi
    assert "Windows %1" in en and "Upgrade" in en and "Nothing has been installed" in en


def test_open_with_for_sqlite_without_taking_over_the_default_program():
    reg = iss_section("Registry")
    keys = [(re.search(r'Subkey: "([^"]+)"', l).group(1), re.search(r'ValueName: "([^"]*)"', l).group(1), l)
            for l in reg]
    sqlite = [(k, n, l) for k, n, l in keys if k.lower().startswith("software\\classes\\.sqlite")]
    assert sqlite == [(k, n, l) for k, n, l in sqlite if k == "Software\\Classes\\.sqlite\\OpenWithProgids"]
    assert [n for _, n, _ in sqlite] == ["KeHoach.Plan"]                 # a value under OpenWithProgids only
    assert "uninsdeletevalue" in sqlite[0][2] and "uninsdeletekey" not in sqlite[0][2]
    assert not any(k.lower().startswith("software\\classes\\sqlitefile") or "UserChoice" in k for k, _, _ in keys)
    assert any(k == "Software\\Classes\\KeHoach.Plan\\shell\\open\\command" for k, _, _ in keys)
    assert any(k == "Software\\Classes\\Applications\\{#AppExeName}\\SupportedTypes" and n == ".sqlite"
               for k, n, _ in keys)


def test_every_file_the_installer_ships_exists():
    text = iss_text()
    here = os.path.dirname(ISS)
    icon = re.search(r"^SetupIconFile=(.+)$", text, re.M).group(1).strip()
    assert os.path.exists(os.path.normpath(os.path.join(here, icon.replace("\\", "/"))))
    for line in iss_section("Files"):
        src = re.search(r'Source: "([^"]+)"', line).group(1).replace("\\", "/")
        if src.startswith("../dist/"):
            continue                                              # the bundle build.py makes
        assert os.path.exists(os.path.join(here, src)), src
    for line in iss_section("Icons"):
        target = re.search(r'Filename: "([^"]+)"', line).group(1)
        if target.startswith("{app}\\_internal\\"):
            rel = target[len("{app}\\_internal\\"):].replace("\\", "/")
            assert os.path.exists(os.path.join(ROOT, rel)), rel


def test_the_bundle_carries_every_data_folder_of_resources():
    """The installed program reads data from every folder of resources/ (checker rules, import word lists,
    encoding tables were added after the bundle's list was written, and were left out of it)."""
    import sys
    sys.path.insert(0, os.path.join(ROOT, "installer"))
    from build import resource_datas
    bundled = {dest for _, dest in resource_datas(ROOT)}
    wanted = {os.path.join("resources", d) for d in os.listdir(os.path.join(ROOT, "resources"))
              if os.path.isdir(os.path.join(ROOT, "resources", d)) and not d.startswith((".", "__"))
              and any(not f.endswith(".py") for f in os.listdir(os.path.join(ROOT, "resources", d)))}
    assert {os.path.join("resources", d) for d in ("checker", "import", "encodings")} <= wanted
    assert wanted <= bundled
    with open(os.path.join(ROOT, "installer", "kehoach.spec"), encoding="utf-8") as f:
        assert "resource_datas(ROOT)" in f.read()
