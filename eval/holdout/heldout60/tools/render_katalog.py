import sys
UP=set("BDILMSZW")
def garble(s):
    out=[]
    for ch in s:
        if ch.isalpha():
            out.append(ch.upper() if ch.upper() in UP else ch.lower())
        else: out.append(ch)
    return "".join(out)
src=open(sys.argv[1],encoding="utf-8").read().split("\n")
res=[]
for l in src:
    if l.startswith("@@GARBLE "):
        res.append(garble(l[len("@@GARBLE "):]))
    elif l.startswith("•~ "):
        body=l[3:]
        res.append("•\t "+"\t".join(body.split(" ")))
    else:
        res.append(l)
open(sys.argv[2],"w",encoding="utf-8").write("\n".join(res))
