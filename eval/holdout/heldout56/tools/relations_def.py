# rel(subject, predicate, object, docKey, evidence(substring of one line, tabs read as spaces), role=None, occ=0)
# ---- TK: transfer catalogue
rel('dezernat-03','subOrganizationOf','stadt-ruhlsberg','TK','waltung das Dezernat 03 Bildung, Jugend und Soziales')
for o in ['amt-fuer-bildung','jugendamt','sozialamt']:
    rel(o,'subOrganizationOf','dezernat-03','TK','das Amt für Bildung, das Jugendamt und das Sozialamt zugeordnet')
rel('bildungsbuero','subOrganizationOf','amt-fuer-bildung','TK','Beim Amt für Bildung angesiedelt ist das Bildungsbüro Ruhlsberg')
rel('abt-jugendhilfeplanung','subOrganizationOf','jugendamt','TK','Im Jugendamt liegen die Ab-')
rel('abt-kjf','subOrganizationOf','jugendamt','TK','teilung Jugendhilfeplanung und die Abteilung Kinder- und Jugend-')
rel('abt-jugendhilfeplanung','cooperatesWith','bildungsbuero','TK','förderung, die beide eng mit dem Bildungsbüro zusammenarbeiten')
rel('abt-kjf','cooperatesWith','bildungsbuero','TK','förderung, die beide eng mit dem Bildungsbüro zusammenarbeiten')
rel('lenkungsgruppe','chairedBy','p-reichenauer','TK','Den Vorsitz führt die Beigeordnete für Bildung, Jugend')
rel('schulamt-mth','participatesIn','lenkungsgruppe','TK','des Dezernats, das Staatliche Schulamt Mittelthüringen und das')
rel('jobcenter-ruhlsberg','participatesIn','lenkungsgruppe','TK','Jobcenter Ruhlsberg an.')
rel('fg-uebergaenge','subOrganizationOf','lenkungsgruppe','TK','Fachgruppen: die Fachgruppe Übergänge, die Fachgruppe Sprache')
rel('fg-sprache','subOrganizationOf','lenkungsgruppe','TK','Fachgruppen: die Fachgruppe Übergänge, die Fachgruppe Sprache')
rel('fg-daten','subOrganizationOf','lenkungsgruppe','TK','und Integration sowie die Fachgruppe Daten und Monitoring.')
rel('bildungsausschuss','subOrganizationOf','stadtrat','TK','dessen Ausschuss für Bildung, Schule und Sport in Grundsatzfra-')
rel('vhs-ruhlsberg','participatesIn','bildungsbeirat','TK','gen. Vertreten sind darin unter anderem die Volkshochschule')
rel('hochschule-ruhlsberg','participatesIn','bildungsbeirat','TK','Ruhlsberg, die Hochschule Ruhlsberg, die Industrie- und Handels-')
rel('ihk-ruhlsberg','participatesIn','bildungsbeirat','TK','Ruhlsberg, die Hochschule Ruhlsberg, die Industrie- und Handels-')
rel('afa-ruhlsberg','participatesIn','bildungsbeirat','TK','kammer Ruhlsberg, die Agentur für Arbeit Ruhlsberg, Vertreterinnen')
rel('ortsteilraete','participatesIn','bildungsbeirat','TK','und Vertreter der Ortsteilräte sowie freie Träger wie der Verein')
rel('brueckenschlag','participatesIn','bildungsbeirat','TK','Brückenschlag e.V. Geleitet wird der Beirat von Oberbürgermeister')
rel('bildungsbeirat','chairedBy','p-grebner','TK','Brückenschlag e.V. Geleitet wird der Beirat von Oberbürgermeister')
rel('vhs-ruhlsberg','carriedBy','stadt-ruhlsberg','TK','Die Volkshochschule wird seit 2004 als Eigenbetrieb der Stadt ge-')
rel('jobcenter-ruhlsberg','carriedBy','stadt-ruhlsberg','TK','Stadt Ruhlsberg und der Agentur für Arbeit Ruhlsberg.')
rel('jobcenter-ruhlsberg','carriedBy','afa-ruhlsberg','TK','Stadt Ruhlsberg und der Agentur für Arbeit Ruhlsberg.')
rel('bildungsbuero','participatesIn','bildungskommunen','TK','Das Bildungsbüro wird im Rahmen des Programms „Bildungskom-')
rel('bildungsbuero','fundedBy','bmbf','TK','munen“ aus Mitteln des Bundesministeriums für Bildung und For-')
rel('bildungsbuero','fundedBy','esf-plus','TK','schung und des Europäischen Sozialfonds Plus gefördert.')
rel('p-reichenauer','memberOf','stadt-ruhlsberg','TK','Beigeordnete für Bildung, Jugend und Soziales','Beigeordnete für Bildung, Jugend und Soziales')
rel('stadt-ruhlsberg','cooperatesWith','trakt','TK','konstruktiv begleitet haben, der Transferagentur Kommunales Bil-')
rel('stadt-ruhlsberg','cooperatesWith','schulamt-mth','TK','lichen Schulamt Mittelthüringen für die verlässliche Partnerschaft.')
rel('bildungsbuero','cooperatesWith','abt-kjf','TK','ferenzen vom Bildungsbüro gemeinsam mit der Abteilung Kinder- und Jugendförderung.')
rel('to-4.3.3.1','fundedBy','stiftung-kaltenbach','TK','Sachkosten von rund 1.800 Euro je Konferenz, anteilig getragen von der Carl-Kaltenbach-Stiftung')
# involvesActor (mask actor lines)
for o,ev in [('bildungsbuero','Bildungsbüro Ruhlsberg (Federführung)'),('abt-jugendhilfeplanung','Abteilung Jugendhilfeplanung des Jugendamtes'),
             ('schulamt-mth','• Staatliches Schulamt Mittelthüringen'),('tls','Thüringer Landesamt für Statistik'),('jobcenter-ruhlsberg','• Jobcenter Ruhlsberg'),('ortsteilraete','• Ortsteilräte')]:
    rel('to-4.2.3.1','involvesActor',o,'TK',ev, occ=-1 if o in ('tls',) else 0)
