"""Issue 15, part 3: ``main.py find FOLDER "uy ban mttq" [--json]`` prints the hits across every plan of a
folder (file, place, text); a missing folder is one clear line and exit code 2."""
import glob
import json
import os
import shutil
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLES = sorted(glob.glob(os.path.join(ROOT, "resources", "samples", "*.sqlite")))


def run(args, tmp_path):
    env = dict(os.environ, KEHOACH_DATA_DIR=str(tmp_path / "data"))
    return subprocess.run([sys.executable, os.path.join(ROOT, "main.py")] + args, capture_output=True, text=True,
                          env=env, timeout=300)


def test_find_in_a_folder(tmp_path):
    if not SAMPLES:
        pytest.skip("no samples")
    folder = tmp_path / "plans"
    folder.mkdir()
    for s in SAMPLES:
        shutil.copyfile(s, folder / os.path.basename(s))
    r = run(["find", str(folder), "uy ban mttq", "--json"], tmp_path)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["files"] == len(SAMPLES) and out["hits"]
    assert all(set(h) == {"file", "place", "text"} for h in out["hits"])
    assert any("Ủy ban MTTQ" in h["text"] for h in out["hits"])
    r = run(["find", str(folder), "uy ban mttq"], tmp_path)
    assert r.returncode == 0 and len(r.stdout.strip().splitlines()) == len(out["hits"])
    assert "\t" in r.stdout and "kết quả" in r.stderr
    r = run(["find", str(folder), "uy ban mttq", "--lang", "en"], tmp_path)
    assert "hits in" in r.stderr


def test_missing_folder_is_one_line(tmp_path):
    r = run(["find", str(tmp_path / "khong-co"), "papi"], tmp_path)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
