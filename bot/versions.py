"""The versions recorded on every transcript: the app's, and the content's.

The content version is ``CONTENT_RELEASE`` plus a digest of everything a person can see or
that decides a level: the core's source code as syntax (so comments, docstrings and layout do
not count, but every question, rule, threshold, phrase and number does) and every translation
in every catalog. Changing a German string or the burden threshold changes it.
"""

from __future__ import annotations

import ast
import hashlib
from functools import cache
from importlib import metadata
from pathlib import Path

import dialogs
from dialogs.content import CONTENT_RELEASE
from locales.translator import SUPPORTED, catalog_messages

DIALOGS_DIR = Path(dialogs.__file__).resolve().parent


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
    digest = hashlib.sha256(f"{core_digest()}{catalogs_digest()}".encode()).hexdigest()
    return f"{CONTENT_RELEASE}+{digest[:12]}"