for o,ev in [('otr-gottschlitz','Ortsteilrat Gottschlitz, Ortsteilrat Mörlach und weitere Ortsteilräte'),('otr-moerlach','Ortsteilrat Gottschlitz, Ortsteilrat Mörlach und weitere Ortsteilräte'),
             ('ortsteilraete','Ortsteilrat Gottschlitz, Ortsteilrat Mörlach und weitere Ortsteilräte'),('abt-kjf','Abteilung Kinder- und Jugendförderung (Jugendamt)'),('stiftung-kaltenbach','•  Carl-Kaltenbach-Stiftung')]:
    rel('to-4.3.3.1','involvesActor',o,'TK',ev)
rel('to-4.3.3.1','involvesActor','bildungsbuero','TK','• Bildungsbüro Ruhlsberg', occ=1)
rel('to-4.3.3.1','involvesActor','vhs-ruhlsberg','TK','•  Volkshochschule Ruhlsberg', occ=0)
rel('to-4.5.3.1','involvesActor','brueckenschlag','TK','Brückenschlag e.V. (Träger)')
rel('to-4.5.3.1','involvesActor','koko-stelle','TK','Kommunale Koordinierung im Bildungsbüro')
rel('to-4.5.3.1','involvesActor','vhs-ruhlsberg','TK','•  Volkshochschule Ruhlsberg', occ=1)
rel('to-4.5.3.1','involvesActor','hochschule-ruhlsberg','TK','Hochschule Ruhlsberg, Fachbereich Soziale Arbeit')
rel('to-4.5.3.1','involvesActor','jobcenter-ruhlsberg','TK','Jobcenter Ruhlsberg, Jugendamt')
rel('to-4.5.3.1','involvesActor','jugendamt','TK','Jobcenter Ruhlsberg, Jugendamt')
# ---- AP: work packages
rel('stadt-ruhlsberg','participatesIn','bildungskommunen','AP','Antrag im Förderprogramm „Bildungskommunen“ – Stadt Ruhlsberg')
rel('bildungsbuero','subOrganizationOf','amt-fuer-bildung','AP','vom Bildungsburo im Amt fiir Bildung umgesetzt')
rel('amt-fuer-bildung','subOrganizationOf','dezernat-03','AP','das dem Dezernat 03 Bildung, Jugend und Soziales untersteht')
rel('bildungskommunen','fundedBy','bmbf','AP','Zuwendungsgeber ist das Bundesministerium fiir Bildung und Forschung')
rel('bildungskommunen','fundedBy','esf-plus','AP','Sozialfonds Plus (ESF Plus)')
rel('stadt-ruhlsberg','cooperatesWith','trakt','AP','Beraten wird die Stadt durch die Transferagentur Kommunales Bildungsmanagement')
rel('stadt-ruhlsberg','cooperatesWith','schulamt-mth','AP','Umsetzung der Kooperationsvereinbarung mit dem Staatlichen')
rel('stadt-ruhlsberg','cooperatesWith','thillm','AP','gemeinsame Fortbildungen mit dem Thuringer Institut fiir Lehrerfortbildung')
rel('stadt-ruhlsberg','cooperatesWith','tmbjs','AP','regelmaRige Abstimmung mit dem Thuringer Ministerium fiir')
rel('ihk-ruhlsberg','participatesIn','ak-schule-wirtschaft','AP','Industrie- und Handelskammer Ruhlsberg, Abstimmung mit der Agentur')
rel('werkstatt-zukunft','carriedBy','bildungswerk-saale-ilm','AP','Einbindung der BildungsWerk Saale-Ilm gGmbH und ihres Projektes „Werkstatt Zukunft“')
rel('bildungslotsen','carriedBy','brueckenschlag','AP','„Bildungslotsen“ des Vereins Bruckenschlag e.V.')
rel('stadt-ruhlsberg','cooperatesWith','hochschule-ruhlsberg','AP','wissenschaftliche Begleitung durch die Hochschule Ruhlsberg')
rel('stadt-ruhlsberg','cooperatesWith','stiftung-kaltenbach','AP','Kooperation mit der Carl-Kaltenbach-Stiftung')
rel('p-kesselring','memberOf','bildungsbuero','AP','derzeit Anja Kesselring','Leitung Bildungsbüro / Bildungsmanagement')
rel('p-freytag','memberOf','bildungsbuero','AP','Bildungsmonitoring (1,0 VzÄ, derzeit Jonas Freytag)','Bildungsmonitoring')
rel('p-aydin-pohl','memberOf','bildungsbuero','AP','Koordinierung Neuzugewanderte (1,0 VzÄ, derzeit Meral Aydin-Pohl)','Koordinierung Neuzugewanderte')
rel('p-wirsing','memberOf','amt-fuer-bildung','AP','Leiter des Amtes fiir Bildung, Thomas Wirsing','Leiter')
for o,ev in [('schulamt-mth','- Staatliches Schulamt Mittelthuringen'),('trakt','- Transferagentur Kommunales Bildungsmanagement Thuringen'),
             ('vhs-ruhlsberg','- Volkshochschule Ruhlsberg (Eigenbetrieb der Stadt)'),('hochschule-ruhlsberg','- Hochschule Ruhlsberg'),
             ('ihk-ruhlsberg','- Industrie- und Handelskammer Ruhlsberg'),('jobcenter-ruhlsberg','- Jobcenter Ruhlsberg'),
             ('stiftung-kaltenbach','- Carl-Kaltenbach-Stiftung'),('brueckenschlag','- Bruckenschlag e.V.'),('bildungswerk-saale-ilm','- BildungsWerk Saale-Ilm gGmbH')]:
    rel('stadt-ruhlsberg','cooperatesWith',o,'AP',ev)
