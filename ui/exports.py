"""Downloads of a transfer object: Markdown (the mask with its sources) and PDF (fpdf2).

The PDF uses DejaVu Sans from matplotlib's bundled fonts, so umlauts, ß and dashes print
correctly without any system font.
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from ui.graph_data import FIELD_LABELS, TransferObjectView


def font_path(bold: bool = False) -> Path:
    """DejaVu Sans (regular or bold) shipped inside matplotlib."""
    import matplotlib

    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / name


def _facts(view: TransferObjectView) -> list[tuple[str, str]]:
    facts = [
        (
            "Produkttyp",
            view.product_type
            + (" (abgeleitet)" if view.product_type and view.product_type_inferred else ""),
        ),
        ("KBM-Funktion", view.kbm_function),
        ("Handlungsfelder", ", ".join(view.action_fields)),
        ("Beteiligte (im Graphen)", ", ".join(label for _, label, _ in view.actors)),
        (
            "Quelle",
            " · ".join(
                p
                for p in (
                    view.doc_title or view.document,
                    f"Abschnitt {view.section}" if view.section else "",
                    f"S. {view.page}" if view.page else "",
                )
                if p
            ),
        ),
    ]
    return [(k, v) for k, v in facts if v]


def _source(view: TransferObjectView, name: str) -> str:
    prov = view.provenance.get(name)
    if prov is None:
        return ""
    return " · ".join(p for p in (prov.document, prov.lines(), prov.heading) if p)


def transfer_object_markdown(view: TransferObjectView) -> str:
    """The transfer object as a Markdown document: facts, then every field with its source."""
    out = [f"# {view.label}", ""]
    out += [f"- **{k}:** {v}" for k, v in _facts(view)]
    out += [f"- **IRI:** <{view.iri}>", ""]
    for name, label in FIELD_LABELS.items():
        text = view.fields.get(name, "").strip()
        if not text:
            continue
        out += [f"## {label}", "", text, ""]
        source = _source(view, name)
        if source:
            out += [f"*Quelle: {source}*", ""]
    return "\n".join(out).rstrip() + "\n"


def transfer_object_pdf(view: TransferObjectView) -> bytes:
    """The transfer object as a PDF (A4, DejaVu Sans)."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_font("DejaVu", "", str(font_path()))
    pdf.add_font("DejaVu", "B", str(font_path(bold=True)))
    pdf.add_page()
    pdf.set_title(view.label)
    pdf.set_font("DejaVu", "B", 16)
    pdf.multi_cell(0, 8, view.label, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 10)
    for key, value in _facts(view):
        pdf.multi_cell(0, 5, f"{key}: {value}", new_x="LMARGIN", new_y="NEXT")
    for name, label in FIELD_LABELS.items():
        text = view.fields.get(name, "").strip()
        if not text:
            continue
        pdf.ln(3)
        pdf.set_font("DejaVu", "B", 12)
        pdf.multi_cell(0, 6, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        source = _source(view, name)
        if source:
            pdf.set_font("DejaVu", "", 8)
            pdf.multi_cell(0, 4, f"Quelle: {source}", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
