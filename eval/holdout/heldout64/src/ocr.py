import random,sys,re
random.seed(64)
subs={'ü':['ii','ii','ii','ti','{i','i'],'ä':['a','a','é','iz','a'],'ö':['o','é','o'],'ß':['B','R','B'],
      'Ü':['U','U'],'Ä':['A'],'Ö':['O','O']}
def damage(t):
    out=[]
    for ch in t:
        if ch in subs: out.append(random.choice(subs[ch]))
        else: out.append(ch)
    s=''.join(out)
    s=s.replace('„','"').replace('“','"')
    return s
src=open(sys.argv[1]).read()
# broken hyphenation inside lines
src=src.replace('Sprachkurs-\nangebote','Sprachkurs-\nangebote').replace('Ergebnistransfer','Ergebnis- transfer').replace('Angebotsübersicht','Angebots- iibersicht')
open(sys.argv[2],'w').write(damage(src))
