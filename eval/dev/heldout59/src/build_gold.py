"""Builds gold/*.json from hand-written specs: entity lines are located automatically
(longest match first across all entities), relation lines from their evidence."""
import json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..'))
from validate import load_docs, find_all, ws

K='wispertau-transferkatalog'; A='wispertau-arbeitspakete'; Z='wispertau-zielvereinbarung-talm'
P='wispertau-lenkungsgruppe-protokoll-2025-02'; S='wispertau-bildungsbuero-praesentation-2025'
ALL=[K,A,Z,P,S]

def E(id, type, name, aliases=(), **kw):
    d=dict(id=id, type=type, name=name, aliases=list(aliases)); d.update(kw); return d

ENTS = [
# Municipalities
E('lk-wispertau','Municipality','Landkreis Wispertau',['Landkreises Wispertau','Landkreis','Landkreises','Kreis','Kreises']),
E('stadt-marbenau','Municipality','Stadt Marbenau',['Sonderstatusstadt Marbenau','Marbenau','Sonderstatusstadt']),
E('stadt-hainsfeld','Municipality','Kreisstadt Hainsfeld',['Hainsfeld']),
E('kirchweissbach','Municipality','Kirchweißbach',['Kirchweifbach']),
E('obertiefenrod','Municipality','Obertiefenrod'),
E('erlenrod','Municipality','Erlenrod'),
# Bodies
E('kreisausschuss','Body','Kreisausschuss des Landkreises Wispertau',['Kreisausschuss']),
E('kreistag','Body','Kreistag',['Kreistages'], note='Kreistag of the Landkreis Wispertau.'),
E('ausschuss-sbk','Body','Ausschuss für Schule, Bildung und Kultur',['Ausschuss fiir Schule, Bildung und Kultur']),
E('jugendhilfeausschuss','Body','Jugendhilfeausschuss'),
E('magistrat-marbenau','Body','Magistrat der Stadt Marbenau',['Magistrat','Magistrats']),
E('lenkungsgruppe','Body','Lenkungsgruppe Bildungsregion Wispertau',['Lenkungsgruppe']),
E('bildungsbeirat','Body','Bildungsbeirat Wispertau',['Bildungsbeirat','Bildungsbeirates','Bildungsbeirats','Beirat']),
E('bildungsregion','Body','Bildungsregion Wispertau',['Bildungsregion'], note='Cooperation network of Landkreis, Sonderstatusstadt and municipalities; typed Body (Netzwerk).'),
E('fachforum-fb','Body','Fachforum Frühe Bildung'),
E('fachforum-usb','Body','Fachforum Übergang Schule–Beruf',['OloV-Steuerungsgruppe','regionale OloV-Steuerungsgruppe','regionalen OloV-Steuerungsgruppe'],
  note='The forum is at the same time the regional OloV-Steuerungsgruppe (K mask 4.3.3.1, S slide 3); merged.'),
E('fachforum-lll','Body','Fachforum Lebenslanges Lernen'),
E('betriebskommission-vhs','Body','Betriebskommission der Volkshochschule'),
E('kreiselternbeirat','Body','Kreiselternbeirat',['Kreiselternbeirats']),
E('bildungskonferenz','Body','Bildungskonferenz',['jährlichen Bildungskonferenz'], note='Annual education conference of Landkreis and Stadt Marbenau.'),
E('buergermeisterdienstversammlung','Body','Bürgermeisterdienstversammlung',['Biirgermeisterdienstversammlung']),
# Organizations
E('kreisverwaltung','Organization','Kreisverwaltung Wispertau',['Kreisverwaltung']),
E('dezernat-1','Organization','Dezernat I'),
E('dezernat-2','Organization','Dezernat II – Schule, Bildung, Jugend',['Dezernat II','Bildungsdezernat']),
E('fb40','Organization','Fachbereich 40 Schule und Bildung',['FB 40 Schule und Bildung','Fachbereich 40','Fachbereichs 40']),
E('fd401','Organization','Fachdienst 40.1 Schulverwaltung und Schulentwicklungsplanung',['FD 40.1 Schulverwaltung und Schulentwicklungsplanung']),
E('fd402','Organization','Fachdienst 40.2 Bildungskoordination',['FD 40.2 Bildungskoordination','Fachdienstes 40.2 Bildungskoordination','Fachdienst 40.2','FD 40.2','Bildungsbüro','Bildungsbüros']),
E('fd-integration','Organization','Fachdienst Integration'),
E('wirtschaftsfoerderung','Organization','Wirtschaftsförderung des Kreises',['Wirtschaftsforderung des Kreises']),
E('pressestelle','Organization','Pressestelle des Landkreises'),
E('kreisjugendamt','Organization','Kreisjugendamt',['Kreisjugendamts','Jugendamt','FB 51 Kreisjugendamt']),
E('vhs','Organization','Volkshochschule Wispertau',['VHS Wispertau','Volkshochschule','VHS','Eigenbetrieb Volkshochschule Wispertau']),
E('kjc','Organization','Kommunales Jobcenter Wispertau',['Kommunalen Jobcenter Wispertau','Kommunales Jobcenter','Kommunalen Jobcenter','Kommunalen Jobcenters','Jobcenter','Jobcenters','FB 55 Kommunales Jobcenter']),
E('ssa','Organization','Staatliches Schulamt für den Landkreis Wispertau und die Stadt Marbenau',['Staatliches Schulamt','Staatlichen Schulamt','Staatliche Schulamt']),
E('schulamt-marbenau','Organization','Schulamt der Stadt Marbenau',['Schulamts der Stadt Marbenau','städtische Schulamt',('Schulamt',[K,S])]),
E('hkm','Organization','Hessisches Kultusministerium'),
E('hsl','Organization','Hessisches Statistisches Landesamt',['Hessische Statistische Landesamt']),
E('land-hessen','Organization','Land Hessen'),
E('talm','Organization','Transferagentur Lahn-Main für Kommunales Bildungsmanagement',['Transferagentur Lahn-Main fiir Kommunales Bildungsmanagement','Transferagentur Lahn-Main','TALM','Transferagentur','Agentur']),
E('ibk','Organization','Institut für Bildungslandschaften und Kommunalberatung e.V.',['Instituts für Bildungslandschaften und Kommunalberatung e.V.','IBK e.V.','IBK']),
E('bmbf','Organization','Bundesministerium für Bildung und Forschung',['Bundesministeriums fiir Bildung und Forschung','BMBF']),
E('eu','Organization','Europäische Union',['Europaischen Union']),
E('afa','Organization','Agentur für Arbeit Marbenau',['Agentur fiir Arbeit Marbenau','Agentur fiir Arbeit']),
E('ihk','Organization','Industrie- und Handelskammer Marbenau',['IHK Marbenau','IHK']),
E('hwk','Organization','Handwerkskammer Mittellahn',['HWK Mittellahn','HWK','Handwerkskammer',('Kammer',[K])]),
E('th','Organization','Technische Hochschule Marbenau',['Technischen Hochschule Marbenau','TH Marbenau','Technische Hochschule','Hochschule']),
E('ibr','Organization','Institut für Bildungsforschung und Regionalentwicklung',['Instituts für Bildungsforschung und Regionalentwicklung','Institut fiir Bildungsforschung und Regionalentwicklung','IBR']),
E('stiftung','Organization','Ottilie-Brenner-Stiftung',['Stiftung']),
E('bildungswerk','Organization','Bildungswerk Wispertauer Land e.V.',['Bildungswerks Wispertauer Land e.V.','Bildungswerks Wispertauer Land','Bildungswerk']),
E('ggmbh','Organization','Werkstatt Zukunft Wispertau gGmbH',['Werkstatt Zukunft gGmbH','gGmbH']),
# Programmes
E('bildungskommunen','Programme','Bildungskommunen',['Forderprogramm Bildungskommunen']),
E('bildung-integriert','Programme','Bildung integriert'),
E('esf-plus','Programme','ESF Plus'),
E('transferinitiative','Programme','Transferinitiative Kommunales Bildungsmanagement'),
E('olov','Programme','OloV', note='Hessian Landesstrategie OloV (Übergang Schule–Beruf); expansion not given in the text.'),
E('pakt-ganztag','Programme','Pakt für den Ganztag'),
E('hessencampus','Programme','HESSENCAMPUS'),
E('leselotsen','Programme','Leselotsen Wispertau'),
E('elternbruecke','Programme','ElternBrücke',['ElternBriicke']),
# Transfer objects
E('to-4.2.3.1','TransferObject','Gemeindesteckbriefe Bildung',['Gemeindesteckbriefe']),
E('to-4.3.3.1','TransferObject','Fachforen der Bildungsregion',[('Fachforen',[K])]),
E('to-4.5.3.1','TransferObject','Berufsorientierungswoche „Werkstatttage Handwerk“',['Werkstatttage Handwerk','Werkstatttage']),
]

def PERS(id,name,aliases,role,aff,**kw):
    return E(id,'Person',name,aliases,role=role,affiliation=aff,**kw)
