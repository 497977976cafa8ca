import re,sys
UP=set('bdilmsz')
def garble(t):
    out=[]
    for ch in t:
        lc=ch.lower()
        if lc in UP: out.append(lc.upper())
        elif lc=='ß': out.append('SS')
        else: out.append(lc)
    return ''.join(out)
def render(raw):
    raw=re.sub(r'\{G:([^}]*)\}', lambda m: garble(m.group(1)), raw)
    out=[]
    for line in raw.split('\n'):
        if line.startswith('§§ '):
            words=line[3:].split(' ')
            line='\t •\t '+'\t'.join(words)
        elif line.startswith('§ '):
            words=line[2:].split(' ')
            line='•\t '+'\t'.join(words)
        out.append(line)
    return '\n'.join(out)
if __name__=='__main__':
    src,dst=sys.argv[1],sys.argv[2]
    open(dst,'w').write(render(open(src).read()))
