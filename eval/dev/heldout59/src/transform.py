import sys,re
src, dst = sys.argv[1], sys.argv[2]
out=[]
for line in open(src, encoding='utf-8').read().split('\n'):
    if line.startswith('•§ '):
        rest=line[3:]
        line='•\t '+rest.replace(' ','\t')
    out.append(line)
open(dst,'w',encoding='utf-8').write('\n'.join(out))
