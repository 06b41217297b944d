"""The print archive's text: each print edition's PDF read page by page (text layer or OCR), corrected
by editors, and searched by readers. A Django app inside ethnic_press (label "editions"): the edition
pages themselves are ethnic_press.PrintEditionPage. Nothing imported here, so that the PDF reader
child (pdf_reader.py) starts without Django.
"""
