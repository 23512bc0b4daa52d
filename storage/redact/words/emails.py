"""Words of disguised e-mail addresses: "at" and "dot" spelled out, providers, domains."""

from __future__ import annotations

from storage.redact.folding import word_keys

AT_WORDS = word_keys("at arroba arobase chiocciola klammeraffe apenstaartje małpa собака собачка")
DOT_WORDS = word_keys("dot punto point punkt ponto punt kropka точка крапка nokta نقطة")
MAIL_PROVIDERS = word_keys(
    """gmail googlemail yahoo hotmail outlook live msn icloud me mail aol gmx web yandex
    mailru rambler ukr meta orange free laposte sfr libero virgilio alice uol bol terra
    wp onet interia o2 proton protonmail""",
)
TLDS = word_keys(
    """com org net edu gov info biz io me co uk de fr es it pt br nl pl ru ua tr sa ae eg ma
    dz tn jo lb qa kw om bh at ch be us ca au ie eu mx ar cl online site app""",
)