ENTS += [
PERS('wiesmann-kuhl','Dr. Annegret Wiesmann-Kuhl',['Dr. A. Wiesmann-Kuhl','Landrätin','Landratin'],'Landrätin; Vorsitzende des Kreisausschusses und der Lenkungsgruppe','Landkreis Wispertau'),
PERS('dannenfeld','Holger Dannenfeld',['H. Dannenfeld','Herrn Dannenfeld','Herr Dannenfeld','Erster Kreisbeigeordneter','Erste Kreisbeigeordnete','Ersten Kreisbeigeordneten'],'Erster Kreisbeigeordneter, Dezernent für Schule, Bildung und Jugend','Landkreis Wispertau'),
PERS('arslan-bock','Sevgi Arslan-Bock',['S. Arslan-Bock','Frau Arslan-Bock'],'ehrenamtliche Kreisbeigeordnete, Dezernentin für Integration und Ehrenamt','Kreisausschuss des Landkreises Wispertau'),
PERS('pfannmueller','Werner Pfannmüller',['W. Pfannmüller'],'ehrenamtlicher Kreisbeigeordneter (Kultur und Weiterbildung); Vorsitz der Betriebskommission der Volkshochschule','Kreisausschuss des Landkreises Wispertau'),
PERS('lindemann-ochs','Petra Lindemann-Ochs',[],'Vorsitzende des Ausschusses für Schule, Bildung und Kultur','Kreistag'),
PERS('stumpf','Karl-Heinz Stumpf',[],'Vorsitzender des Jugendhilfeausschusses','Jugendhilfeausschuss'),
PERS('reinhardt','Dr. Tobias Reinhardt',['Herr Dr. Reinhardt'],'Fachbereichsleiter','Fachbereich 40 Schule und Bildung'),
PERS('vollmer-seidel','Katharina Vollmer-Seidel',['Frau Vollmer-Seidel','K. Vollmer-Seidel'],'Leiterin Fachdienst 40.2 Bildungskoordination (Bildungsbüro); Geschäftsführung der Lenkungsgruppe','Fachdienst 40.2 Bildungskoordination'),
PERS('pietsch','Jonas Pietsch',['Herr Pietsch','J. Pietsch'],'Bildungsmonitoring','Fachdienst 40.2 Bildungskoordination'),
PERS('demirci','Leyla Demirci',[],'Bildungskoordination für Neuzugewanderte','Fachdienst 40.2 Bildungskoordination'),
PERS('weissgerber','Ronja Weißgerber',[],'BNE-Koordinatorin','Fachdienst 40.2 Bildungskoordination'),
PERS('bechtold','Frank Bechtold',[],'Amtsleiter; Moderation Fachforum Frühe Bildung','Kreisjugendamt'),
PERS('heckmann','Sabine Heckmann',[],'Jugendhilfeplanerin','Kreisjugendamt'),
PERS('kolb','Dr. Renate Kolb',['Frau Dr. Kolb'],'Betriebsleiterin','Volkshochschule Wispertau'),
PERS('marquardt','Stefan Marquardt',[],'Geschäftsführer','Kommunales Jobcenter Wispertau'),
PERS('yilmaz','Daniel Yilmaz',[],'Teamleiter U25','Kommunales Jobcenter Wispertau'),
PERS('hallmann','Dr. Gernot Hallmann',['Dr. Hallmann'],'Leitender Schulamtsdirektor','Staatliches Schulamt für den Landkreis Wispertau und die Stadt Marbenau'),
PERS('brueckner','Ines Brückner',[],'Schulamtsdirektorin, Dezernat Übergang Schule–Beruf','Staatliches Schulamt für den Landkreis Wispertau und die Stadt Marbenau'),
PERS('hofacker','Jens Hofacker',[('Oberbiirgermeisters',[A])],'Oberbürgermeister','Stadt Marbenau'),
PERS('kessler','Christoph Kessler',['Herr Kessler'],'Leiter (Amtsleiter) des Schulamts der Stadt Marbenau','Schulamt der Stadt Marbenau'),
PERS('treuheit','Dr. Marion Treuheit',[],'Leiterin der Transferagentur','Transferagentur Lahn-Main für Kommunales Bildungsmanagement'),
PERS('ebner','Lukas Ebner',['Herrn Ebner','Herr Ebner'],'Prozessbegleiter Mittelhessen','Transferagentur Lahn-Main für Kommunales Bildungsmanagement'),
PERS('lichtenberg','Prof. Dr. Hanna Lichtenberg',['Prof. Dr. H. Lichtenberg','Prof. Dr. Lichtenberg'],'Leiterin des IBR; Vorsitzende des Bildungsbeirats','Institut für Bildungsforschung und Regionalentwicklung (TH Marbenau)'),
PERS('landgraf','Achim Landgraf',[],'Hauptgeschäftsführer','Handwerkskammer Mittellahn'),
PERS('sommerlad','Nadine Sommerlad',[],'Vertreterin der IHK Marbenau (Gast der nächsten Sitzung)','Industrie- und Handelskammer Marbenau'),
PERS('ostermann','Birgit Ostermann',[],'Vorsitzende der Geschäftsführung','Agentur für Arbeit Marbenau'),
PERS('rosenthal','Anke Rosenthal',[],'Geschäftsführerin; Moderation Fachforum Frühe Bildung','Bildungswerk Wispertauer Land e.V.'),
PERS('vogelsang','Markus Vogelsang',[],'Geschäftsführer','Werkstatt Zukunft Wispertau gGmbH'),
PERS('gerlach','Uwe Gerlach',[],'Bürgermeister; stellvertretender Vorsitzender des Bildungsbeirats','Kreisstadt Hainsfeld'),
PERS('ortmann','Dr. Felix Ortmann',[],'begleitet die Evaluation der HESSENCAMPUS-Lernzentren','Institut für Bildungsforschung und Regionalentwicklung'),
]
# Action fields
ENTS += [
E('af-fruehe-bildung','ActionField','Frühe Bildung',['Früher Bildung','Friihe Bildung']),
E('af-usb','ActionField','Übergang Schule–Beruf',['Ubergang Schule-Beruf','Übergangs Schule–Beruf']),
E('af-bne','ActionField','Bildung für nachhaltige Entwicklung',['Bildung fiir nachhaltige Entwicklung','BNE']),
E('af-lll','ActionField','Lebenslanges Lernen',['Lebenslange Lernen']),
E('af-integration','ActionField','Integration durch Bildung'),
E('af-monitoring','ActionField','Bildungsmonitoring',['Bildungsmonitorings']),
E('af-digital','ActionField','Digitale Bildung'),
E('af-fachkraefte','ActionField','Fachkräftesicherung',['Fachkraftesicherung']),
E('af-ganztag','ActionField','Ganztag'),
E('af-berufsorientierung','ActionField','Berufsorientierung'),
E('af-familienbildung','ActionField','Familienbildung und Elternarbeit'),
]
# Measures: work packages
APS = [
 (1,'Projektsteuerung und Anbindung an die Bildungsregion',None),
 (2,'Bildungsmonitoring und Gemeindesteckbriefe',None),
 (3,'Kommunaler Bildungsbericht 2026',None),
 (4,'Geschäftsführung der Gremien','Geschaftsfiihrung der Gremien'),
 (5,'Fachforen und Netzwerke',None),
 (6,'Frühe Bildung und Übergang Kita-Grundschule','Friihe Bildung und Ubergang Kita-Grundschule'),
 (7,'Übergang Schule-Beruf','Ubergang Schule-Beruf'),
 (8,'Fachkräftesicherung und Berufsorientierung','Fachkraftesicherung und Berufsorientierung'),
 (9,'Bildung für nachhaltige Entwicklung (BNE)','Bildung fiir nachhaltige Entwicklung (BNE)'),
 (10,'Lebenslanges Lernen und Weiterbildungsberatung',None),
 (11,'Integration durch Bildung',None),
 (12,'Kooperation mit der Sonderstatusstadt Marbenau',None),
 (13,'Transfer und Öffentlichkeitsarbeit','Transfer und Offentlichkeitsarbeit'),
]
for n,title,ocr in APS:
    al=[f'AP {n}']
    kw={}
    if ocr:
        al.insert(0,f'AP {n} {ocr}'); kw['name_normalised']=True
    ENTS.append(E(f'ap{n}','Measure',f'AP {n} {title}',al,**kw))
GOALS = [
 ('z1','Z1','Verstetigung des Bildungsmonitorings als Grundlage des datenbasierten Bildungsmanagements'),
 ('z2','Z2','Stärkung der Diskursstrukturen der Bildungsregion'),
 ('z3','Z3','Kohärente Gestaltung des Übergangs Schule–Beruf'),
 ('z4','Z4','Verankerung von Bildung für nachhaltige Entwicklung in der Bildungsregion'),
 ('z5','Z5','Integration durch Bildung: Transparenz für Neuzugewanderte'),
]
for id,nr,title in GOALS:
    ENTS.append(E(id,'Measure',title,[nr], note=f'Goal {nr} of Anlage 1 (goal/measure table).'))
