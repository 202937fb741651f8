"""Builds the held-out evaluation set tests/fixtures/written-standards/sentences.tsv (see README.md)."""
import json, re, random, subprocess
import os, sys
REPO=os.path.abspath(os.path.join(os.path.dirname(__file__),'..','..'))
C=os.environ.get('LEXICON_WORK', os.path.join(REPO,'.lexicon-work'))
os.chdir(C)
from html.parser import HTMLParser
def clean(s):
    s=re.sub(r'\{[^{}]*\}','',s); s=re.sub(r'<[^>]+>','',s)
    s=re.sub(r'%[0-9$]*[sdS]|%\([a-z_]+\)[sd]|\$[A-Za-z0-9_]+|&[a-z]+;','',s)
    return re.sub(r'\s+',' ',s.replace('&','').replace('_','')).strip()
class T(HTMLParser):
    def __init__(s): super().__init__(); s.parts=[]; s.skip=0; s.cur=[]
    def handle_starttag(s,tag,a):
        if tag in ('pre','code','tt','script','style','kbd','screen'): s.skip+=1
        if tag in ('p','li','td','div','h1','h2','h3','br','dd','dt','pre','title'): s.parts.append(''.join(s.cur)); s.cur=[]
    def handle_endtag(s,tag):
        if tag in ('pre','code','tt','script','style','kbd'): s.skip=max(0,s.skip-1)
        if tag in ('p','li','td','div','h1','h2','h3','dd','dt','title'): s.parts.append(''.join(s.cur)); s.cur=[]
    def handle_data(s,d): s.cur.append('\x00' if s.skip else d)
def paras(path):
    t=T(); t.feed(open(path,encoding='utf8').read()); t.parts.append(''.join(t.cur))
    return [re.sub(r'\s+',' ',p).strip() for p in t.parts if p.strip()]
def sentences(p):
    return [s.strip() for s in re.split(r'(?<=[.!?])\s+(?=[A-ZÆØÅ«"])',p) if s.strip()]
def ok(s):
    if '\x00' in s or re.search(r'[/=<>{}\\|@$~]|\.\w{2,4}\b|https?:',s): return False
    w=re.findall(r'[^\W\d_]+',s)
    if len(w)<5: return False
    if sum(1 for x in w if x[0].isupper())>len(w)*0.5: return False
    return s[-1] in '.!?:' and s[0].isupper()
en_p=set(); nb_p=[]
for f in ['bookworm','bullseye']:
    en_p|=set(paras(f'/usr/share/doc/debian-edu-doc-en/debian-edu-{f}-manual.html'))
    nb_p+=paras(f'/usr/share/doc/debian-edu-doc-nb-no/debian-edu-{f}-manual.html')
en_s=set(); nb_s=set()
for p in en_p:
    for s in sentences(p):
        if ok(s): en_s.add(s)
for p in nb_p:
    if p in en_p: continue
    for s in sentences(p):
        if ok(s) and s not in en_s: nb_s.add(s)
print('edu en',len(en_s),'edu nb',len(nb_s))
lo=json.load(open('lo.json'))
lo_nn=set(); lo_en=set()
for r in lo:
    if r['nn']==r['en']: continue
    for s in sentences(r['nn']):
        if ok(s): lo_nn.add(s)
    for s in sentences(r['en']):
        if ok(s): lo_en.add(s)
print('lo nn',len(lo_nn),'lo en',len(lo_en))
random.seed(16)
nb_l=sorted(nb_s); random.shuffle(nb_l)
def apertium(mode, lines):
    out=subprocess.run(['apertium','-u',mode],input='\n\n'.join(lines),capture_output=True,text=True).stdout
    res=[x.strip() for x in out.split('\n\n')]
    assert len(res)==len(lines),(len(res),len(lines))
    return res
gnu={'gnupg2.mo','coreutils.mo','bash.mo','wget.mo','tar.mo','diffutils.mo','findutils.mo','sed.mo','grep.mo'}
g=set()
for r in json.load(open('nbonly-mo.json')):
    if r['id'] in gnu and r['nb']!=r['en']:
        for x in sentences(r['nb']):
            if ok(x) and not re.search(r'\b(the|and|of|to|is)\b',x): g.add(x)
g=sorted(g); random.shuffle(g); print('gnu nb',len(g))
nb_eval=nb_l[:1200]
half=len(nb_eval)//2
nn_mt=apertium('nob-nno_e',nb_eval[:half])+apertium('nob-nno',nb_eval[half:])
g_eval=g[:900]
g_mt=apertium('nob-nno_e',g_eval[:225])+apertium('nob-nno',g_eval[225:450])
rows=[]
for s in g_eval: rows.append({'text':s,'lang':'nb','source':'gnu-nb'})
for s,src in zip(g_mt,g_eval):
    if s!=src: rows.append({'text':s,'lang':'nn','source':'gnu-nb+apertium'})
for s in nb_eval: rows.append({'text':s,'lang':'nb','source':'debian-edu-manual'})
for s,src in zip(nn_mt,nb_eval):
    if s!=src: rows.append({'text':s,'lang':'nn','source':'debian-edu-manual+apertium'})
lo_nn_l=sorted(lo_nn); random.shuffle(lo_nn_l)
for s in lo_nn_l[:1200]: rows.append({'text':s,'lang':'nn','source':'libreoffice-nn'})
en_l=sorted(en_s); random.shuffle(en_l); lo_en_l=sorted(lo_en); random.shuffle(lo_en_l)
for s in en_l[:600]: rows.append({'text':s,'lang':'en','source':'debian-edu-manual'})
for s in lo_en_l[:600]: rows.append({'text':s,'lang':'en','source':'libreoffice'})
out=os.path.join(REPO,'tests/fixtures/written-standards/sentences.tsv')
with open(out,'w') as f:
    f.write('lang\tsource\ttext\n')
    for r in rows: f.write(f"{r['lang']}\t{r['source']}\t{r['text']}\n")
from collections import Counter
print(Counter((r['lang'],r['source']) for r in rows))

