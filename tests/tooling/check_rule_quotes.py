#!/usr/bin/env python3
"""Every source quote in the rule profiles stands in its seed document, word for word.

Usage: check_rule_quotes.py RULES_DIR SEEDS_DIR [--expect-mismatch]
A quote may be cut with "..."; each part must be found, in order, after collapsing runs of white
space. "where" starting with "Handleiding 2024" points at the 2024 Omslagroute manual instead of
the edition's own text. Exit 1 naming each quote that is not found (or, with --expect-mismatch,
when every quote is found: the check must be able to fail).
"""
import json, os, re, sys

SEEDS = {
    'amsterdam-2026': 'tien-werkafspraken-amsterdam-2026.txt',
    'amsterdam-2020': 'tien-werkafspraken-amsterdam-2020.txt',
    'amersfoort-2023': 'werkafspraken-amersfoort-2023.txt',
    'zuidoost-utrecht-2022': 'werkafspraken-zuidoost-utrecht-2022.txt',
}
MANUAL = 'handleiding-omslagroute-amsterdam-2024.txt'


def normal(text):
    return re.sub(r'\s+', ' ', text).strip()


def sources(node, path='$'):
    if isinstance(node, dict):
        if 'quote' in node and 'where' in node:
            yield path, node
        for key, value in node.items():
            yield from sources(value, path + '.' + key)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from sources(value, '%s[%d]' % (path, i))


def found(quote, seed):
    position = 0
    for part in (normal(p) for p in quote.split('...')):
        if not part:
            continue
        position = seed.find(part, position)
        if position < 0:
            return False
        position += len(part)
    return True


def main():
    rules_dir, seeds_dir = sys.argv[1], sys.argv[2]
    expect_mismatch = '--expect-mismatch' in sys.argv
    if not os.path.isdir(seeds_dir):
        print('The seed documents are not in %s (shared/seeds beside the repository).' % seeds_dir)
        return 1
    missing, checked = [], 0
    for name in sorted(os.listdir(rules_dir)):
        if not name.endswith('.json'):
            continue
        profile = json.load(open(os.path.join(rules_dir, name), encoding='utf-8'))
        own = normal(open(os.path.join(seeds_dir, SEEDS[profile['id']]), encoding='utf-8').read())
        manual = normal(open(os.path.join(seeds_dir, MANUAL), encoding='utf-8').read())
        for path, source in sources(profile):
            seed = manual if source['where'].startswith('Handleiding 2024') else own
            checked += 1
            if not found(source['quote'], seed):
                missing.append('%s %s: "%s"' % (name, path, source['quote'][:80]))
    for line in missing:
        print('not in the seed:', line)
    print('%d quotes checked, %d not found' % (checked, len(missing)))
    if expect_mismatch:
        return 0 if missing else 1
    return 1 if missing or checked == 0 else 0


sys.exit(main())
