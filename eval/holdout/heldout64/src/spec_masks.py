MASKS=[
 dict(id='to-4.2.3.1', section='4.2.3.1', title='Kleinräumiges Bildungsmonitoring für Ortsteile', kbm_function='Daten', page=24, akteure=[
   ('Amt für Bildung, Sachgebiet Bildungsmonitoring (Federführung)', [('Amt für Bildung','amt-bildung'),('Sachgebiet Bildungsmonitoring','sg-bildungsmonitoring')]),
   ('Stabsstelle Bildungsmanagement (Dezernat II)', [('Stabsstelle Bildungsmanagement','stabsstelle-bm')]),
   ('Jugendamt, Sachgebiet Jugendhilfeplanung', [('Jugendamt','jugendamt'),('Sachgebiet Jugendhilfeplanung','sg-jugendhilfeplanung')]),
   ('Staatliches Schulamt Westthüringen (Schuldaten)', [('Staatliches Schulamt Westthüringen','schulamt')]),
   ('Thüringer Landesamt für Statistik', [('Thüringer Landesamt für Statistik','landesamt-statistik')]),
   ('Forschungsstelle Bildungsübergänge und Teilhabe der Fachhochschule Hörselbrück', [('Forschungsstelle Bildungsübergänge und Teilhabe','forschungsstelle')]),
   ('Ortsteilräte Merbitzau, Gräfenwinkel und Fuchsleben', [('Ortsteilrat Merbitzau','ortsteilrat-merbitzau'),('Ortsteilrat Gräfenwinkel','ortsteilrat-graefenwinkel'),('Ortsteilrat Fuchsleben','ortsteilrat-fuchsleben')])]),
 dict(id='to-4.3.3.1', section='4.3.3.1', title='Themenwerkstätten im Bildungsnetzwerk Hörselbrück', kbm_function='Diskurs', page=31, akteure=[
   ('Stabsstelle Bildungsmanagement (Geschäftsführung)', [('Stabsstelle Bildungsmanagement','stabsstelle-bm')]),
   ('Koordinierungskreis des Bildungsnetzwerks (Auftraggeber)', [('Koordinierungskreis des Bildungsnetzwerks','koordinierungskreis')]),
   ('Jugendamt und Agentur für Arbeit Hörselbrück (Leitung Werkstatt „Übergänge gestalten“)', [('Jugendamt','jugendamt'),('Agentur für Arbeit Hörselbrück','afa')]),
   ('Volkshochschule Hörselbrück (Leitung Werkstatt „Sprache und Ankommen“)', [('Volkshochschule Hörselbrück','vhs')]),
   ('Stadtjugendring Hörselbrück e. V. (Leitung Werkstatt „Digitale Bildung“)', [('Stadtjugendring Hörselbrück e. V.','sjr')]),
   ('Stadtelternvertretung Hörselbrück', [('Stadtelternvertretung Hörselbrück','stadtelternvertretung')]),
   ('Staatliches Schulamt Westthüringen', [('Staatliches Schulamt Westthüringen','schulamt')])]),
 dict(id='to-4.5.3.1', section='4.5.3.1', title='Ausbildungslotsen an Regelschulen', kbm_function='Maßnahmen', page=38, akteure=[
   ('Werkstatt Zukunft Hörselbrück gGmbH (Träger)', [('Werkstatt Zukunft Hörselbrück gGmbH','werkstatt-zukunft')]),
   ('Agentur für Arbeit Hörselbrück, Berufsberatung', [('Agentur für Arbeit Hörselbrück','afa')]),
   ('Jobcenter Hörselbrück', [('Jobcenter Hörselbrück','jobcenter')]),
   ('Industrie- und Handelskammer Hörselbrück-Saalstein', [('Industrie- und Handelskammer Hörselbrück-Saalstein','ihk')]),
   ('Staatliches Schulamt Westthüringen und Schulleitungen der Regelschulen', [('Staatliches Schulamt Westthüringen','schulamt')]),
   ('Ottilie-Brenner-Stiftung (Förderer)', [('Ottilie-Brenner-Stiftung','stiftung')]),
   ('Stabsstelle Bildungsmanagement der Stadt Hörselbrück', [('Stabsstelle Bildungsmanagement','stabsstelle-bm')])]),
]
