"""The demo network and `manage.py seed_demo`: the top layer, the one app that may import every other.

The content is data, in demo/data/ (TOML; each file says its fields in its first lines), read and
checked by demo/loader.py:

regions.toml, communities.toml, topics.toml   names in every content language
outlets.toml      the 58 outlets (known ones with their real facts, the others flagged `sample = true`)
journalists.toml  journalists, their spellings in other scripts, outlets and bios
site.toml         texts of the structural pages (home, outlets index, about)
club.toml         the journalists' club, its 16 regional clubs' regions and its events
articles/<code>.toml  the stories written in each content language, some with kk/ru translations

Everything here is sample content written for the demo: the known outlets carry their real facts
(DESIGN.md), every other outlet is labelled as a sample, and the stories are plausible news of the
network's life, not reports of real events. demo/seeding.py turns the data into pages and snippets.
"""
