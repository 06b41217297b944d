"""The demo newsroom's print editions are real PDFs. Staff logins, the club with 16 regional clubs and the
editions in each outlet language are checked on the seeded network (tests/demo/test_seed_demo.py)."""

from demo.newsroom import minimal_pdf


def test_minimal_pdf_is_well_formed():
    pdf = minimal_pdf(["Koryo Ilbo", "No. 12"])
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    offset = int(pdf.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    assert pdf[offset:].startswith(b"xref")
