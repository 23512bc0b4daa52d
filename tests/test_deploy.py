"""What an operator deploys: every setting in .env.example, the container's install steps in
a fresh environment (no test tools), and the service units."""

from __future__ import annotations

import re
import subprocess
import sys
import venv
from dataclasses import fields
from pathlib import Path

import yaml

from bot.config import Config

ROOT = Path(__file__).resolve().parent.parent


def settings_read_by_the_bot() -> set[str]:
    source = (ROOT / "bot" / "config.py").read_text(encoding="utf-8")
    return set(re.findall(r'(?:check|get)\(\s*"([A-Z_]+)"', source))


def test_env_example_lists_every_setting_with_its_default() -> None:
    example = ROOT / ".env.example"
    text = example.read_text(encoding="utf-8")
    listed = set(re.findall(r"^([A-Z_]+)=", text, re.M))
    # The data directory is listed but commented out: the units and compose set it, and a
    # value in the file would override theirs.
    assert "\n# BOT_DATA_DIR=data\n" in text and "BOT_DATA_DIR" not in listed
    assert listed | {"BOT_DATA_DIR"} == settings_read_by_the_bot()
    parsed = Config.from_env({}, dotenv=example)
    defaults = Config()
    for field in fields(Config):
        if field.name != "data_dir":
            assert getattr(parsed, field.name) == getattr(defaults, field.name), field.name


def test_the_container_runs_as_a_user_with_the_data_as_a_volume_and_no_test_tools() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert re.search(r"^USER bot$", dockerfile, re.M)
    assert "VOLUME /data" in dockerfile and "BOT_DATA_DIR=/data" in dockerfile
    assert "[test]" not in dockerfile and "tests" in (ROOT / ".dockerignore").read_text()
    assert "pybabel -q compile" in dockerfile and "pip wheel" in dockerfile


def test_compose_serves_reviewers_a_copy_only_and_on_this_host_only() -> None:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
    bot, review = compose["services"]["bot"], compose["services"]["review"]
    assert "profiles" not in bot and review["profiles"] == ["review"]  # started on request
    assert review["build"]["args"]["EXTRAS"] == "review"
    assert review["volumes"] == ["review-copies:/review:ro"]  # never the bot's data volume
    assert "review-copies:/review" in bot["volumes"]  # where the bot writes review copies
    ports = [port for service in (bot, review) for port in service["ports"]]
    assert ports and all(port.startswith("127.0.0.1:") for port in ports)
    assert review["command"][0] == "review" and review["command"][1].startswith("/review/")
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert 'ARG EXTRAS=""' in dockerfile and "${EXTRAS:+[$EXTRAS]}" in dockerfile


def test_the_backup_timer_makes_its_directory_and_keeps_a_week() -> None:
    backup = (ROOT / "deploy" / "sjogren-bot-backup.service").read_text(encoding="utf-8")
    folder = "/var/backups/sjogren-bot"
    assert f"ExecStartPre=+/usr/bin/install -d -m 0700 -o sjogren-bot -g sjogren-bot {folder}" in (
        backup
    )
    assert "BOT_DATA_DIR=/var/lib/sjogren-bot /opt/sjogren-bot/.venv/bin/sjogren-bot backup" in (
        backup
    )
    assert f"ExecStartPost=/usr/bin/find {folder} " in backup and "-mtime +7" in backup
    unit = (ROOT / "deploy" / "sjogren-bot.service").read_text(encoding="utf-8")
    assert "systemctl enable --now sjogren-bot-backup.timer" in unit  # in the install steps


def test_the_service_restarts_on_a_fault_but_not_on_a_wrong_setting() -> None:
    unit = (ROOT / "deploy" / "sjogren-bot.service").read_text(encoding="utf-8")
    assert (
        "ExecStart=/usr/bin/env BOT_DATA_DIR=/var/lib/sjogren-bot "
        "/opt/sjogren-bot/.venv/bin/sjogren-bot telegram"
    ) in unit
    assert "Restart=on-failure" in unit and "RestartPreventExitStatus=2" in unit
    backup = (ROOT / "deploy" / "sjogren-bot-backup.service").read_text(encoding="utf-8")
    assert "sjogren-bot backup " in backup


def run(*command: str | Path, cwd: Path, stdin: str | None = None) -> str:
    completed = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    return completed.stdout


def test_the_containers_install_steps_give_a_working_bot_without_test_tools(
    tmp_path: Path,
) -> None:
    """The Dockerfile's steps, without Docker: compile the catalogs, build the wheel, install
    it alone into a fresh environment, and talk to it."""
    wheels = tmp_path / "wheels"
    run(sys.executable, "-m", "babel.messages.frontend", "-q", "compile", "--domain",
        "messages", "--directory", "locales", cwd=ROOT)  # fmt: skip
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", wheels,
        ".", cwd=ROOT)  # fmt: skip
    env_dir = tmp_path / "env"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    [wheel] = wheels.glob("*.whl")
    run(python, "-m", "pip", "install", "--quiet", wheel, cwd=tmp_path)
    bot = env_dir / "bin" / "sjogren-bot"
    assert run(bot, "--version", cwd=tmp_path).startswith("sjogren-bot ")
    screens = run(bot, "chat", "--jsonl", "--lang", "de", cwd=tmp_path, stdin="none\n")
    assert '"state": "self_harm_check"' in screens and "Nein" in screens  # German catalogs
    installed = run(python, "-m", "pip", "list", "--format=freeze", cwd=tmp_path).lower()
    for tool in ("pytest", "mypy", "ruff", "hypothesis"):
        assert f"\n{tool}==" not in f"\n{installed}"
