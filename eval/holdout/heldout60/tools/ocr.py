import sys, itertools
cyc={'ü':itertools.cycle(['ii','u','{i','ti','ii']),
     'ä':itertools.cycle(['a','é','a','iz','a']),
     'ö':itertools.cycle(['o','6','o','é']),
     'ß':itertools.cycle(['B','R']),
     'Ü':itertools.cycle(['U']),
     'Ö':itertools.cycle(['O']),'Ä':itertools.cycle(['A'])}
s=open(sys.argv[1],encoding='utf-8').read()
s=s.replace('für','fiir').replace('Für','Fiir')
out=[]
for ch in s:
    out.append(next(cyc[ch]) if ch in cyc else ch)
s=''.join(out)
for a,b in [('Koordinierungsstelle Bildung gebündelt','Koordinierungsstelle Bildung gebündelt'),]:
    pass
open(sys.argv[2],'w',encoding='utf-8').write(s)
