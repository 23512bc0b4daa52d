"""The source list: every medical statement the bot shows cites one of these by number.

Screens show a short form (``SOURCES``), so that a phone screen is not filled with
references; ``REFERENCES`` holds the full references for the docs, the content export and
those who review the content. Sources 2 to 5 are the seed guideline summary's own, unnamed
sources: they are shown as "being checked", and no figure rests on them alone.
"""

from __future__ import annotations

from dialogs.model import Block
from dialogs.text import N_, Msg, Verbatim, msg

# TRANSLATORS: how a source that is not yet identified is shown to patients.
_UNNAMED = N_(
    "A published review cited by the guideline summary; the exact reference is being checked."
)

SOURCES: dict[int, Msg] = {
    # TRANSLATORS: a short reference (first author or body, year); keep names as they are.
    1: msg(N_("EULAR recommendations 2020.")),
    2: msg(_UNNAMED),
    3: msg(_UNNAMED),
    4: msg(_UNNAMED),
    5: msg(_UNNAMED),
    # TRANSLATORS: a short reference (first author or body, year); keep names as they are.
    6: msg(N_("Seror 2016 (ESSPRI).")),
    # TRANSLATORS: a short reference (first author or body, year); keep names as they are.
    7: msg(N_("Bouhassira 2005 (DN4).")),
    # TRANSLATORS: a short reference (first author or body, year); keep names as they are.
    8: msg(N_("Geerts 2021 (IVIG trial).")),
    # TRANSLATORS: a short reference (first author or body, year); keep names as they are.
    9: msg(N_("Shiboski 2017 (criteria).")),
    # TRANSLATORS: a short reference (first author or body, year); keep names as they are.
    10: msg(N_("Sletten 2012 (COMPASS-31).")),
    # TRANSLATORS: a short reference to a UK guideline; keep its name and number.
    11: msg(N_("NICE NG12.")),
    # TRANSLATORS: a short reference to a UK guideline; keep its name and number.
    12: msg(N_("NICE CG173.")),
    # TRANSLATORS: a short reference to a UK guideline; keep its name and number.
    13: msg(N_("NICE NG51.")),
    # TRANSLATORS: a short reference (first author or body, year); keep names as they are.
    14: msg(N_("Kroenke 2001 (PHQ-9).")),
    # TRANSLATORS: a short reference to a UK guideline; keep its name and number.
    15: msg(N_("NICE NG225.")),
    # TRANSLATORS: a short reference to a UK medicines safety notice; keep its name and date.
    16: msg(N_("MHRA, October 2019.")),
    # TRANSLATORS: a short reference to a UK patient safety alert; keep its name and year.
    17: msg(N_("NHS England 2020; Steroid Emergency Card.")),
    # TRANSLATORS: a short reference to a UK guideline; keep its name and number.
    18: msg(N_("NICE NG98.")),
    # TRANSLATORS: a short reference; keep the organisation's name and the year.
    19: msg(N_("Resuscitation Council UK, 2021.")),
    # TRANSLATORS: a short reference (first author or body, year); keep names as they are.
    20: msg(N_("BSR and BHPR guideline 2017.")),
    # TRANSLATORS: a short reference (first author or body, year); keep names as they are.
    21: msg(N_("Sène 2018.")),
}

REFERENCES: dict[int, str] = {
    1: "Ramos-Casals M, et al. EULAR recommendations for the management of Sjögren's syndrome "
    "with topical and systemic therapies. Ann Rheum Dis 2020;79:3-18.",
    2: "Source 2 of the seed guideline summary: a review of small fiber neuropathy in Sjögren's "
    "(diagnosis and treatment). Not yet identified.",
    3: "Source 3 of the seed guideline summary: a clinical series of small fiber neuropathy in "
    "Sjögren's. Not yet identified.",
    4: "Source 4 of the seed guideline summary: IVIG in refractory small fiber neuropathy with "
    "Sjögren's. Not yet identified.",
    5: "Source 5 of the seed guideline summary: confirming small fiber neuropathy by skin biopsy "
    "or neurophysiological tests. Not yet identified.",
    6: "Seror R, et al. ESSDAI and ESSPRI activity states and minimal clinically important "
    "improvement. Ann Rheum Dis 2016;75:382-389.",
    7: "Bouhassira D, et al. Comparison of pain syndromes associated with nervous or somatic "
    "lesions and development of a new neuropathic pain diagnostic questionnaire (DN4). Pain "
    "2005;114:29-36.",
    8: "Geerts M, et al. Intravenous immunoglobulin therapy in patients with painful idiopathic "
    "small fiber neuropathy. Neurology 2021;96:e2534-e2545.",
    9: "Shiboski CH, et al. 2016 ACR/EULAR classification criteria for primary Sjögren's "
    "syndrome. Ann Rheum Dis 2017;76:9-16.",
    10: "Sletten DM, et al. COMPASS 31: a refined and abbreviated Composite Autonomic Symptom "
    "Score. Mayo Clin Proc 2012;87:1196-1201.",
    11: "NICE NG12, Suspected cancer: recognition and referral.",
    12: "NICE CG173, Neuropathic pain in adults: pharmacological management in non-specialist "
    "settings.",
    13: "NICE NG51, Sepsis: recognition, diagnosis and early management.",
    14: "Kroenke K, Spitzer RL, Williams JB. The PHQ-9: validity of a brief depression severity "
    "measure. J Gen Intern Med 2001;16:606-613.",
    15: "NICE NG225, Self-harm: assessment, management and preventing recurrence (2022).",
    16: "MHRA Drug Safety Update, October 2019: pregabalin and gabapentin with opioids, risk of "
    "respiratory depression.",
    17: "NHS England National Patient Safety Alert NatPSA/2020/005 and the Society for "
    "Endocrinology's Steroid Emergency Card.",
    18: "NICE NG98, Hearing loss in adults: assessment and management.",
    19: "Resuscitation Council UK. Emergency treatment of anaphylaxis (2021).",
    20: "Ledingham J, et al. BSR and BHPR guideline for the prescription and monitoring of "
    "non-biologic disease-modifying anti-rheumatic drugs. Rheumatology 2017;56:865-868.",
    21: "Sène D. Small fiber neuropathy: diagnosis, causes, and treatment. Joint Bone Spine "
    "2018;85:553-559.",
}


def source_list(blocks: list[Block]) -> list[Block]:
    """A "Sources" heading and one line for each source the blocks cite, in number order;
    sources with the same short form (the unnamed ones) share one line."""
    cited = sorted({n for block in blocks for n in block.sources})
    if not cited:
        return []
    lines: dict[str, list[int]] = {}
    for n in cited:
        lines.setdefault(SOURCES[n].msgid, []).append(n)
    return [
        # TRANSLATORS: heading of the list of medical sources.
        Block(msg(N_("Sources")), "title"),
        *(
            Block(
                msg(
                    # TRANSLATORS: one line of the source list: its numbers, then the reference.
                    N_("{numbers} {reference}"),
                    numbers=Verbatim(_numbers(ns)),
                    reference=SOURCES[ns[0]],
                ),
                "source",
            )
            for ns in lines.values()
        ),
    ]


def _numbers(numbers: list[int]) -> str:
    return "".join(f"[{n}]" for n in numbers)