rel('vhs-ruhlsberg','carriedBy','stadt-ruhlsberg','AP','- Volkshochschule Ruhlsberg (Eigenbetrieb der Stadt)')
for s,o,ev in [('ap-8','af-uebergang-schule-beruf','AP 8 Ubergang Schule–Beruf'),('ap-9','af-sprachbildung','AP 9 Sprachbildung und Integration durch Bildung'),
               ('ap-10','af-fruehkindliche-bildung','AP 10 Fruhkindliche Bildung'),('ap-10','af-uebergang-kita-gs','Ubergang Kita–Grundschule'),
               ('ap-11','af-bildungsmonitoring','AP 11 Bildungsmonitoring'),('ap-12','af-lll','Schwerpunkt Lebenslanges Lernen'),
               ('ap-13','af-bne','AP 13 Bildung fiir nachhaltige Entwicklung'),('ap-13','af-fachkraefte','nachhaltige Entwicklung und Fachkrafte')]:
    rel(s,'addressesActionField',o,'AP',ev)
# ---- ZV: target agreement
rel('trakt','carriedBy','ibk','ZV','getragen vom Institut für Bildungsforschung und Kommunalberatung e.V.')
rel('trakt','participatesIn','transferinitiative','ZV','Die Transferagentur unterstützt im Rahmen der Transferinitiative Kommunales Bildungsmanagement')
rel('transferinitiative','fundedBy','bmbf','ZV','vom Bundesministerium für Bildung und Forschung gefördert wird')
rel('stadt-ruhlsberg','participatesIn','bildungskommunen','ZV','Die Stadt Ruhlsberg nimmt seit 2024 am')
rel('stadt-ruhlsberg','cooperatesWith','trakt','ZV','Beide Seiten vereinbaren, in den Jahren 2024 bis 2026 eng zusammenzuarbeiten')
rel('stadt-ruhlsberg','cooperatesWith','schulamt-mth','ZV','liche Schulamt Mittelthüringen und das ThILLM werden als Landespartner')
rel('stadt-ruhlsberg','cooperatesWith','thillm','ZV','liche Schulamt Mittelthüringen und das ThILLM werden als Landespartner')
rel('p-niederhoff','memberOf','trakt','ZV','Ansprechpartner ist Paul Niederhoff, Referent für kommunales','Referent für kommunales Bildungsmonitoring')
rel('jugendamt','subOrganizationOf','dezernat-03','ZV','Dezernates 03, insbesondere das Jugendamt und das Amt für Bildung')
rel('amt-fuer-bildung','subOrganizationOf','dezernat-03','ZV','Dezernates 03, insbesondere das Jugendamt und das Amt für Bildung')
rel('p-grebner','memberOf','stadt-ruhlsberg','ZV','Oberbürgermeister der Stadt Ruhlsberg','Oberbürgermeister')
rel('p-hausmann','memberOf','trakt','ZV','Leiterin der Transferagentur','Leiterin')
rel('zv-z2','addressesActionField','af-bildungsmonitoring','ZV','fortgeschriebenes Bildungsmonitoring')
rel('zv-m3-2','addressesActionField','af-uebergang-schule-beruf','ZV','Übergang Schule–Beruf für junge')
# ---- PR: minutes
rel('lenkungsgruppe','chairedBy','p-reichenauer','PR','| Dr. Sabine Reichenauer | Beigeordnete, Vorsitz | Stadt Ruhlsberg, Dezernat 03 |')
rel('p-reichenauer','memberOf','dezernat-03','PR','| Dr. Sabine Reichenauer | Beigeordnete, Vorsitz | Stadt Ruhlsberg, Dezernat 03 |','Beigeordnete')
for p,o,role,ev in [('p-wirsing','amt-fuer-bildung','Amtsleiter','| Thomas Wirsing | Amtsleiter | Amt für Bildung |'),
                    ('p-scholl-meinhardt','jugendamt','Amtsleiterin','| Birgit Scholl-Meinhardt | Amtsleiterin | Jugendamt Ruhlsberg |'),
                    ('p-kesselring','bildungsbuero','Leiterin','| Anja Kesselring | Leiterin | Bildungsbüro Ruhlsberg |'),
                    ('p-aydin-pohl','bildungsbuero','Koordinatorin für Neuzugewanderte','| Meral Aydın-Pohl | Koordinatorin für Neuzugewanderte | Bildungsbüro Ruhlsberg |'),
                    ('p-freytag','bildungsbuero','Bildungsmonitoring','| Jonas Freytag | Bildungsmonitoring | Bildungsbüro Ruhlsberg |'),
                    ('p-dittrich','schulamt-mth','Schulamtsleiter','| Uwe Dittrich | Schulamtsleiter | Staatliches Schulamt Mittelthüringen |'),
                    ('p-toepfer','jobcenter-ruhlsberg','Geschäftsführer','| Ralf Töpfer | Geschäftsführer | Jobcenter Ruhlsberg |'),
                    ('p-niederhoff','trakt','Referent (Gast)','| Paul Niederhoff | Referent (Gast) | TraKT |'),
                    ('p-lang','tmbjs','Referat Schulnetz und Ganztag','Entschuldigt: Frau Dr. Friederike Lang (TMBJS, Referat Schulnetz und Ganztag)')]:
    rel(p,'memberOf',o,'PR',ev,role)
    if p not in ('p-lang',):
        rel(o,'participatesIn','lenkungsgruppe','PR',ev)
