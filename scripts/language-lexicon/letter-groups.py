"""Step 3: four-letter groups that lean to nynorsk or bokmål, from the spell-norwegian word lists."""
import math, sys, json
import os, sys
REPO=os.path.abspath(os.path.join(os.path.dirname(__file__),'..','..'))
C=os.environ.get('LEXICON_WORK', os.path.join(REPO,'.lexicon-work'))
os.makedirs(C, exist_ok=True)
os.chdir(C)
from collections import Counter
N=4; M=2000
ok=set('abcdefghijklmnopqrstuvwxyzæøå')
def words(p): return set(w for w in open(p).read().lower().split('\n') if w and set(w)<=ok)
nb=words('bokmaal.txt'); nn=words('nynorsk.txt')
def grams(w):
    s='^'+w+'$'
    return [s[i:i+N] for i in range(len(s)-N+1)]
cb=Counter(); cn=Counter()
for w in nb: cb.update(set(grams(w)))
for w in nn: cn.update(set(grams(w)))
res=[]
for g in set(cb)|set(cn):
    a=cn[g]; b=cb[g]
    if a+b<50: continue
    x=math.log((a+1)/len(nn))-math.log((b+1)/len(nb))
    if abs(x)<0.7: continue
    res.append((g,x,(a+b)*abs(x)))
res.sort(key=lambda t:-t[2]); res=res[:M]
print(len(res),file=sys.stderr)
print(res[:40],file=sys.stderr)
json.dump({g:round(x,1) for g,x,_ in res},open(f'ngram{N}.json','w'),ensure_ascii=False)