MS = [
 ('m1-1','M 1.1','Fortschreibung der Gemeindesteckbriefe Bildung mit Indikatoren zu BNE und Ganztag'),
 ('m1-2','M 1.2','Konzeption des Bildungsberichts 2026 mit Schwerpunkt Übergänge'),
 ('m2-1','M 2.1','Überarbeitung der Geschäftsordnung des Bildungsbeirats'),
 ('m2-2','M 2.2','Qualifizierung der Moderationstandems der Fachforen'),
 ('m3-1','M 3.1','Abgleich der OloV-Vereinbarung mit dem Arbeitsmarktprogramm des Kommunalen Jobcenters'),
 ('m3-2','M 3.2','Peer-Austausch mit zwei anderen Bildungskommunen zur Berufsorientierung'),
 ('m4-1','M 4.1','Bestandsaufnahme außerschulischer BNE-Lernorte'),
 ('m4-2','M 4.2','BNE als Querschnittsthema in allen drei Fachforen'),
 ('m5-1','M 5.1','Aktualisierung der Übersicht über Sprachkurs- und Qualifizierungsangebote'),
]
for id,nr,title in MS:
    ENTS.append(E(id,'Measure',f'{nr} {title}',[nr]))

# occurrences to drop: (entity, doc, line-containing-text)
DROP = [
 ('bildungskommunen', Z, 'anderen Bildungskommunen'),
 ('bildungskommunen', A, 'Austausch mit anderen Bildungskommunen'),
 ('to-4.5.3.1', S, 'Werkstatttage Pflege'),
]

RELS = []
def R(s,p,o,doc,ev,role=None,note=None,occ=0):
    RELS.append(dict(subject=s,predicate=p,object=o,doc=doc,evidence=ev,role=role,note=note,occ=occ))

# ---------------- K: transfer catalogue
R('lk-wispertau','participatesIn','bildungsregion',K,'Mit der Bildungsregion Wispertau haben sich der Landkreis,')
R('stadt-marbenau','participatesIn','bildungsregion',K,'die Sonderstatusstadt Marbenau und die kreisangehörigen')
R('lk-wispertau','participatesIn','bildung-integriert',K,'Was als Vorhaben im Bundesprogramm „Bildung integriert“ begann',note='"Vorhaben" = the Bildungsregion of the Landkreis (previous sentence).')
R('lk-wispertau','participatesIn','bildungskommunen',K,'wird seit 2023 im Förderprogramm „Bildungskommunen“ fortgeführt',note='subject carried over from the previous sentence')
R('talm','cooperatesWith','lk-wispertau',K,'Begleitet wurde die Dokumentation von der Transferagentur Lahn-Main',note='accompanies the Landkreis in documenting its transfer objects')
R('dannenfeld','memberOf','lk-wispertau',K,'Holger Dannenfeld Erster Kreisbeigeordneter',role='Erster Kreisbeigeordneter, Dezernent für Schule, Bildung und Jugend',note='signature of the foreword')
R('wirtschaftsfoerderung','subOrganizationOf','lk-wispertau',K,'der Wirtschaftsförderung des Kreises')
R('lk-wispertau','cooperatesWith','ssa',K,'im Pakt für den Ganztag gemeinsam mit dem Staatlichen Schulamt bearbeitet',note='subject: the Bildungsregion/Landkreis')
R('kreisausschuss','subOrganizationOf','lk-wispertau',K,'Kreisausschuss des Landkreises Wispertau, dem kollegialen Verwaltungsorgan des Kreises')
R('kreisausschuss','chairedBy','wiesmann-kuhl',K,'Den Vorsitz führt Landrätin Dr. Annegret Wiesmann-Kuhl')
R('wiesmann-kuhl','memberOf','kreisausschuss',K,'Den Vorsitz führt Landrätin Dr. Annegret Wiesmann-Kuhl',role='Landrätin (Vorsitz)')
R('dannenfeld','memberOf','kreisausschuss',K,'ihm gehören außerdem der hauptamtliche Erste Kreisbeigeordnete Holger Dannenfeld',role='hauptamtlicher Erster Kreisbeigeordneter',note='"ihm" = Kreisausschuss')
R('dannenfeld','memberOf','dezernat-2',K,'Das Bildungsdezernat (Schule, Bildung und Jugend) liegt bei Herrn Dannenfeld',role='Dezernent')
R('arslan-bock','memberOf','kreisausschuss',K,'Sevgi Arslan-Bock, ehrenamtliche Kreisbeigeordnete',role='ehrenamtliche Kreisbeigeordnete, Dezernentin für Integration und Ehrenamt')
R('pfannmueller','memberOf','kreisausschuss',K,'Werner Pfannmüller, ebenfalls ehrenamtlich',role='ehrenamtlicher Kreisbeigeordneter, zuständig für Kultur und Weiterbildung')
R('betriebskommission-vhs','chairedBy','pfannmueller',K,'leitet zugleich die Betriebskommission der Volkshochschule')
R('betriebskommission-vhs','subOrganizationOf','vhs',K,'Betriebskommission der Volkshochschule')
R('ausschuss-sbk','subOrganizationOf','kreistag',K,'Der Kreistag berät Bildungsfragen in seinem Ausschuss für Schule, Bildung und Kultur')
R('ausschuss-sbk','chairedBy','lindemann-ochs',K,'(Vorsitz: Petra Lindemann-Ochs)')
R('lindemann-ochs','memberOf','ausschuss-sbk',K,'(Vorsitz: Petra Lindemann-Ochs)',role='Vorsitzende')
R('jugendhilfeausschuss','chairedBy','stumpf',K,'Jugendhilfeausschuss vorberaten, dem Karl-Heinz Stumpf vorsitzt')
R('stumpf','memberOf','jugendhilfeausschuss',K,'dem Karl-Heinz Stumpf vorsitzt',role='Vorsitzender')
R('fd402','subOrganizationOf','fb40',K,'Er ist im Fachbereich 40 Schule und Bildung der Kreisverwaltung',note='"Er" = Fachdienst 40.2 (previous sentence)')
R('fb40','subOrganizationOf','kreisverwaltung',K,'im Fachbereich 40 Schule und Bildung der Kreisverwaltung')
R('fd401','subOrganizationOf','fb40',K,'zu dem auch der Fachdienst 40.1 Schulverwaltung und Schulentwicklungsplanung gehört')
R('vollmer-seidel','memberOf','fd402',K,'Geleitet wird das Bildungsbüro von Katharina Vollmer-Seidel',role='Leiterin')
R('fd402','cooperatesWith','kreisjugendamt',K,'Eng verzahnt ist es mit dem Kreisjugendamt')
R('fd402','cooperatesWith','vhs',K,'mit der Volkshochschule Wispertau, die als Eigenbetrieb des Landkreises geführt wird')
R('vhs','subOrganizationOf','lk-wispertau',K,'die als Eigenbetrieb des Landkreises geführt wird',note='Eigenbetrieb')
R('fd402','cooperatesWith','kjc',K,'und mit dem Kommunalen Jobcenter Wispertau')
R('kjc','carriedBy','lk-wispertau',K,'das der Landkreis als Optionskommune in eigener Verantwortung betreibt')
R('lenkungsgruppe','chairedBy','wiesmann-kuhl',K,'Sie tagt viermal jährlich unter Vorsitz der Landrätin')
R('dannenfeld','memberOf','lenkungsgruppe',K,'Mitglieder sind neben dem Ersten Kreisbeigeordneten',role='Erster Kreisbeigeordneter')
R('fb40','participatesIn','lenkungsgruppe',K,'die Leitungen des Fachbereichs 40',role='Leitung')
R('kreisjugendamt','participatesIn','lenkungsgruppe',K,'des Kreisjugendamts, der VHS und des Jobcenters',role='Leitung')
R('vhs','participatesIn','lenkungsgruppe',K,'des Kreisjugendamts, der VHS und des Jobcenters',role='Leitung')
R('kjc','participatesIn','lenkungsgruppe',K,'des Kreisjugendamts, der VHS und des Jobcenters',role='Leitung')
R('schulamt-marbenau','participatesIn','lenkungsgruppe',K,'der Leiter des Schulamts der Stadt Marbenau',role='Leiter')
R('ssa','participatesIn','lenkungsgruppe',K,'als staatlicher Partner das Staatliche Schulamt')
R('afa','participatesIn','bildungsbeirat',K,'unter anderem die Agentur für Arbeit Marbenau')
R('ihk','participatesIn','bildungsbeirat',K,'die Industrie- und Handelskammer Marbenau')
R('hwk','participatesIn','bildungsbeirat',K,'die Handwerkskammer Mittellahn, die Technische Hochschule Marbenau')
R('th','participatesIn','bildungsbeirat',K,'die Handwerkskammer Mittellahn, die Technische Hochschule Marbenau')
R('kreiselternbeirat','participatesIn','bildungsbeirat',K,'der Kreiselternbeirat sowie')
R('bildungsbeirat','chairedBy','lichtenberg',K,'Den Vorsitz hat Prof. Dr. Hanna Lichtenberg inne')
R('lichtenberg','memberOf','ibr',K,'Leiterin des Instituts für Bildungsforschung und Regionalentwicklung (IBR)',role='Leiterin')
R('ibr','subOrganizationOf','th',K,'(IBR) an der TH Marbenau')
R('schulamt-marbenau','subOrganizationOf','stadt-marbenau',K,'Die Sonderstatusstadt Marbenau, die für ihre Schulen ein eigenes Schulamt unterhält')
R('stadt-marbenau','participatesIn','bildungsregion',K,'ist über ihren Magistrat in die Bildungsregion eingebunden')
R('magistrat-marbenau','subOrganizationOf','stadt-marbenau',K,'ist über ihren Magistrat in die Bildungsregion eingebunden',note='"ihren" = Sonderstatusstadt Marbenau')
R('hofacker','memberOf','stadt-marbenau',K,'Oberbürgermeister Jens Hofacker',role='Oberbürgermeister')
R('bildungskonferenz','chairedBy','hofacker',K,'laden gemeinsam zur jährlichen Bildungskonferenz ein',note='convened jointly by the Oberbürgermeister and the Landrätin')
R('bildungskonferenz','chairedBy','wiesmann-kuhl',K,'laden gemeinsam zur jährlichen Bildungskonferenz ein',note='convened jointly by the Oberbürgermeister and the Landrätin')
R('kessler','memberOf','schulamt-marbenau',K,'Christoph Kessler, Leiter des Schulamts der Stadt Marbenau',role='Leiter')
R('talm','cooperatesWith','lk-wispertau',K,'Seit 2022 begleitet die Transferagentur Lahn-Main den Landkreis')
R('talm','carriedBy','ibk',K,'Getragen wird die Agentur vom Institut für Bildungslandschaften und Kommunalberatung e.V.')
R('talm','participatesIn','transferinitiative',K,'gefördert wird sie im Rahmen der Transferinitiative Kommunales Bildungsmanagement')
R('talm','fundedBy','bmbf',K,'vom Bundesministerium für Bildung und Forschung')
R('leselotsen','carriedBy','stiftung',K,'liegt in der Trägerschaft der Ottilie-Brenner-Stiftung')
R('elternbruecke','carriedBy','bildungswerk',K,'„ElternBrücke“ führt das Bildungswerk Wispertauer Land e.V. im Auftrag des Kreisjugendamts durch')
R('bildungswerk','cooperatesWith','kreisjugendamt',K,'Bildungswerk Wispertauer Land e.V. im Auftrag des Kreisjugendamts',note='commissioned by the Kreisjugendamt')
# mask 4.2.3.1
for o,ev in [('fd402','Fachdienst 40.2 Bildungskoordination (Bildungsmonitoring, Federführung)'),
             ('hsl','Hessisches Statistisches Landesamt (Bevölkerungs- und Schulstatistik)'),
             ('ssa','Staatliches Schulamt für den Landkreis Wispertau und die Stadt Marbenau (Übergangsquoten)'),
             ('kreisjugendamt','Kreisjugendamt (Kita-Betreuungsquoten, Kindertagespflege)'),
             ('kjc','Kommunales Jobcenter Wispertau (SGB-II-Quoten der unter 25-Jährigen)'),
             ('ibr','IBR der TH Marbenau (methodische Beratung)')]:
    R('to-4.2.3.1','involvesActor',o,K,ev)
