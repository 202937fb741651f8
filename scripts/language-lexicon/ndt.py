"""Splits the Norwegian Dependency Treebank (NDT, as shipped in github.com/ltgoslo/norne, folder
`ndt/`) into counting, tuning and evaluation sentences, by the train/dev/test file ranges of the
Universal Dependencies treebanks UD_Norwegian-Bokmaal and UD_Norwegian-Nynorsk.

Usage: ndt.py NORNE_CHECKOUT (a clone of ltgoslo/norne). Writes to LEXICON_WORK:
- ndt-train.json: the train sentences of each standard (counted by counts.py), parliament left out;
- ndt-dev.tsv: the dev sentences (for tuning), ndt-test.tsv: the test sentences (for measuring);
- parliament.tsv: every sentence of the Storting transcripts (files st*, st-nn*) of all three
  splits: never counted, never tuned on, the closest thing to the issue's parliament speeches.
The texts belong to their publishers (see the NDT licence): they are used for counting and
measuring here and never copied into the repository.
"""
import glob, json, os, re, sys
REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
C = os.environ.get('LEXICON_WORK', os.path.join(REPO, '.lexicon-work'))
os.makedirs(C, exist_ok=True)
NORNE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(C, 'norne')

# genre: (last train file, last dev file); later files are test.
SPLITS = {
    'nob': {'ap': ('ap012_0002', 'ap014_0002'), 'bt': ('bt005_0001', 'bt005_0005'),
            'db': ('db013_0004', 'db014_0002'), 'kk': ('kk005_0001', 'kk007_0000'),
            'sp-bm': ('sp-bm001_0008', 'sp-bm002_0001'), 'vg': ('vg002_0003', 'vg002_0004'),
            'blogg-bm': ('blogg-bm003_0000', 'blogg-bm003_0002'), 'nou': ('nou004_0000', 'nou004_0001'),
            'st': ('st005_0000', 'st005_0002')},
    'nno': {'blogg-nn': ('blogg-nn003_0001', 'blogg-nn003_0002'), 'dot': ('dot014_0007', 'dot015_0002'),
            'firda-nn': ('firda-nn004_0005', 'firda-nn005_0002'), 'kk-nn': ('kk-nn006_0002', 'kk-nn007_0002'),
            'mom': ('mom003_0004', 'mom003_0005'), 'st-nn': ('st-nn002_0000', 'st-nn002_0001'),
            'vtb-nn': ('vtb-nn006_0004', 'vtb-nn007_0001')},
}
PARLIAMENT = {'st', 'st-nn'}


def sentences(path):
    words = []
    for line in open(path, encoding='utf-8-sig'):
        cols = line.rstrip('\n').split('\t')
        if len(cols) > 2:
            words.append(cols[1])
        elif words:
            yield words
            words = []
    if words:
        yield words


def detokenize(words):
    s = ' '.join(words)
    s = re.sub(r' ([,.:;?!)»\]])', r'\1', s)
    return re.sub(r'([(«\[]) ', r'\1', s)


train = {'nb': [], 'nn': []}
rows = {'dev': [], 'test': [], 'parliament': []}
for variety, lang in (('nob', 'nb'), ('nno', 'nn')):
    files = sorted(glob.glob(os.path.join(NORNE, 'ndt', variety, '*.conll')))
    assert files, f'no NDT files under {NORNE}/ndt/{variety}'
    for path in files:
        name = os.path.basename(path)[:-len('.conll')]
        genre = re.match(r'[a-z-]+?(?=\d)', name).group(0)
        last_train, last_dev = SPLITS[variety][genre]
        split = 'train' if name <= last_train else 'dev' if name <= last_dev else 'test'
        for words in sentences(path):
            text = detokenize(words)
            if genre in PARLIAMENT:
                rows['parliament'].append((lang, f'stortinget-{lang}', text))
            elif split == 'train':
                train[lang].append(text)
            else:
                rows[split].append((lang, f'ndt-{lang}', text))
json.dump(train, open(os.path.join(C, 'ndt-train.json'), 'w'), ensure_ascii=False)
for split, items in rows.items():
    with open(os.path.join(C, f'{"ndt-" if split != "parliament" else ""}{split}.tsv'), 'w') as f:
        f.write('lang\tsource\ttext\n')
        for lang, source, text in items:
            f.write(f'{lang}\t{source}\t{text}\n')
print({k: len(v) for k, v in train.items()}, {k: len(v) for k, v in rows.items()})
