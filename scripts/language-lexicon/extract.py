"""Step 1: extracts the counting corpora from Debian packages into LEXICON_WORK (see README.md)."""
import os, re, glob, json, struct, html, subprocess
import os, sys
REPO=os.path.abspath(os.path.join(os.path.dirname(__file__),'..','..'))
C=os.environ.get('LEXICON_WORK', os.path.join(REPO,'.lexicon-work'))
os.makedirs(C, exist_ok=True)
# Unpack the Firefox language packs and the en-US strings (omni.ja) once.
for name, src in [('ff-nb-NO','/usr/lib/firefox-esr/browser/extensions/langpack-nb-NO@firefox-esr.mozilla.org.xpi'),
                  ('ff-nn-NO','/usr/lib/firefox-esr/browser/extensions/langpack-nn-NO@firefox-esr.mozilla.org.xpi'),
                  ('ff-en','/usr/lib/firefox-esr/omni.ja'), ('ff-en/browser','/usr/lib/firefox-esr/browser/omni.ja')]:
    if not os.path.isdir(os.path.join(C,name,'localization')) and not os.path.isdir(os.path.join(C,name,'browser')):
        os.makedirs(os.path.join(C,name),exist_ok=True)
        subprocess.run(['unzip','-q','-o',src,'-d',os.path.join(C,name)])
from html.parser import HTMLParser
def clean(s):
    s=re.sub(r'\{[^{}]*\}','',s)           # fluent placeables
    s=re.sub(r'<[^>]+>','',s)
    s=re.sub(r'%[0-9$]*[sdS]|%\([a-z_]+\)[sd]|\$[A-Za-z0-9_]+|&[a-z]+;','',s)
    s=s.replace('&','').replace('_','')
    s=re.sub(r'\s+',' ',s).strip()
    return s
def parse_ftl(path):
    out={}; key=None; buf=[]
    def flush():
        if key is not None: out[key]=' '.join(buf)
    for line in open(path,encoding='utf8'):
        line=line.rstrip('\n')
        if line.startswith('#') : continue
        m=re.match(r'^(-?[a-zA-Z][\w-]*)\s*=\s*(.*)$',line)
        if m:
            flush(); key=m.group(1); buf=[m.group(2)]
            continue
        m=re.match(r'^\s+\.([\w-]+)\s*=\s*(.*)$',line)
        if m and key is not None:
            base=key.split('.')[0]; flush(); key=base+'.'+m.group(1); buf=[m.group(2)]; continue
        if line.startswith(' ') and key is not None: buf.append(line.strip())
    flush()
    return out
def parse_props(path):
    out={}
    for line in open(path,encoding='utf8',errors='ignore'):
        if line.startswith('#') or '=' not in line: continue
        k,v=line.split('=',1); out[k.strip()]=v.strip()
    return out
def ff(lang, root):
    d={}
    for p in glob.glob(root+'/**/*.ftl',recursive=True)+glob.glob(root+'/**/*.properties',recursive=True):
        rel=re.sub(r'/(en-US|nb-NO|nn-NO)/','/L/',p[len(root):])
        rel=re.sub(r'^/(browser/)?','',rel)
        f=parse_ftl(p) if p.endswith('.ftl') else parse_props(p)
        for k,v in f.items(): d[rel+'#'+k]=clean(v)
    return d
en=ff('en',C+'/ff-en'); nb=ff('nb',C+'/ff-nb-NO'); nn=ff('nn',C+'/ff-nn-NO')
rows=[]
for k in nb:
    if k in nn: rows.append({'id':'ff:'+k,'en':en.get(k),'nb':nb[k],'nn':nn[k]})
print('firefox parallel',len(rows), 'with en', sum(1 for r in rows if r['en']))
json.dump(rows,open(C+'/firefox.json','w'),ensure_ascii=False)
def mo(path):
    data=open(path,'rb').read()
    magic=struct.unpack('<I',data[:4])[0]; e='<' if magic==0x950412de else '>'
    _,_,n,o,t=struct.unpack(e+'5I',data[:20])
    out={}
    for i in range(n):
      try:
        l1,a1=struct.unpack(e+'2I',data[o+8*i:o+8*i+8]); l2,a2=struct.unpack(e+'2I',data[t+8*i:t+8*i+8])
        k=data[a1:a1+l1].decode('utf8','ignore'); v=data[a2:a2+l2].decode('utf8','ignore')
        if not k: continue
        k=k.split('\x00')[0]; v=v.split('\x00')[0]
        out[k]=v
      except Exception: break
    return out
rows=[]
for p in glob.glob('/usr/share/locale/nb/LC_MESSAGES/*.mo'):
    q=p.replace('/nb/','/nn/')
    if not os.path.exists(q) or 'iso_' in p: continue
    a=mo(p); b=mo(q)
    for k in a:
        if k in b and a[k] and b[k]:
            rows.append({'id':'mo:'+os.path.basename(p)+':'+k[:40],'en':clean(k.split('\x04')[-1]),'nb':clean(a[k]),'nn':clean(b[k])})
print('system mo parallel',len(rows))
json.dump(rows,open(C+'/sysmo.json','w'),ensure_ascii=False)
rows=[]
for p in glob.glob('/usr/lib/libreoffice/program/resource/nn/LC_MESSAGES/*.mo'):
    a=mo(p)
    for k,v in a.items():
        if v: rows.append({'id':'lo:'+os.path.basename(p),'en':clean(k.split('\x04')[-1]),'nn':clean(v)})
print('libreoffice nn',len(rows))
json.dump(rows,open(C+'/lo.json','w'),ensure_ascii=False)
rows=[]
for p in glob.glob('/usr/share/locale/nb/LC_MESSAGES/*.mo'):
    if os.path.exists(p.replace('/nb/','/nn/')) or 'iso_' in p: continue
    for k,v in mo(p).items():
        if v: rows.append({'id':os.path.basename(p),'en':clean(k.split('\x04')[-1]),'nb':clean(v)})
print('nb-only mo',len(rows))
json.dump(rows,open(C+'/nbonly-mo.json','w'),ensure_ascii=False)
for name in ('bokmaal','nynorsk'):
    with open(C+f'/{name}.txt','w') as out:
        out.write(open(f'/usr/share/dict/{name}',encoding='latin-1').read())