R('ibr','subOrganizationOf','th',K,'IBR der TH Marbenau (methodische Beratung)')
# mask 4.3.3.1
R('kreisjugendamt','participatesIn','fachforum-fb',K,'Das Fachforum Frühe Bildung wird gemeinsam vom Kreisjugendamt und dem Bildungswerk Wispertauer Land e.V. moderiert',role='Moderation')
R('bildungswerk','participatesIn','fachforum-fb',K,'Das Fachforum Frühe Bildung wird gemeinsam vom Kreisjugendamt und dem Bildungswerk Wispertauer Land e.V. moderiert',role='Moderation')
R('ssa','participatesIn','fachforum-usb',K,'Für das Fachforum Übergang Schule–Beruf teilen sich das Staatliche Schulamt und das Kommunale Jobcenter die Moderation',role='Moderation')
R('kjc','participatesIn','fachforum-usb',K,'Für das Fachforum Übergang Schule–Beruf teilen sich das Staatliche Schulamt und das Kommunale Jobcenter die Moderation',role='Moderation')
R('fachforum-usb','participatesIn','olov',K,'Forum ist zugleich die regionale OloV-Steuerungsgruppe im Sinne der hessischen Landesstrategie OloV')
R('vhs','participatesIn','fachforum-lll',K,'Im Fachforum Lebenslanges Lernen wechseln sich Volkshochschule und Technische Hochschule in der Moderation ab',role='Moderation')
R('th','participatesIn','fachforum-lll',K,'Im Fachforum Lebenslanges Lernen wechseln sich Volkshochschule und Technische Hochschule in der Moderation ab',role='Moderation')
R('magistrat-marbenau','cooperatesWith','fd402',K,'lädt der Magistrat der Stadt Marbenau seine Netzwerke gemeinsam mit dem Bildungsbüro ein')
for o,ev in [('fd402','Bildungsbüro (Geschäftsführung)'),
             ('kreisjugendamt','Kreisjugendamt und Bildungswerk Wispertauer Land e.V. (Frühe Bildung)'),
             ('bildungswerk','Kreisjugendamt und Bildungswerk Wispertauer Land e.V. (Frühe Bildung)'),
             ('ssa','Staatliches Schulamt, Kommunales Jobcenter, Agentur für Arbeit Marbenau'),
             ('kjc','Staatliches Schulamt, Kommunales Jobcenter, Agentur für Arbeit Marbenau'),
             ('afa','Agentur für Arbeit Marbenau, HWK Mittellahn, IHK Marbenau (Übergang Schule–Beruf)'),
             ('hwk','Agentur für Arbeit Marbenau, HWK Mittellahn, IHK Marbenau (Übergang Schule–Beruf)'),
             ('ihk','Agentur für Arbeit Marbenau, HWK Mittellahn, IHK Marbenau (Übergang Schule–Beruf)'),
             ('vhs','VHS Wispertau, Technische Hochschule Marbenau (Lebenslanges Lernen)'),
             ('th','VHS Wispertau, Technische Hochschule Marbenau (Lebenslanges Lernen)'),
             ('lenkungsgruppe','Lenkungsgruppe und Bildungsbeirat als Auftraggeber bzw. Adressaten'),
             ('bildungsbeirat','Lenkungsgruppe und Bildungsbeirat als Auftraggeber bzw. Adressaten')]:
    R('to-4.3.3.1','involvesActor',o,K,ev)
# mask 4.5.3.1
R('to-4.5.3.1','carriedBy','ggmbh',K,'Getragen werden die Werkstatttage von der Werkstatt Zukunft Wispertau gGmbH')
R('ggmbh','cooperatesWith','hwk',K,'die sie in Kooperation mit der Handwerkskammer Mittellahn und Innungsbetrieben aus dem Kreis durchführt')
R('to-4.5.3.1','fundedBy','stiftung',K,'Finanziert wird das Angebot zu gleichen Teilen von der Ottilie-Brenner-Stiftung und vom Kommunalen Jobcenter Wispertau')
R('to-4.5.3.1','fundedBy','kjc',K,'Finanziert wird das Angebot zu gleichen Teilen von der Ottilie-Brenner-Stiftung und vom Kommunalen Jobcenter Wispertau')
for o,ev in [('ggmbh','Werkstatt Zukunft Wispertau gGmbH (Träger)'),
             ('hwk','Handwerkskammer Mittellahn mit Berufsbildungszentrum, Innungsbetriebe'),
             ('stiftung','Ottilie-Brenner-Stiftung, Kommunales Jobcenter Wispertau (Finanzierung)'),
             ('kjc','Ottilie-Brenner-Stiftung, Kommunales Jobcenter Wispertau (Finanzierung)'),
             ('ssa','Staatliches Schulamt, Schulen der Sekundarstufe I'),
             ('fachforum-usb','Fachforum Übergang Schule–Beruf (fachliche Begleitung)')]:
    R('to-4.5.3.1','involvesActor',o,K,ev)

