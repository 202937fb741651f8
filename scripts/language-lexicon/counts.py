"""Step 2: counts words per language (nb, nn, Norwegian of either kind, en) into LEXICON_WORK/counts.json."""
import json, re, math, glob, os, sys
import os, sys
REPO=os.path.abspath(os.path.join(os.path.dirname(__file__),'..','..'))
C=os.environ.get('LEXICON_WORK', os.path.join(REPO,'.lexicon-work'))
os.makedirs(C, exist_ok=True)
os.chdir(C)
from collections import Counter
TOK=re.compile(r"[^\W_](?:[^\W_]|['’](?=[^\W_]))*")
def toks(s): return [t.lower().replace('’',"'") for t in TOK.findall(s) if not t.isdigit()]
def strip(s): return re.sub(r'https?://\S+|[@#]\w+','',s)
GNU={'gnupg2.mo','coreutils.mo','bash.mo','wget.mo','tar.mo','diffutils.mo','findutils.mo','sed.mo','grep.mo'}
ff=json.load(open('firefox.json')); sm=json.load(open('sysmo.json')); nbo=json.load(open('nbonly-mo.json'))
nd=json.load(open(os.path.join(REPO,'tests/fixtures/nordial/train.json')))
import zlib
def held(id): return zlib.crc32(id.encode())%5==0   # a fifth is kept out of the counts for tuning
text={'nb':[], 'nn':[], 'no':[], 'en':[]}
tune=[]
for r in ff+sm:
    if r['nb']==r['nn']==r.get('en'): continue
    if held(r['id']):
        for l in ('nb','nn','en'):
            if r.get(l) and (l=='en' or r[l]!=r.get('en')): tune.append({'text':r[l],'lang':l,'source':'tune-'+r['id'][:2]})
        continue
    if r['nb']!=r.get('en'): text['nb'].append(r['nb'])
    if r['nn']!=r.get('en'): text['nn'].append(r['nn'])
    if r.get('en'): text['en'].append(r['en'])
for r in nbo:
    text['en'].append(r['en'])
    if r['id'] not in GNU and r['nb']!=r['en']: text['no'].append(r['nb'])
# Prose: the NDT train split (newspapers, blogs, reports; parliament left out, see ndt.py), kept
# apart: it weighs bokmål against nynorsk, not English against Norwegian (its quotes and names
# would blur that).
ndt=json.load(open('ndt-train.json'))
text['nb-prose']=ndt['nb']; text['nn-prose']=ndt['nn']
for t in nd:
    s=strip(t['text'])
    if t['category']=='bokmål': text['nb'].append(s)
    elif t['category']=='nynorsk': text['nn'].append(s)
    else: text['no'].append(s)
from collections import defaultdict
langs=defaultdict(set)
for r in tune: langs[r['text']].add(r['lang'])
tune=[r for r in tune if len(langs[r['text']])==1]   # identical in nb and nn: no label is right
json.dump(tune,open('tune.json','w'),ensure_ascii=False)
with open('tune.tsv','w') as f:   # for evaluate.ts
    f.write('lang\tsource\ttext\n')
    for r in tune: f.write('\t'.join((r['lang'],r['source'],re.sub(r'\s+',' ',r['text'])))+'\n')
cnt={k:Counter(w for s in v for w in toks(s)) for k,v in text.items()}
# How often a word is capitalised inside a sentence: a name ("Klassekampen") is no evidence of a
# standard, however unevenly the two corpora hold it, unless only one spells it so ("Noreg", "Høgre").
cnt['capitalised']=Counter(t.lower() for v in text.values() for s in v for t in TOK.findall(s)[1:] if t[0].isupper())
for k,v in cnt.items(): print(k, sum(v.values()), len(v))
json.dump({k:dict(v) for k,v in cnt.items()},open('counts.json','w'),ensure_ascii=False)
