"""The GitHub Pages workflow: a daily, incremental, strict build deployed by the official actions."""
from __future__ import annotations

import yaml

from conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
# The current major of each official action the workflow uses (raise these with the workflow).
MAJORS = {"actions/checkout": 7, "actions/setup-python": 7, "actions/configure-pages": 6, "actions/cache": 6,
          "actions/upload-pages-artifact": 5, "actions/deploy-pages": 5}


def load() -> dict:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def steps(job: dict) -> list[dict]:
    return job["steps"]


def test_runs_on_push_and_daily():
    on = load()["on"]
    assert on["push"]["branches"] == ["main"]
    cron = on["schedule"][0]["cron"].split()
    assert len(cron) == 5 and cron[2:] == ["*", "*", "*"], "once a day"


def test_official_actions_at_their_current_major():
    used = {}
    for job in load()["jobs"].values():
        for step in steps(job):
            if "uses" in step:
                name, version = step["uses"].split("@")
                used[name] = version
    assert used == {name: f"v{major}" for name, major in MAJORS.items()}


def test_only_the_deploy_job_may_write():
    data = load()
    assert data["permissions"] == {}
    assert data["jobs"]["build"]["permissions"] == {"contents": "read"}
    assert data["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert data["jobs"]["deploy"]["needs"] == "build"


def test_strict_check_and_build_run_before_the_upload_with_the_cache_restored():
    build = steps(load()["jobs"]["build"])
    order = [s.get("uses", "").split("@")[0] or s["run"] for s in build]
    check = next(i for i, s in enumerate(order) if s.startswith("python3 build.py check --strict"))
    make = next(i for i, s in enumerate(order) if s.startswith("python3 build.py build --strict"))
    cache = order.index("actions/cache")
    upload = order.index("actions/upload-pages-artifact")
    assert cache < check < make < upload
    kept = build[cache]["with"]["path"].split()
    assert ".cache/unionnews" in kept and "site" in kept, "the daily build is incremental"
    assert build[upload]["with"]["path"] == "site"