# ---------------- A: work packages (applicant = Landkreis Wispertau, named in the header)
R('lk-wispertau','participatesIn','bildungskommunen',A,'Antrag im Forderprogramm Bildungskommunen (ESF Plus) - Landkreis Wispertau')
R('stadt-marbenau','cooperatesWith','lk-wispertau',A,'Die Sonderstatusstadt Marbenau beteiligt sich als Kooperationspartnerin')
R('ap1','carriedBy','fd402',A,'unter Federfiihrung des Fachdienstes 40.2 Bildungskoordination',note='"unter Federführung" read as carriedBy (responsible unit)')
R('fd402','subOrganizationOf','fb40',A,'Fachdienstes 40.2 Bildungskoordination im Fachbereich 40 Schule und Bildung')
R('ibr','subOrganizationOf','th',A,'Institut fiir Bildungsforschung und Regionalentwicklung der Technischen Hochschule Marbenau')
R('lk-wispertau','cooperatesWith','stadt-marbenau',A,'jahrliche Bildungskonferenz gemeinsam mit der Stadt Marbenau')
R('stadt-marbenau','participatesIn','bildungskonferenz',A,'jahrliche Bildungskonferenz gemeinsam mit der Stadt Marbenau')
R('lenkungsgruppe','chairedBy','wiesmann-kuhl',A,'Die Lenkungsgruppe, der die Landratin vorsitzt')
R('th','participatesIn','bildungsbeirat',A,'der Beirat, in dem u.a. Kammern, Hochschule, Agentur fiir Arbeit und freie Trager vertreten sind')
R('afa','participatesIn','bildungsbeirat',A,'der Beirat, in dem u.a. Kammern, Hochschule, Agentur fiir Arbeit und freie Trager vertreten sind')
R('lk-wispertau','cooperatesWith','ssa',A,'gemeinsam mit dem Kreisjugendamt und dem Staatlichen Schulamt')
R('elternbruecke','carriedBy','bildungswerk',A,'Elternbegleitprogramm ElternBriicke des Bildungswerks Wispertauer Land e.V.')
R('lk-wispertau','participatesIn','fachforum-usb',A,'Mitarbeit in der regionalen OloV-Steuerungsgruppe')
R('lk-wispertau','cooperatesWith','afa',A,'Zusammenarbeit mit dem Kommunalen Jobcenter Wispertau, der Agentur fiir Arbeit Marbenau')
R('to-4.5.3.1','carriedBy','ggmbh',A,'Werkstatttage Handwerk, die von der Werkstatt Zukunft Wispertau gGmbH getragen werden')
R('lk-wispertau','cooperatesWith','hwk',A,'Gemeinsam mit der Handwerkskammer Mittellahn und der IHK Marbenau')
R('lk-wispertau','cooperatesWith','ihk',A,'Gemeinsam mit der Handwerkskammer Mittellahn und der IHK Marbenau')
R('wirtschaftsfoerderung','subOrganizationOf','lk-wispertau',A,'Wirtschaftsforderung des Kreises')
R('lk-wispertau','cooperatesWith','stiftung',A,'Kooperation mit der Ottilie-Brenner-Stiftung')
R('vhs','participatesIn','hessencampus',A,'gemeinsam mit der VHS Wispertau im Rahmen von HESSENCAMPUS')
R('vhs','subOrganizationOf','lk-wispertau',A,'Die Volkshochschule ist als Eigenbetrieb des Landkreises Partnerin des Vorhabens')
R('lk-wispertau','cooperatesWith','schulamt-marbenau',A,'gemeinsame Datengrundlagen mit dem Schulamt der Stadt Marbenau')
R('lk-wispertau','cooperatesWith','magistrat-marbenau',A,'regelmaBige Abstimmung mit dem Magistrat')
R('lk-wispertau','cooperatesWith','stadt-marbenau',A,'Kooperationsvertrag zwischen Landkreis und Sonderstatusstadt')
R('lk-wispertau','cooperatesWith','talm',A,'Zusammenarbeit mit der Transferagentur Lahn-Main fiir Kommunales Bildungsmanagement (TALM)')
R('lk-wispertau','participatesIn','bildung-integriert',A,'Vorgéngerprogramms Bildung integriert')
R('lk-wispertau','fundedBy','bmbf',A,'Das Vorhaben wird aus Mitteln des Bundesministeriums fiir Bildung und Forschung')
R('lk-wispertau','fundedBy','eu',A,'und der Europaischen Union iiber den ESF Plus gefordert')
R('lk-wispertau','fundedBy','esf-plus',A,'und der Europaischen Union iiber den ESF Plus gefordert')
for m,af,ev in [('ap2','af-monitoring','AP 2 Bildungsmonitoring und Gemeindesteckbriefe'),
                ('ap5','af-fruehe-bildung','drei Fachforen (Friihe Bildung, Ubergang Schule-Beruf'),
                ('ap5','af-usb','drei Fachforen (Friihe Bildung, Ubergang Schule-Beruf'),
                ('ap5','af-lll','Lebenslanges Lernen), Qualifizierung der Moderationstandems'),
                ('ap6','af-fruehe-bildung','AP 6 Friihe Bildung und Ubergang Kita-Grundschule'),
                ('ap7','af-usb','AP 7 Ubergang Schule-Beruf'),
                ('ap8','af-fachkraefte','AP 8 Fachkraftesicherung und Berufsorientierung'),
                ('ap8','af-berufsorientierung','AP 8 Fachkraftesicherung und Berufsorientierung'),
                ('ap9','af-bne','AP 9 Bildung fiir nachhaltige Entwicklung (BNE)'),
                ('ap10','af-lll','AP 10 Lebenslanges Lernen und Weiterbildungsberatung'),
                ('ap11','af-integration','AP 11 Integration durch Bildung')]:
    R(m,'addressesActionField',af,A,ev)

# ---------------- Z: target agreement
R('wiesmann-kuhl','memberOf','kreisausschuss',Z,'vertreten durch den Kreisausschuss, dieser vertreten durch die Landrätin Dr. Annegret Wiesmann-Kuhl',role='Landrätin')
R('dannenfeld','memberOf','kreisausschuss',Z,'und den Ersten Kreisbeigeordneten Holger Dannenfeld',role='Erster Kreisbeigeordneter',note='represents the Kreisausschuss (previous line)')
R('talm','carriedBy','ibk',Z,'in Trägerschaft des Instituts für Bildungslandschaften und Kommunalberatung e.V. (IBK)')
R('treuheit','memberOf','talm',Z,'vertreten durch die Leiterin der Agentur, Dr. Marion Treuheit',role='Leiterin')
R('lk-wispertau','participatesIn','bildungsregion',Z,'Der Landkreis Wispertau hat 2019 gemeinsam mit der Sonderstatusstadt Marbenau')
R('stadt-marbenau','participatesIn','bildungsregion',Z,'Der Landkreis Wispertau hat 2019 gemeinsam mit der Sonderstatusstadt Marbenau')
R('lk-wispertau','cooperatesWith','stadt-marbenau',Z,'Der Landkreis Wispertau hat 2019 gemeinsam mit der Sonderstatusstadt Marbenau')
R('lk-wispertau','participatesIn','bildungskommunen',Z,'Programm „Bildungskommunen“ will der Kreis')
R('lk-wispertau','participatesIn','bildung-integriert',Z,'im Vorgängerprogramm „Bildung integriert“ aufgebauten Strukturen')
R('talm','participatesIn','transferinitiative',Z,'Die TALM ist eine von mehreren Agenturen der vom')
R('transferinitiative','fundedBy','bmbf',Z,'Bundesministerium für Bildung und Forschung (BMBF) geförderten Transferinitiative Kommunales Bildungsmanagement')
R('lk-wispertau','cooperatesWith','talm',Z,'Die Vertragspartner arbeiten bei der Weiterentwicklung des kommunalen Bildungsmanagements')
R('talm','cooperatesWith','ssa',Z,'Sie arbeitet dabei eng mit dem Staatlichen Schulamt zusammen',note='"Sie" = die Transferagentur')
R('vollmer-seidel','memberOf','fd402',Z,'Katharina Vollmer-Seidel, Leiterin Fachdienst 40.2 Bildungskoordination',role='Leiterin')
R('pietsch','memberOf','fd402',Z,'Jonas Pietsch, Bildungsmonitoring (Fachdienst 40.2)',role='Bildungsmonitoring')
R('ebner','memberOf','talm',Z,'Für die Transferagentur: Lukas Ebner, Prozessbegleiter Mittelhessen',role='Prozessbegleiter Mittelhessen')
R('brueckner','memberOf','ssa',Z,'Ines Brückner, Schulamtsdirektorin, Dezernat Übergang Schule–Beruf',role='Schulamtsdirektorin, Dezernat Übergang Schule–Beruf')
R('wiesmann-kuhl','memberOf','lk-wispertau',Z,'Landrätin Leiterin TALM',role='Landrätin',note='signature block "Für den Landkreis Wispertau"')
R('treuheit','memberOf','talm',Z,'Landrätin Leiterin TALM',role='Leiterin',note='signature block')
R('dannenfeld','memberOf','lk-wispertau',Z,'Holger Dannenfeld Erster Kreisbeigeordneter',role='Erster Kreisbeigeordneter',note='signature block "Für den Landkreis Wispertau"')
R('hallmann','memberOf','ssa',Z,'Leitender Schulamtsdirektor, Staatliches Schulamt für den Landkreis Wispertau und die Stadt Marbenau',role='Leitender Schulamtsdirektor')
R('m1-1','carriedBy','fd402',Z,'FD 40.2 (Bildungsmonitoring); TALM berät zur Indikatorik',note='column "Verantwortung" read as carriedBy')
R('m1-2','carriedBy','fd402',Z,'FD 40.2 gemeinsam mit IBR der TH Marbenau')
R('fd402','cooperatesWith','ibr',Z,'FD 40.2 gemeinsam mit IBR der TH Marbenau')
R('ibr','subOrganizationOf','th',Z,'IBR der TH Marbenau')
R('m2-1','carriedBy','fd402',Z,'Bildungsbüro; Beschluss durch Kreisausschuss')
R('m2-2','carriedBy','talm',Z,'TALM (Durchführung), Bildungsbüro (Organisation)')
R('m2-2','carriedBy','fd402',Z,'TALM (Durchführung), Bildungsbüro (Organisation)')
R('m3-1','carriedBy','kjc',Z,'Kommunales Jobcenter und Staatliches Schulamt im Fachforum Übergang Schule–Beruf')
R('m3-1','carriedBy','ssa',Z,'Kommunales Jobcenter und Staatliches Schulamt im Fachforum Übergang Schule–Beruf')
R('kjc','participatesIn','fachforum-usb',Z,'Kommunales Jobcenter und Staatliches Schulamt im Fachforum Übergang Schule–Beruf')
R('ssa','participatesIn','fachforum-usb',Z,'Kommunales Jobcenter und Staatliches Schulamt im Fachforum Übergang Schule–Beruf')
R('m3-2','carriedBy','fd402',Z,'TALM vermittelt; Bildungsbüro')
R('m3-2','carriedBy','talm',Z,'TALM vermittelt; Bildungsbüro',note='TALM brokers the peer exchange')
R('m4-1','carriedBy','fd402',Z,'FD 40.2 (BNE-Koordination), gefördert von der Ottilie-Brenner-Stiftung')
R('m4-1','fundedBy','stiftung',Z,'gefördert von der Ottilie-Brenner-Stiftung')
R('m4-2','carriedBy','fd402',Z,'Bildungsbüro; Beschluss der Lenkungsgruppe')
R('m5-1','carriedBy','fd402',Z,'FD 40.2 (Bildungskoordination Neuzugewanderte) gemeinsam mit')
R('fd402','cooperatesWith','kjc',Z,'gemeinsam mit dem Kommunalen Jobcenter und der VHS')
R('fd402','cooperatesWith','vhs',Z,'gemeinsam mit dem Kommunalen Jobcenter und der VHS')
for m,af,ev in [('z1','af-monitoring','Verstetigung des Bildungsmonitorings als Grundlage'),
                ('m1-1','af-bne','mit Indikatoren zu BNE und Ganztag'),
                ('m1-1','af-ganztag','mit Indikatoren zu BNE und Ganztag'),
                ('z3','af-usb','Kohärente Gestaltung des Übergangs Schule–Beruf'),
                ('m3-2','af-berufsorientierung','anderen Bildungskommunen zur Berufsorientierung'),
                ('z4','af-bne','Verankerung von Bildung für nachhaltige Entwicklung'),
                ('m4-1','af-bne','Bestandsaufnahme außerschulischer BNE-Lernorte'),
                ('m4-2','af-bne','M 4.2 BNE als Querschnittsthema'),
                ('z5','af-integration','Integration durch Bildung: Transparenz für Neuzugewanderte')]:
    R(m,'addressesActionField',af,Z,ev)

