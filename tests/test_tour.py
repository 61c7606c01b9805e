"""The README's tour, run line by line as a new user would: a fresh folder with the articles, ../shared beside
it, the project's environment."""

import re
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def tour_lines() -> list[str]:
    """The commands of the README's tour, as written."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## A tour\n\n```sh\n(.*?)```", readme, re.S)
    assert block, "the README has no tour"
    return [line for line in block[1].splitlines() if line.strip()]


def test_the_readme_tour_runs_as_written(tmp_path):
    work = tmp_path / "main"
    work.mkdir()
    (tmp_path / "shared").symlink_to(ROOT.parent / "shared")
    (work / ".venv").symlink_to(ROOT / ".venv")
    shutil.copytree(ROOT / "data", work / "data")
    # stop the servers the tour starts, however it ends
    script = "set -e\ntrap 'kill $(jobs -p) 2>/dev/null || true' EXIT\n" + "\n".join(tour_lines()) + "\n"
    done = subprocess.run(["bash", "-c", script], cwd=work, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    assert '"boolean": true' in done.stdout.replace('"boolean":true', '"boolean": true')
    assert re.search(r"Pushed \d+ graph\(s\) to http://127.0.0.1:7879/store", done.stdout)
    assert "Removed 1 article(s)" in done.stdout
    for made in ("output/graph.html", "output/view-kataib_hezbollah.html", "my-scorer.json",
                 "output-mine/graph.html"):
        assert (work / made).exists(), made
    assert "Traceback" not in done.stdout + done.stderr
