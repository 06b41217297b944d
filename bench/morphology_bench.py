"""Morphology for Russian and Ukrainian: which analysis makes every form of a word meet, at what cost
in precision.

    .venv/bin/python bench/morphology_bench.py

For the frequent news nouns and adjectives of tests/search/morphology.py (331 Russian, 324
Ukrainian) and every form of each (pymorphy3's paradigms: 4,103 and 3,413 forms), plus the forms of
45 verbs whose forms collide with theirs (стали: стать, сталь), each analysis is scored:

- pair recall: the share of (form, other form of the same word) pairs whose terms meet;
- words whole: words all of whose forms meet each other;
- precision: over every form used as a query, the share of the forms it meets (among all forms of
  all words and verbs) that are forms of the same word (micro-averaged).

Writes bench/results/morphology.json and .md. Analyses: Snowball (Russian only: there is no Ukrainian
Snowball), pymorphy3's likeliest lemma, Snowball of the likeliest lemma (a hybrid), and every lemma of
every parse (what search uses: search/analysis, morphology "lemmas").
"""

import itertools
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")


def score(lexemes: dict[str, set[str]], owners: dict[str, set[str]], terms_of) -> dict:
    terms = {form: frozenset(terms_of(form)) for form in owners}
    index: dict[str, set[str]] = defaultdict(set)
    for form, form_terms in terms.items():
        for term in form_terms:
            index[term].add(form)
    pairs = met = whole = 0
    misses = []
    for forms in lexemes.values():
        complete = True
        for a, b in itertools.combinations(sorted(forms), 2):
            pairs += 1
            if terms[a] & terms[b]:
                met += 1
            else:
                complete = False
                if len(misses) < 8:
                    misses.append(f"{a} ≠ {b}")
        whole += complete
    relevant = retrieved = 0
    for forms in lexemes.values():
        for query in forms:
            found = set().union(*(index[term] for term in terms[query]))
            retrieved += len(found)
            relevant += sum(1 for form in found if owners[form] & owners[query])
    return {
        "pair_recall": round(met / pairs, 4),
        "words_whole": whole,
        "words": len(lexemes),
        "precision": round(relevant / retrieved, 4),
        "examples_missed": misses,
    }


def _clean(word: str) -> str:
    return word.replace("ё", "е").replace("'", "")


def analyses_for(language: str) -> dict:
    """The analyses compared, each a function from a word to its terms."""
    import Stemmer

    from search.analysis import analyse_query, index_terms
    from tests.search.morphology import _morph

    morph = _morph(language)
    analyses = {}
    if language == "ru":
        snowball = Stemmer.Stemmer("russian")
        analyses["Snowball"] = lambda word: {snowball.stemWord(_clean(word))}
        analyses["Snowball of the likeliest lemma"] = lambda word: {
            snowball.stemWord(_clean(morph.parse(word)[0].normal_form))
        }
    analyses["likeliest lemma"] = lambda word: {_clean(morph.parse(word)[0].normal_form)}
    # What search does: the index holds every lemma; a query word matches any of its own.
    analyses["every lemma (search)"] = lambda word: (
        set(index_terms(word, language)) | set(analyse_query(word, language, 1)[0])
    )
    return analyses


def main() -> None:
    import django

    django.setup()
    from search.analysis import stemmers
    from tests.search.morphology import VERB_FORMS, VERBS, WORDS, forms

    results = {}
    for language in ("ru", "uk"):
        lexemes = {word: forms(language, word) for word in WORDS[language]}
        verbs = {f"verb:{verb}": forms(language, verb, VERB_FORMS) for verb in VERBS[language]}
        owners: dict[str, set[str]] = defaultdict(set)
        for word, word_forms in {**lexemes, **verbs}.items():
            for form in word_forms:
                owners[form].add(word)

        analyses = analyses_for(language)
        stemmers.lemmas.cache_clear()
        results[language] = {
            "words": len(lexemes),
            "forms": sum(len(word_forms) for word_forms in lexemes.values()),
            "verbs": len(verbs),
            "analyses": {},
        }
        for name, analysis in analyses.items():
            started = time.perf_counter()
            result = score(lexemes, owners, analysis)
            result["seconds"] = round(time.perf_counter() - started, 2)
            results[language]["analyses"][name] = result
            print(language, name, result)

    out = ROOT / "bench" / "results"
    (out / "morphology.json").write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    lines = ["# Morphology: every form of a frequent word meeting the others", ""]
    for language, result in results.items():
        lines += [
            f"## {language}: {result['words']} nouns and adjectives, {result['forms']} forms, "
            f"{result['verbs']} colliding verbs",
            "",
            "| analysis | pair recall | words whole | precision | missed, e.g. |",
            "|---|---|---|---|---|",
        ]
        for name, scores in result["analyses"].items():
            lines.append(
                f"| {name} | {scores['pair_recall']:.4f} | {scores['words_whole']}/{scores['words']} | "
                f"{scores['precision']:.4f} | {', '.join(scores['examples_missed'][:4])} |"
            )
        lines.append("")
    (out / "morphology.md").write_text("\n".join(lines))


if __name__ == "__main__":
    main()