# ---------------- P: minutes
R('lenkungsgruppe','chairedBy','wiesmann-kuhl',P,'Vorsitz:** Landrätin Dr. Annegret Wiesmann-Kuhl')
R('pietsch','memberOf','fd402',P,'Protokoll:** Jonas Pietsch (FD 40.2)',role='Protokoll')
TABLE=[('wiesmann-kuhl','kreisausschuss','Dr. Annegret Wiesmann-Kuhl | Landrätin, Vorsitzende | Kreisausschuss des Landkreises Wispertau','Landrätin, Vorsitzende'),
 ('dannenfeld','lk-wispertau','Holger Dannenfeld | Erster Kreisbeigeordneter, Dezernent für Schule, Bildung und Jugend | Landkreis Wispertau','Erster Kreisbeigeordneter, Dezernent für Schule, Bildung und Jugend'),
 ('reinhardt','fb40','Dr. Tobias Reinhardt | Fachbereichsleiter | Fachbereich 40 Schule und Bildung','Fachbereichsleiter'),
 ('vollmer-seidel','fd402','Katharina Vollmer-Seidel | Leiterin, Geschäftsführung der Lenkungsgruppe | FD 40.2 Bildungskoordination','Leiterin, Geschäftsführung der Lenkungsgruppe'),
 ('bechtold','kreisjugendamt','Frank Bechtold | Amtsleiter | Kreisjugendamt','Amtsleiter'),
 ('kolb','vhs','Dr. Renate Kolb | Betriebsleiterin | VHS Wispertau (Eigenbetrieb)','Betriebsleiterin'),
 ('marquardt','kjc','Stefan Marquardt | Geschäftsführer | Kommunales Jobcenter Wispertau','Geschäftsführer'),
 ('kessler','schulamt-marbenau','Christoph Kessler | Amtsleiter | Schulamt der Stadt Marbenau','Amtsleiter'),
 ('hallmann','ssa','Dr. Gernot Hallmann | Leitender Schulamtsdirektor | Staatliches Schulamt für den Landkreis Wispertau und die Stadt Marbenau','Leitender Schulamtsdirektor'),
 ('ebner','talm','Lukas Ebner | Prozessbegleiter (Gast zu TOP 3) | TALM','Prozessbegleiter (Gast)'),
 ('pietsch','fd402','Jonas Pietsch | Bildungsmonitoring, Protokoll | FD 40.2','Bildungsmonitoring, Protokoll')]
for pers,org,ev,role in TABLE:
    R(pers,'memberOf',org,P,ev,role=role)
    if org not in ('kreisausschuss',) and pers != 'pietsch':
        R(org,'participatesIn','lenkungsgruppe',P,ev,note='institution represented in the participants table of the Lenkungsgruppe'+(' (guest)' if org=='talm' else ''))
R('brueckner','memberOf','ssa',P,'Ines Brückner (Staatliches Schulamt)')
R('ebner','memberOf','talm',P,'Herrn Ebner von der Transferagentur Lahn-Main')
R('weissgerber','memberOf','fd402',P,'Neu im Team ist Ronja Weißgerber, die als BNE-Koordinatorin',role='BNE-Koordinatorin',note='team of the Bildungsbüro (TOP 2)')
R('demirci','memberOf','fd402',P,'Leyla Demirci koordiniert weiterhin die Bildungsangebote für Neuzugewanderte',role='Bildungskoordination für Neuzugewanderte',note='team of the Bildungsbüro (TOP 2)')
R('gerlach','memberOf','stadt-hainsfeld',P,'Bürgermeister Uwe Gerlach (Kreisstadt Hainsfeld)',role='Bürgermeister')
R('leselotsen','carriedBy','stiftung',P,'Das Projekt „Leselotsen Wispertau“ der Ottilie-Brenner-Stiftung')
R('leselotsen','fundedBy','stiftung',P,'Die Stiftung übernimmt die Kosten vollständig')
R('talm','carriedBy','ibk',P,'Die Agentur, getragen vom IBK e.V., begleitet den Kreis bis Ende 2026')
R('talm','cooperatesWith','lk-wispertau',P,'Die Agentur, getragen vom IBK e.V., begleitet den Kreis bis Ende 2026')
R('ssa','cooperatesWith','talm',P,'dass das Staatliche Schulamt die Zusammenarbeit mit der TALM')
R('fd402','cooperatesWith','talm',P,'beauftragt das Bildungsbüro, den Workshop Indikatoren gemeinsam mit der Transferagentur')
R('ibr','subOrganizationOf','th',P,'Das Institut für Bildungsforschung und Regionalentwicklung der TH Marbenau')
R('lichtenberg','memberOf','ibr',P,'Das Institut für Bildungsforschung und Regionalentwicklung der TH Marbenau (Prof. Dr. Hanna Lichtenberg)')
R('fachforum-fb','chairedBy','bechtold',P,'(Moderation: Frank Bechtold mit Anke Rosenthal',note='moderation read as chair')
R('fachforum-fb','chairedBy','rosenthal',P,'(Moderation: Frank Bechtold mit Anke Rosenthal',note='moderation read as chair')
R('rosenthal','memberOf','bildungswerk',P,'Anke Rosenthal, Geschäftsführerin des Bildungswerks Wispertauer Land',role='Geschäftsführerin')
R('elternbruecke','carriedBy','bildungswerk',P,'Das Bildungswerk hat mit „ElternBrücke“ 14 Elternbegleiterinnen qualifiziert')
R('elternbruecke','fundedBy','kreisjugendamt',P,'das Programm wird vom Kreisjugendamt finanziert')
R('heckmann','memberOf','kreisjugendamt',P,'Sabine Heckmann, Jugendhilfeplanerin im Jugendamt',role='Jugendhilfeplanerin')
R('yilmaz','memberOf','kjc',P,'Für das Jobcenter berichtet Daniel Yilmaz (Teamleiter U25)',role='Teamleiter U25')
R('to-4.5.3.1','carriedBy','ggmbh',P,'Die Werkstatttage Handwerk der Werkstatt Zukunft gGmbH')
R('vogelsang','memberOf','ggmbh',P,'Geschäftsführer Markus Vogelsang',role='Geschäftsführer',note='gGmbH named in the same paragraph')
R('ggmbh','cooperatesWith','hwk',P,'hat gemeinsam mit der Handwerkskammer Mittellahn eine Ausweitung auf Pflegeberufe vorbereitet',note='subject: the gGmbH through its Geschäftsführer')
R('ostermann','memberOf','afa',P,'Die Agentur für Arbeit Marbenau (Vorsitzende der Geschäftsführung: Birgit Ostermann)',role='Vorsitzende der Geschäftsführung')
R('vhs','participatesIn','hessencampus',P,'dass die VHS im Rahmen von HESSENCAMPUS')
R('ortmann','memberOf','ibr',P,'Dr. Felix Ortmann vom IBR')
R('lk-wispertau','participatesIn','pakt-ganztag',P,'Der Landkreis nimmt mit 38 Grundschulen teil',note='programme named in the previous sentence')
R('stadt-marbenau','participatesIn','pakt-ganztag',P,'die Stadt Marbenau mit 11')
R('fb40','cooperatesWith','ssa',P,'Die Abstimmung mit dem Staatlichen Schulamt erfolgt monatlich im Jour fixe des Fachbereichs 40')
R('sommerlad','memberOf','ihk',P,'Nadine Sommerlad (IHK Marbenau)')
R('landgraf','memberOf','hwk',P,'Achim Landgraf (Hauptgeschäftsführer der HWK Mittellahn)',role='Hauptgeschäftsführer')
R('bildungsbeirat','chairedBy','lichtenberg',P,'Der Bildungsbeirat tagt am 20.03.2025 unter Leitung von Prof. Dr. Lichtenberg')

