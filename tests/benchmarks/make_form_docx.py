#!/usr/bin/python3
"""Writes a .docx of a form with its answers, laid out like the PDF export (title, numbered
parts, question/answer tables, three signature blocks): the Word document that is today's
practice, for the LibreOffice side of the PDF benchmark (docs/benchmarks.md).
    make_form_docx.py DEFINITION.json ANSWERS.json OUT.docx"""
import json
import sys

import docx


def main() -> int:
    definition = json.load(open(sys.argv[1], encoding="utf-8"))
    answers = json.load(open(sys.argv[2], encoding="utf-8"))
    document = docx.Document()
    document.add_heading(definition["title"], level=1)
    document.add_paragraph(definition.get("subtitle", ""))
    for section in definition["sections"]:
        title = section["title"] if not section.get("number") else f'{section["number"]}. {section["title"]}'
        document.add_heading(title, level=2)
        rows = [f for f in section["fields"] if f["type"] not in ("signature", "declaration")]
        if rows:
            table = document.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for field in rows:
                value = answers.get(field["id"], "")
                if isinstance(value, (list, dict)):
                    value = json.dumps(value, ensure_ascii=False)
                cells = table.add_row().cells
                cells[0].text = field["label"]
                cells[1].text = str(value)
        signatures = [f for f in section["fields"] if f["type"] == "signature"]
        if signatures:
            table = document.add_table(rows=2, cols=len(signatures))
            table.style = "Table Grid"
            for column, field in enumerate(signatures):
                table.rows[0].cells[column].text = field["label"]
                table.rows[1].cells[column].text = "\n\n\n" + field.get("caption", "") + ":"
    document.save(sys.argv[3])
    return 0


if __name__ == "__main__":
    sys.exit(main())
