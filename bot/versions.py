"""The versions recorded on every transcript: the app's, and the content's.

The content version is ``CONTENT_RELEASE`` plus a digest of everything a person can see or
that decides a level: the core's source code as syntax (so comments, docstrings and layout do
not count, but every question, rule, threshold, phrase and number does) and every translation
in every catalog. Changing a German string or the burden threshold changes it.

Reading all of that as syntax takes a few tenths of a second, at every start. So the result
is kept in ``dialogs/__pycache__/`` (where Python keeps its own compiled files), under a
digest of the inputs' bytes, which is quick: it is computed again only when a file changed,
and every time where that folder cannot be written.
"""

from __future__ import annotations

import ast
import contextlib
import hashlib
import os
from functools import cache
from importlib import metadata
from pathlib import Path

import dialogs
from dialogs.content import CONTENT_RELEASE
from locales.translator import LOCALE_DIR, SUPPORTED, catalog_messages

DIALOGS_DIR = Path(dialogs.__file__).resolve().parent
CACHE_NAME = "content-version"


def app_version() -> str:
    """The installed package's version."""
    try:
        return metadata.version("sjogren-sfn-bot")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def _without_docstrings(tree: ast.AST) -> ast.AST:
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        ):
            node.body = body[1:] or [ast.Pass()]
    return tree


def core_digest(directory: Path = DIALOGS_DIR) -> str:
    """A digest of the core's code as syntax, file by file."""
    digest = hashlib.sha256()
    for path in sorted(directory.rglob("*.py")):
        tree = _without_docstrings(ast.parse(path.read_text(encoding="utf-8")))
        digest.update(str(path.relative_to(directory)).encode())
        digest.update(ast.dump(tree, annotate_fields=False).encode())
    return digest.hexdigest()


def catalogs_digest(languages: tuple[str, ...] = SUPPORTED) -> str:
    """A digest of every translation, message by message."""
    digest = hashlib.sha256()
    for language in languages:
        digest.update(language.encode())
        for message_id, translation in sorted(catalog_messages(language).items()):
            digest.update(f"{message_id}\x00{translation}\x01".encode())
    return digest.hexdigest()


@cache
def content_version() -> str:
    """``2.0+1a2b3c4d5e6f``: the release, then 12 hex digits of the content's digest."""
    key = inputs_digest()
    cached = _read_cache(key)
    if cached is not None:
        return cached
    core = core_digest(DIALOGS_DIR)
    digest = hashlib.sha256(f"{core}{catalogs_digest()}".encode()).hexdigest()
    version = f"{CONTENT_RELEASE}+{digest[:12]}"
    _write_cache(key, version)
    return version


def inputs_digest() -> str:
    """A digest of the bytes of every file the content version reads (and of the release)."""
    digest = hashlib.sha256(CONTENT_RELEASE.encode())
    files = sorted(DIALOGS_DIR.rglob("*.py")) + [
        LOCALE_DIR / language / "LC_MESSAGES" / "messages.po" for language in SUPPORTED
    ]
    for path in files:
        digest.update(str(path).encode())
        with contextlib.suppress(FileNotFoundError):
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _cache_path() -> Path:
    return DIALOGS_DIR / "__pycache__" / CACHE_NAME


def _read_cache(key: str) -> str | None:
    try:
        stored_key, version = _cache_path().read_text(encoding="ascii").split()
    except (OSError, ValueError):
        return None
    return version if stored_key == key else None


def _write_cache(key: str, version: str) -> None:
    path = _cache_path()
    with contextlib.suppress(OSError):
        path.parent.mkdir(exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}")
        partial.write_text(f"{key} {version}\n", encoding="ascii")
        partial.replace(path)  # whole or not at all, whoever else starts meanwhile