# ---------------- S: slides
R('vollmer-seidel','memberOf','fd402',S,'Katharina Vollmer-Seidel | Ronja Weißgerber Landkreis Wispertau · Bildungsbüro')
R('weissgerber','memberOf','fd402',S,'Katharina Vollmer-Seidel | Ronja Weißgerber Landkreis Wispertau · Bildungsbüro')
R('magistrat-marbenau','subOrganizationOf','stadt-marbenau',S,'Sonderstatusstadt Marbenau (eigener Magistrat, eigenes Schulamt)')
R('schulamt-marbenau','subOrganizationOf','stadt-marbenau',S,'Sonderstatusstadt Marbenau (eigener Magistrat, eigenes Schulamt)')
R('lk-wispertau','participatesIn','bildung-integriert',S,'Bildungsregion seit 2019 („Bildung integriert“ 2016–2021,',note='slide "Landkreis Wispertau"')
R('lk-wispertau','participatesIn','bildungskommunen',S,'„Bildungskommunen“ seit 2023)',note='slide "Landkreis Wispertau"')
R('ausschuss-sbk','subOrganizationOf','kreistag',S,'├─ Ausschuss für Schule, Bildung und Kultur',note='organisation chart')
R('jugendhilfeausschuss','subOrganizationOf','kreistag',S,'└─ Jugendhilfeausschuss',note='organisation chart')
R('wiesmann-kuhl','memberOf','kreisausschuss',S,'Landrätin Dr. A. Wiesmann-Kuhl (Dezernat I)',role='Landrätin')
R('wiesmann-kuhl','memberOf','dezernat-1',S,'Landrätin Dr. A. Wiesmann-Kuhl (Dezernat I)',role='Dezernentin')
R('dannenfeld','memberOf','kreisausschuss',S,'Erster Kreisbeigeordneter H. Dannenfeld (Dezernat II – Schule, Bildung, Jugend)',role='Erster Kreisbeigeordneter')
R('dannenfeld','memberOf','dezernat-2',S,'Erster Kreisbeigeordneter H. Dannenfeld (Dezernat II – Schule, Bildung, Jugend)',role='Dezernent')
R('arslan-bock','memberOf','kreisausschuss',S,'Kreisbeigeordnete S. Arslan-Bock (ehrenamtl., Integration und Ehrenamt)',role='ehrenamtliche Kreisbeigeordnete (Integration und Ehrenamt)')
R('pfannmueller','memberOf','kreisausschuss',S,'Kreisbeigeordneter W. Pfannmüller (ehrenamtl., Kultur und Weiterbildung)',role='ehrenamtlicher Kreisbeigeordneter (Kultur und Weiterbildung)')
R('fb40','subOrganizationOf','dezernat-2',S,'├─ FB 40 Schule und Bildung',note='organisation chart, under Dezernat II')
R('fd401','subOrganizationOf','fb40',S,'├─ FD 40.1 Schulverwaltung und Schulentwicklungsplanung',note='organisation chart')
R('fd402','subOrganizationOf','fb40',S,'└─ FD 40.2 Bildungskoordination („Bildungsbüro“)',note='organisation chart')
R('kreisjugendamt','subOrganizationOf','dezernat-2',S,'├─ FB 51 Kreisjugendamt',note='organisation chart')
R('vhs','subOrganizationOf','dezernat-2',S,'└─ Eigenbetrieb Volkshochschule Wispertau',note='organisation chart')
R('kjc','subOrganizationOf','dezernat-1',S,'└─ FB 55 Kommunales Jobcenter',note='organisation chart')
R('lenkungsgruppe','chairedBy','wiesmann-kuhl',S,'Lenkungsgruppe (Vorsitz: Landrätin)')
R('bildungsbeirat','chairedBy','lichtenberg',S,'Bildungsbeirat (Vors.: Prof. Dr. H. Lichtenberg, TH Marbenau)')
R('lichtenberg','memberOf','th',S,'Prof. Dr. H. Lichtenberg, TH Marbenau')
R('stadt-marbenau','participatesIn','bildungskonferenz',S,'Bildungskonferenz (jährlich, mit der Stadt Marbenau)')
R('bildungsbeirat','chairedBy','lichtenberg',S,'Vorsitz: Prof. Dr. Hanna Lichtenberg (IBR / TH Marbenau)')
R('lichtenberg','memberOf','ibr',S,'Vorsitz: Prof. Dr. Hanna Lichtenberg (IBR / TH Marbenau)')
R('gerlach','memberOf','bildungsbeirat',S,'Stellv. Vorsitz: Uwe Gerlach, Bürgermeister der Kreisstadt Hainsfeld',role='stellvertretender Vorsitzender')
R('gerlach','memberOf','stadt-hainsfeld',S,'Stellv. Vorsitz: Uwe Gerlach, Bürgermeister der Kreisstadt Hainsfeld',role='Bürgermeister')
for o,ev,role in [('afa','• Agentur für Arbeit Marbenau • Industrie',None),('ihk','• Industrie- und Handelskammer Marbenau',None),
                  ('hwk','• Handwerkskammer Mittellahn',None),('kreiselternbeirat','• Kreiselternbeirat',None),
                  ('bildungswerk','• Bildungswerk Wispertauer Land e.V. •',None),('ggmbh','• Werkstatt Zukunft Wispertau gGmbH •',None),
                  ('stiftung','• Ottilie-Brenner-Stiftung (beratendes Mitglied)','beratendes Mitglied')]:
    R(o,'participatesIn','bildungsbeirat',S,ev,role=role,note='slide "Bildungsbeirat – Mitglieder (Auszug)"')
for o,ev in [('hkm','• Hessisches Kultusministerium'),('ssa','• Staatliches Schulamt für den Landkreis Wispertau und die Stadt Marbenau'),
             ('hsl','• Hessisches Statistisches Landesamt'),('afa','• Agentur für Arbeit Marbenau Kammern'),
             ('ihk','• IHK Marbenau'),('hwk','• HWK Mittellahn'),
             ('ibr','• TH Marbenau – Institut für Bildungsforschung und Regionalentwicklung (IBR)'),
             ('stiftung','• Ottilie-Brenner-Stiftung – „Leselotsen Wispertau“'),
             ('bildungswerk','• Bildungswerk Wispertauer Land e.V. – „ElternBrücke“'),
             ('ggmbh','• Werkstatt Zukunft Wispertau gGmbH – Werkstatttage Handwerk'),
             ('talm','• Transferagentur Lahn-Main (TALM), Träger: IBK e.V.')]:
    R('lk-wispertau','cooperatesWith',o,S,ev,note='slide "Unsere Partner" of the Landkreis/Bildungsbüro')
R('ibr','subOrganizationOf','th',S,'TH Marbenau – Institut für Bildungsforschung und Regionalentwicklung (IBR)')
R('elternbruecke','carriedBy','bildungswerk',S,'Bildungswerk Wispertauer Land e.V. – „ElternBrücke“',note='listed under "Träger und Stiftungen"')
R('to-4.5.3.1','carriedBy','ggmbh',S,'Werkstatt Zukunft Wispertau gGmbH – Werkstatttage Handwerk',note='listed under "Träger und Stiftungen"')
R('talm','carriedBy','ibk',S,'Transferagentur Lahn-Main (TALM), Träger: IBK e.V.')
R('lk-wispertau','cooperatesWith','stadt-marbenau',S,'Kooperationsvertrag mit der Stadt Marbenau',note='milestone 2019')
R('lk-wispertau','cooperatesWith','talm',S,'Zielvereinbarung mit der TALM (1. Phase)',note='milestone 2022')
R('lk-wispertau','participatesIn','bildungskommunen',S,'Aufnahme in „Bildungskommunen“',note='milestone 2023')
R('lk-wispertau','participatesIn','bildung-integriert',S,'Start „Bildung integriert“, erstes Bildungsbüro',note='milestone 2016')
R('to-4.5.3.1','carriedBy','ggmbh',S,'Träger: Werkstatt Zukunft Wispertau gGmbH')
R('ggmbh','cooperatesWith','hwk',S,'in Kooperation mit der Handwerkskammer Mittellahn und 46 Innungsbetrieben',note='slide on the Werkstatttage; cooperation of the carrier')
R('to-4.5.3.1','fundedBy','stiftung',S,'finanziert je zur Hälfte durch die Ottilie-Brenner-Stiftung und das Kommunale Jobcenter')
R('to-4.5.3.1','fundedBy','kjc',S,'finanziert je zur Hälfte durch die Ottilie-Brenner-Stiftung und das Kommunale Jobcenter')
R('fd402','fundedBy','bmbf',S,'Bildungskommunen: 2,5 Stellen (gefördert durch BMBF und Europäische Union / ESF Plus)',note='slide "Finanzierung des Bildungsbüros"')
R('fd402','fundedBy','eu',S,'Bildungskommunen: 2,5 Stellen (gefördert durch BMBF und Europäische Union / ESF Plus)',note='slide "Finanzierung des Bildungsbüros"')
R('fd402','participatesIn','bildungskommunen',S,'Bildungskommunen: 2,5 Stellen',note='slide "Finanzierung des Bildungsbüros"')
R('fd402','fundedBy','land-hessen',S,'Land Hessen: Bildungskoordination für Neuzugewanderte (Kofinanzierung)',note='slide "Finanzierung des Bildungsbüros"')
R('fd402','fundedBy','stiftung',S,'Stiftungsmittel: BNE-Netzwerk (Ottilie-Brenner-Stiftung, 2025–2027)',note='BNE network of the Bildungsbüro')
R('vollmer-seidel','memberOf','fd402',S,'Katharina Vollmer-Seidel Leiterin Fachdienst 40.2 Bildungskoordination',role='Leiterin')

