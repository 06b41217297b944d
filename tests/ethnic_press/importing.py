"""Shared by the archive import tests: sample lines and running the command."""

import json
from io import StringIO

from django.core.management import call_command
from django.core.management.base import CommandError

DOSTYQ_KK = {
    "outlet": "dostyq",
    "language": "kk",
    "title": "Достық үйінде Наурыз мерекесі тойланды",
    "lead": "Алматыдағы Достық үйінде этномәдени бірлестіктер Наурыз мейрамын бірге атап өтті.",
    "body": (
        "<p>Мерекеге <b>жиырмадан астам</b> этномәдени орталық қатысты.</p>"
        '<h2>Концерт</h2><p>Кеш ұлттық әндер мен <a href="https://dostyq.kz/">билерге</a> ұласты.</p>'
    ),
    "published_at": "2024-03-21T10:00:00+05:00",
    "authors": ["Айгүл Сәрсенова"],
    "topics": ["culture"],
    "region": "KZ-75",
    "source_id": "dq-2024-031",
}
DOSTYQ_RU = {
    "outlet": "dostyq",
    "language": "ru",
    "title": "Журналисты этнических СМИ прошли тренинг в Астане",
    "lead": "Клуб журналистов провёл двухдневный семинар по цифровой журналистике.",
    "body": "Занятия вели редакторы республиканских изданий.\nКаждый день начинался с разбора публикаций.\n\n"
    "Участники подготовили материалы о жизни своих общин.",
    "published_at": "2024-04-02T09:30:00+05:00",
    "authors": ["Ольга Ким"],
    "topics": [],
    "region": "KZ-71",
    "source_id": "dq-2024-040",
}
KORYO_KO = {
    "outlet": "koryo-ilbo",
    "language": "ko",
    "title": "고려일보 창간 100주년 기념 음악회 열려",
    "lead": "알마티 고려극장에서 고려일보 창간 100주년을 기념하는 음악회가 열렸다.",
    "body": "<p>음악회에는 고려인 동포와 여러 민족 문화센터 대표들이 참석했다.</p>",
    "published_at": "2023-11-15T19:00:00+05:00",
    "authors": [],
    "topics": ["Мәдениет"],
    "region": "KZ-75",
    "source_id": "ki-100",
}
AVAZI_UG = {
    "outlet": "uyghur-avazi",
    "language": "ug",
    "title": "Уйғур мәдәнийәт мәркизи Наврузни тәнтәнилик нишанлиди",
    "lead": "Алмутидики Достлуқ өйидә уйғур яшлири концерт бәрди.",
    "body": "Кечигә җумһурийәтниң һәр қайси вилайәтлиридин меһманлар кәлди.",
    "published_at": "2024-03-22",
    "source_id": "ua-5512",
}


def run_import(tmp_path, lines, *args):
    """Run the command on a file of `lines` (dicts become JSON, str and bytes are written as they are)."""
    path = tmp_path / "archive.jsonl"
    encoded = [
        line
        if isinstance(line, bytes)
        else (line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)).encode()
        for line in lines
    ]
    path.write_bytes(b"\n".join(encoded) + b"\n")
    out, err = StringIO(), StringIO()
    try:
        call_command("import_articles", str(path), *args, stdout=out, stderr=err)
        failed = False
    except CommandError:
        failed = True
    return out.getvalue(), err.getvalue(), failed