rel('dezernat-03','participatesIn','lenkungsgruppe','PR','| Dr. Sabine Reichenauer | Beigeordnete, Vorsitz | Stadt Ruhlsberg, Dezernat 03 |')
rel('trakt','carriedBy','ibk','PR','Die Agentur wird vom Institut für Bildungsforschung')
rel('fg-uebergaenge','chairedBy','p-toepfer','PR','**Fachgruppe Übergänge** (Leitung: Ralf Töpfer, Jobcenter)')
rel('ak-schule-wirtschaft','carriedBy','ihk-ruhlsberg','PR','ab Herbst gemeinsam mit der IHK Ruhlsberg getragen werden')
rel('werkstatt-zukunft','carriedBy','bildungswerk-saale-ilm','PR','ihr Projekt „Werkstatt Zukunft“ vorgestellt, das vom Jobcenter gefördert wird')
rel('werkstatt-zukunft','fundedBy','jobcenter-ruhlsberg','PR','ihr Projekt „Werkstatt Zukunft“ vorgestellt, das vom Jobcenter gefördert wird')
rel('fg-sprache','chairedBy','p-aydin-pohl','PR','**Fachgruppe Sprache und Integration** (Leitung: Meral Aydın-Pohl)')
rel('bildungslotsen','carriedBy','brueckenschlag','PR','Träger ist Brückenschlag e.V.')
rel('bildungslotsen','fundedBy','stiftung-kaltenbach','PR','die Stiftung finanziert')
rel('fg-daten','chairedBy','p-freytag','PR','**Fachgruppe Daten und Monitoring** (federführend: Herr Freytag)')
rel('fg-daten','cooperatesWith','hochschule-ruhlsberg','PR','Die Fachgruppe wird künftig von der Hochschule Ruhlsberg methodisch unterstützt')
rel('p-kuehnel','memberOf','hochschule-ruhlsberg','PR','Kühnel (Fachbereich Soziale Arbeit) hat seine Mitarbeit zugesagt','Fachbereich Soziale Arbeit')
rel('bildungsbeirat','chairedBy','p-grebner','PR','übernimmt wie bisher OB Grebner')
rel('stiftung-kaltenbach','participatesIn','bildungsbeirat','PR','Neu aufgenommen werden die Carl-Kaltenbach-Stiftung und der')
rel('otr-trebsfeld','participatesIn','bildungsbeirat','PR','Ortsteilrat Trebsfeld. Die Volkshochschule wird künftig durch ihre neue Werkleiterin')
rel('vhs-ruhlsberg','participatesIn','bildungsbeirat','PR','Ortsteilrat Trebsfeld. Die Volkshochschule wird künftig durch ihre neue Werkleiterin')
rel('p-ahlgrimm','memberOf','vhs-ruhlsberg','PR','Ortsteilrat Trebsfeld. Die Volkshochschule wird künftig durch ihre neue Werkleiterin','Werkleiterin')
rel('koko-programm','fundedBy','bmbf','PR','Neuzugewanderte durch das BMBF bis 2026 verlängert wurde')
rel('jobcenter-ruhlsberg','carriedBy','stadt-ruhlsberg','PR','dass das Jobcenter als gemeinsame Einrichtung der Stadt und der Agentur')
rel('jobcenter-ruhlsberg','carriedBy','afa-ruhlsberg','PR','dass das Jobcenter als gemeinsame Einrichtung der Stadt und der Agentur')
# ---- PS: slides
rel('p-kesselring','memberOf','bildungsbuero','PS','Anja Kesselring, Leiterin Bildungsbüro','Leiterin Bildungsbüro')
rel('bildungsbuero','subOrganizationOf','amt-fuer-bildung','PS','Bildungsbüro = Teil des Amtes für Bildung')
rel('amt-fuer-bildung','subOrganizationOf','dezernat-03','PS','Amt für Bildung gehört zum Dezernat 03 Bildung, Jugend und Soziales')
rel('p-reichenauer','memberOf','dezernat-03','PS','Beigeordnete: Dr. Sabine Reichenauer','Beigeordnete')
rel('bildungsbuero','participatesIn','bildungskommunen','PS','gefördert im Programm „Bildungskommunen“')
rel('bildungskommunen','fundedBy','bmbf','PS','(BMBF / ESF Plus)')
rel('bildungskommunen','fundedBy','esf-plus','PS','(BMBF / ESF Plus)')
rel('amt-fuer-bildung','subOrganizationOf','dezernat-03','PS','├ Amt für Bildung (AL Thomas Wirsing)')
rel('p-wirsing','memberOf','amt-fuer-bildung','PS','├ Amt für Bildung (AL Thomas Wirsing)','AL')
rel('bildungsbuero','subOrganizationOf','amt-fuer-bildung','PS','│  └ Bildungsbüro')
rel('koko-stelle','subOrganizationOf','bildungsbuero','PS','└ Kommunale Koordinierung Neuzugewanderte')
rel('jugendamt','subOrganizationOf','dezernat-03','PS','├ Jugendamt (AL Birgit Scholl-Meinhardt)')
rel('p-scholl-meinhardt','memberOf','jugendamt','PS','├ Jugendamt (AL Birgit Scholl-Meinhardt)','AL')
rel('abt-jugendhilfeplanung','subOrganizationOf','jugendamt','PS','├ Abt. Jugendhilfeplanung')
rel('abt-kjf','subOrganizationOf','jugendamt','PS','└ Abt. Kinder- und Jugendförderung')
rel('sozialamt','subOrganizationOf','dezernat-03','PS','└ Sozialamt')
rel('vhs-ruhlsberg','carriedBy','stadt-ruhlsberg','PS','Eigenbetrieb: Volkshochschule Ruhlsberg')
rel('bildungsausschuss','subOrganizationOf','stadtrat','PS','Stadtrat → Ausschuss für Bildung, Schule und Sport')
rel('bildungsbeirat','chairedBy','p-grebner','PS','Bildungsbeirat (Vorsitz: OB)')
rel('lenkungsgruppe','chairedBy','p-reichenauer','PS','Lenkungsgruppe Bildung (Vorsitz: Beigeordnete Dez. 03)')
rel('fg-uebergaenge','subOrganizationOf','lenkungsgruppe','PS','- FG Übergänge')
rel('fg-sprache','subOrganizationOf','lenkungsgruppe','PS','- FG Sprache und Integration')
rel('fg-daten','subOrganizationOf','lenkungsgruppe','PS','- FG Daten und Monitoring')
for o,ev in [('tmbjs','Thüringer Ministerium für Bildung, Jugend und Sport'),('schulamt-mth','• Staatliches Schulamt Mittelthüringen'),('thillm','• ThILLM'),
             ('trakt','TraKT – Transferagentur Kommunales Bildungsmanagement Thüringen'),('jobcenter-ruhlsberg','• Jobcenter Ruhlsberg • Agentur für Arbeit Ruhlsberg • IHK Ruhlsberg'),
             ('afa-ruhlsberg','• Jobcenter Ruhlsberg • Agentur für Arbeit Ruhlsberg • IHK Ruhlsberg'),('ihk-ruhlsberg','• Jobcenter Ruhlsberg • Agentur für Arbeit Ruhlsberg • IHK Ruhlsberg'),
             ('brueckenschlag','• Brückenschlag e.V. • Carl-Kaltenbach-Stiftung'),('stiftung-kaltenbach','• Brückenschlag e.V. • Carl-Kaltenbach-Stiftung'),
             ('bildungswerk-saale-ilm','• BildungsWerk Saale-Ilm gGmbH • Hochschule Ruhlsberg'),('hochschule-ruhlsberg','• BildungsWerk Saale-Ilm gGmbH • Hochschule Ruhlsberg')]:
    rel('bildungsbuero','cooperatesWith',o,'PS',ev)
rel('bildungslotsen','carriedBy','brueckenschlag','PS','„Bildungslotsen“ – Träger: Brückenschlag e.V., finanziert von der Carl-Kaltenbach-Stiftung')
rel('bildungslotsen','fundedBy','stiftung-kaltenbach','PS','„Bildungslotsen“ – Träger: Brückenschlag e.V., finanziert von der Carl-Kaltenbach-Stiftung')
rel('werkstatt-zukunft','carriedBy','bildungswerk-saale-ilm','PS','„Werkstatt Zukunft“ – Träger: BildungsWerk Saale-Ilm gGmbH, Förderung: Jobcenter Ruhlsberg')
rel('werkstatt-zukunft','fundedBy','jobcenter-ruhlsberg','PS','„Werkstatt Zukunft“ – Träger: BildungsWerk Saale-Ilm gGmbH, Förderung: Jobcenter Ruhlsberg')
