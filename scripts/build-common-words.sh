#!/usr/bin/env bash
# Builds ontology/lexicon/common-words.txt, the common Arabic words of the statistical NER's feature
# group "common", from Debian's hunspell-ar dictionary (Ayaspell 3.2, Mohamed Kebdani, GPL-2.0-or-later /
# LGPL-2.1 / MPL-1.1; we take it under the GPL, version 2 or later, so GPL-3.0 like Rawabit).
#
#   apt-get install hunspell-ar      # /usr/share/hunspell/ar.dic
#   scripts/build-common-words.sh [DIC] > ontology/lexicon/common-words.txt
#
# Kept: the dictionary's entries (the stem before "/flags"; affixes are not expanded, the feature strips
# a few suffixes itself) of its sections of function words, tools, nouns, verbal nouns, participles and
# adjectives, the mixed loanwords, and conjugated verbs. Dropped: the section of proper nouns (letters,
# continents, countries, capitals, persons' names), the credits, and every entry that is, once folded
# (as ArabicNormaliser folds, article removed), a given name of given-names.txt / ner-given-names.txt or a
# one-word name or variant of the knowledge base (ontology/kb/*.csv): محمد، كريم، مصر are names there. A club's
# bare name listed in sport-only-names.txt (الهلال، النصر، الوحدة) is an ordinary word first, so it stays.
# Nothing at run time reads the dictionary; only the committed list.
set -euo pipefail
cd "$(dirname "$0")/.."
DIC=${1:-/usr/share/hunspell/ar.dic}
python3 - "$DIC" <<'PY'
import csv, glob, re, sys, unicodedata
dic = sys.argv[1]
FOLD = {'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ی': 'ي', 'ئ': 'ي', 'ؤ': 'و', 'ة': 'ه', 'ک': 'ك'}
def fold(w):
    w = ''.join(FOLD.get(c, c) for c in w if not ('\u064b' <= c <= '\u065f' or c in '\u0670\u0640\u200c\u200d\u200e\u200f'))
    return w[2:] if w.startswith('ال') and len(w) >= 4 else w

names = set()
for f in ('given-names.txt', 'ner-given-names.txt'):
    for line in open('ontology/lexicon/' + f, encoding='utf-8'):
        line = line.strip()
        if line and not line.startswith('#'):
            names.add(' '.join(fold(x) for x in line.split()))
ordinary = set()
for line in open('ontology/lexicon/sport-only-names.txt', encoding='utf-8'):
    line = line.strip()
    if line and not line.startswith('#'):
        ordinary.add(' '.join(fold(x) for x in line.split()))
for f in glob.glob('ontology/kb/*.csv'):
    for rec in csv.DictReader(open(f, encoding='utf-8')):
        for n in [rec.get('label_ar') or ''] + (rec.get('variants_ar') or '').split('|'):
            n = n.strip()
            if n and len(n.split()) == 1 and fold(n) not in ordinary:
                names.add(fold(n))

section, seen, out, dropped = None, set(), [], 0
for raw in open(dic, encoding='utf-8'):
    line = raw.rstrip('\n')
    s = line.strip()
    if s.endswith('.dic') and not s.startswith('#'):        # file name lines of the concatenated sources
        section = s; continue
    if s.startswith('#'):
        if 'أسماء' in s and s.startswith('###أسماء'): section = 'proper'      # ###أسماء: letters, countries, capitals, persons
        elif s == '####الأسماء####': section = 'nouns'
        elif s == '#####' and section != 'proper': section = 'credits'       # the author's credits before verb.huns.dic
        elif s.startswith('###') and section not in ('proper', 'credits'): section = 'nouns'
        continue
    if section in ('proper', 'credits') or not s or s.startswith(':'):
        continue
    w = re.split(r'[/\t ]', s)[0]
    if not re.fullmatch(r'[\u0621-\u064a\u064b-\u065f\u0670]+', w):
        continue
    k = fold(w)
    if len(k) < 2 or k in seen:
        continue
    if k in names:
        dropped += 1; continue
    seen.add(k); out.append(w)
print('# Common Arabic words (not names) for the statistical NER\'s feature group "common": built by')
print('# scripts/build-common-words.sh from Debian\'s hunspell-ar (Ayaspell 3.2, (c) 2006-2008 Mohamed Kebdani,')
print('# GPL-2.0-or-later / LGPL-2.1 / MPL-1.1, used here under the GPL). Do not edit by hand: rerun the script.')
print(f'# {len(out)} entries; {dropped} dropped as given names or one-word names of the knowledge base.')
for w in out:
    print(w)
PY
