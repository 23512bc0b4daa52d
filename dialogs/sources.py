"""The source list: every medical statement the bot shows cites one of these by number."""

from __future__ import annotations

from dialogs.model import Block
from dialogs.text import N_, Msg, msg

SOURCES: dict[int, Msg] = {
    1: msg(
        # TRANSLATORS: a bibliographic reference; keep the authors, title and journal as they are.
        N_(
            "Ramos-Casals M, et al. EULAR recommendations for the management of Sjögren's "
            "syndrome with topical and systemic therapies. Ann Rheum Dis 2020;79:3–18."
        )
    ),
    2: msg(
        # TRANSLATORS: a description of a source that is not yet identified.
        N_(
            "A review of small fiber neuropathy in Sjögren's: diagnosis and treatment "
            "(source 2 of the guideline summary; not yet identified)."
        )
    ),
    3: msg(
        # TRANSLATORS: a description of a source that is not yet identified.
        N_(
            "A clinical series of small fiber neuropathy in Sjögren's (source 3 of the "
            "guideline summary; not yet identified)."
        )
    ),
    4: msg(
        # TRANSLATORS: a description of a source that is not yet identified.
        N_(
            "A report on immunoglobulin (IVIG) treatment for hard-to-treat small fiber "
            "neuropathy with Sjögren's (source 4 of the guideline summary; not yet identified)."
        )
    ),
    5: msg(
        # TRANSLATORS: a description of a source that is not yet identified.
        N_(
            "A report on confirming small fiber neuropathy by skin biopsy or nerve tests "
            "(source 5 of the guideline summary; not yet identified)."
        )
    ),
    6: msg(
        # TRANSLATORS: a bibliographic reference; keep the authors, title and journal as they are.
        N_(
            "Seror R, et al. ESSDAI and ESSPRI activity states and minimal clinically "
            "important improvement. Ann Rheum Dis 2016;75:382–389."
        )
    ),
    7: msg(
        # TRANSLATORS: a bibliographic reference; keep the authors, title and journal as they are.
        N_(
            "Bouhassira D, et al. Comparison of pain syndromes associated with nervous or "
            "somatic lesions and development of a new neuropathic pain diagnostic "
            "questionnaire (DN4). Pain 2005;114:29–36."
        )
    ),
    8: msg(
        # TRANSLATORS: a bibliographic reference; keep the authors, title and journal as they are.
        N_(
            "Geerts M, et al. Intravenous immunoglobulin therapy in patients with painful "
            "idiopathic small fiber neuropathy. Neurology 2021;96:e2534–e2545."
        )
    ),
    9: msg(
        # TRANSLATORS: a bibliographic reference; keep the authors, title and journal as they are.
        N_(
            "Shiboski CH, et al. 2016 ACR/EULAR classification criteria for primary "
            "Sjögren's syndrome. Ann Rheum Dis 2017;76:9–16."
        )
    ),
    10: msg(
        # TRANSLATORS: a bibliographic reference; keep the authors, title and journal as they are.
        N_(
            "Sletten DM, et al. COMPASS 31: a refined and abbreviated Composite Autonomic "
            "Symptom Score. Mayo Clin Proc 2012;87:1196–1201."
        )
    ),
    11: msg(
        # TRANSLATORS: a bibliographic reference to a UK guideline; keep its name and number.
        N_(
            "NICE guideline NG12: Suspected cancer: recognition and referral (swollen lymph "
            "nodes with fever, night sweats or weight loss)."
        )
    ),
    12: msg(
        # TRANSLATORS: a bibliographic reference to a UK guideline; keep its name and number.
        N_(
            "NICE guideline CG173: Neuropathic pain in adults: pharmacological management in "
            "non-specialist settings."
        )
    ),
}


def source_list(blocks: list[Block]) -> list[Block]:
    """A "Sources" heading and one entry for each source the blocks cite, in number order."""
    cited = sorted({n for block in blocks for n in block.sources})
    return [
        # TRANSLATORS: heading of the list of medical sources.
        Block(msg(N_("Sources")), "title"),
        *(
            Block(
                # TRANSLATORS: one entry of the source list: its number, then the reference.
                msg(N_("[{number}] {reference}"), number=n, reference=SOURCES[n]),
                "source",
            )
            for n in cited
        ),
    ]