# ---------------- transfer objects (masks)
MASKS = [
 dict(section='4.2.3.1', title='Gemeindesteckbriefe Bildung', kbm_function='Daten', catalogue_page=14, empty=[],
      actors=[('Fachdienst 40.2 Bildungskoordination (Bildungsmonitoring, Federführung)',['Fachdienst 40.2 Bildungskoordination']),
              ('Hessisches Statistisches Landesamt (Bevölkerungs- und Schulstatistik)',['Hessisches Statistisches Landesamt']),
              ('Staatliches Schulamt für den Landkreis Wispertau und die Stadt Marbenau (Übergangsquoten)',['Staatliches Schulamt für den Landkreis Wispertau und die Stadt Marbenau']),
              ('Kreisjugendamt (Kita-Betreuungsquoten, Kindertagespflege)',['Kreisjugendamt']),
              ('Kommunales Jobcenter Wispertau (SGB-II-Quoten der unter 25-Jährigen)',['Kommunales Jobcenter Wispertau']),
              ('Bürgermeisterinnen und Bürgermeister der kreisangehörigen Städte und Gemeinden',['Bürgermeisterinnen und Bürgermeister der kreisangehörigen Städte und Gemeinden']),
              ('IBR der TH Marbenau (methodische Beratung)',['Institut für Bildungsforschung und Regionalentwicklung (TH Marbenau)'])]),
 dict(section='4.3.3.1', title='Fachforen der Bildungsregion', kbm_function='Diskurs', catalogue_page=18, empty=['anmerkungen'],
      actors=[('Bildungsbüro (Geschäftsführung)',['Fachdienst 40.2 Bildungskoordination (Bildungsbüro)']),
              ('Kreisjugendamt und Bildungswerk Wispertauer Land e.V. (Frühe Bildung)',['Kreisjugendamt','Bildungswerk Wispertauer Land e.V.']),
              ('Staatliches Schulamt, Kommunales Jobcenter, Agentur für Arbeit Marbenau, HWK Mittellahn, IHK Marbenau (Übergang Schule–Beruf)',
               ['Staatliches Schulamt','Kommunales Jobcenter','Agentur für Arbeit Marbenau','Handwerkskammer Mittellahn','Industrie- und Handelskammer Marbenau']),
              ('VHS Wispertau, Technische Hochschule Marbenau (Lebenslanges Lernen)',['Volkshochschule Wispertau','Technische Hochschule Marbenau']),
              ('Lenkungsgruppe und Bildungsbeirat als Auftraggeber bzw. Adressaten',['Lenkungsgruppe Bildungsregion Wispertau','Bildungsbeirat Wispertau'])]),
 dict(section='4.5.3.1', title='Berufsorientierungswoche „Werkstatttage Handwerk“', kbm_function='Maßnahmen', catalogue_page=23, empty=[],
      actors=[('Werkstatt Zukunft Wispertau gGmbH (Träger)',['Werkstatt Zukunft Wispertau gGmbH']),
              ('Handwerkskammer Mittellahn mit Berufsbildungszentrum, Innungsbetriebe',['Handwerkskammer Mittellahn','Innungsbetriebe']),
              ('Ottilie-Brenner-Stiftung, Kommunales Jobcenter Wispertau (Finanzierung)',['Ottilie-Brenner-Stiftung','Kommunales Jobcenter Wispertau']),
              ('Staatliches Schulamt, Schulen der Sekundarstufe I',['Staatliches Schulamt','Schulen der Sekundarstufe I']),
              ('Fachforum Übergang Schule–Beruf (fachliche Begleitung)',['Fachforum Übergang Schule–Beruf'])]),
]
FIELDS = ['kurzbeschreibung','produkttyp','ausgangssituation','ziele','methoden','ressourcen','projektplan',
          'beteiligte_akteure','marketing','gelingensbedingungen','herausforderungen','anmerkungen','transfer_adressaten']


def main():
    docs = load_docs()
    problems = []
    # ---- entity occurrences, longest match first
    cands = []  # (length, doc, start, end, entity id, form)
    for e in ENTS:
        forms = [(e['name'], ALL)] + [(a, ALL) if isinstance(a, str) else (a[0], a[1]) for a in e['aliases']]
        for form, dl in forms:
            for d in dl:
                for p in find_all(form, docs[d]['norm']):
                    cands.append((len(form), d, p, p + len(form), e['id'], form))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    # Measures (titles of work packages, goals, measures) are matched in their own layer, so
    # that action fields, programmes and actors named inside a measure title still count.
    etype = {e['id']: e['type'] for e in ENTS}
    taken = {d: [] for d in docs}
    taken_m = {d: [] for d in docs}
    occ = {e['id']: {} for e in ENTS}
    formsused = {e['id']: set() for e in ENTS}
    for L, d, s, t, eid, form in cands:
        tk = taken_m if etype[eid] == 'Measure' else taken
        if any(not (t <= a or s >= b) for a, b in tk[d]):
            continue
        tk[d].append((s, t))
        line = docs[d]['lmap'][s]
        occ[eid].setdefault(d, set()).add(line)
        formsused[eid].add(form)
    for eid, d, txt in DROP:
        for l in list(occ[eid].get(d, ())):
            if txt in docs[d]['lines'][l - 1]:
                occ[eid][d].discard(l)
    out_ents = []
    for e in ENTS:
        o = dict(e)
        o['aliases'] = [a if isinstance(a, str) else a[0] for a in e['aliases']]
        unused = [a for a in o['aliases'] if a not in formsused[e['id']]]
        if unused:
            problems.append(f'{e["id"]}: aliases never matched (shadowed or absent): {unused}')
        lines = {d: sorted(ls) for d, ls in occ[e['id']].items() if ls}
        o['docs'] = [d for d in ALL if d in lines]
        o['lines'] = {d: lines[d] for d in o['docs']}
        if not o['docs']:
            problems.append(f'{e["id"]}: no occurrence at all')
        # key order like the shared gold
        keys = ['id', 'type', 'name', 'aliases', 'docs', 'lines', 'role', 'affiliation', 'role_only', 'name_normalised', 'note']
        out_ents.append({k: o[k] for k in keys if k in o and o[k] is not None})
    # ---- relations
    ids = {e['id'] for e in ENTS}
    out_rels = []
    for r in RELS:
        for k in ('subject', 'object'):
            if r[k] not in ids:
                problems.append(f'relation: unknown id {r[k]}')
        d = docs[r['doc']]
        ev = ws(r['evidence'])
        pos = [m.start() for m in re.finditer(re.escape(ev), d['norm'])]
        if len(pos) <= r['occ']:
            problems.append(f'evidence not found in {r["doc"]}: {ev!r}')
            continue
        line = d['lmap'][pos[r['occ']]]
        o = {k: r[k] for k in ('subject', 'predicate', 'object', 'doc')}
        if r['role']:
            o['role'] = r['role']
        o['line'] = line
        o['evidence'] = r['evidence']
        if r['note']:
            o['note'] = r['note']
        out_rels.append(o)
    # ---- masks
    out_tos = []
    k = docs[K]
    for m in MASKS:
        head = f"{m['section']} {m['title']}"
        start = [i + 1 for i, l in enumerate(k['lines']) if ws(l) == head]
        if len(start) != 1:
            problems.append(f'mask heading not unique: {head} {start}')
            continue
        acts = []
        for text, actors in m['actors']:
            ls = [i + 1 for i, l in enumerate(k['lines']) if i + 1 > start[0] and ws(text) in ws(l)]
            if not ls:
                problems.append(f'actor line not found: {text}')
                continue
            acts.append(dict(text=text, line=ls[0], actors=actors))
        out_tos.append(dict(section=m['section'], title=m['title'], kbm_function=m['kbm_function'],
                            catalogue_page=m['catalogue_page'], start_line=start[0],
                            fields_present=[f for f in FIELDS if f not in m['empty']],
                            fields_empty=m['empty'], fields_missing=[], beteiligte_akteure=acts, doc=K))
    gold = os.path.join(os.path.dirname(__file__), '..', 'gold')
    for name, obj in (('entities.json', out_ents), ('relations.json', out_rels), ('transfer_objects.json', out_tos)):
        with open(os.path.join(gold, name), 'w', encoding='utf-8') as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write('\n')
    print('\n'.join(problems) or 'no problems')
    print(len(out_ents), 'entities', len(out_rels), 'relations', len(out_tos), 'masks')


if __name__ == '__main__':
    main()
