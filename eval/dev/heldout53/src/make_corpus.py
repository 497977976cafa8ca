# regenerates corpus/ from src/*.src (the '¦' placeholder becomes a TAB, as in PDF-extracted bullet lines)
import os
here=os.path.dirname(os.path.abspath(__file__))
m={'nidderwald-transferkatalog.src':'nidderwald-transferkatalog.txt',
'nidderwald-bildungskommunen-arbeitspakete.src':'nidderwald-bildungskommunen-arbeitspakete.txt',
'nidderwald-zielvereinbarung-talk.src':'nidderwald-zielvereinbarung-talk.txt',
'nidderwald-lenkungsgruppe-protokoll-2024-05.src':'nidderwald-lenkungsgruppe-protokoll-2024-05.md',
'nidderwald-bildungsbuero-folien-2024.src':'nidderwald-bildungsbuero-folien-2024.txt'}
for a,b in m.items():
    s=open(os.path.join(here,a),encoding='utf-8').read().replace('¦','\t')
    open(os.path.join(here,'..','corpus',b),'w',encoding='utf-8').write(s)
