# Relation specification: evidence strings are whitespace-normalised text of the document
# (line breaks become one space; end-of-line hyphenation may be undone). The builder finds
# the line where the evidence starts. `near` disambiguates repeated evidence.
from spec_entities import CAT, SL, ZV, AP, MIN

REL = []


def R(s, p, o, doc, ev, role=None, note=None, near=None):
    REL.append(dict(subject=s, predicate=p, object=o, doc=doc, evidence=ev, role=role, note=note, near=near))


# =============================== hohensaar-transferkatalog ===============================
R("rv-hohensaar", "participatesIn", "bildungskommunen", CAT,
  "setzt der Regionalverband Hohensaar das Bundesprogramm „Bildungskommunen“ um")
R("tasm", "cooperatesWith", "rv-hohensaar", CAT,
  "Mein Dank gilt der Transferagentur Saar-Mosel, die uns seit 2020 auf Grundlage einer Zielvereinbarung begleitet",
  note="'uns' = Regionalverband Hohensaar (Grußwort of the Regionalverbandsdirektorin).")
R("annegret-wollscheid", "memberOf", "rv-hohensaar", CAT,
  "Regionalverbandsdirektorin des Regionalverbands Hohensaar", role="Regionalverbandsdirektorin", near=30)
R("vhs-hohensaar", "carriedBy", "rv-hohensaar", CAT,
  "In Trägerschaft des Regionalverbands befinden sich 14 weiterführende Schulen, drei Berufsbildungszentren und die Volkshochschule Hohensaar (VHS)")
# mask 3.1.3.1
for o in ["bildungsbuero-hohensaar", "lenkungskreis-hohensaar", "jugendforum-hohensaar"]:
    R("to-3.1.3.1", "involvesActor", o, CAT,
      "Bildungsbüro Hohensaar (Prozesskoordination), Lenkungskreis Bildung, Jugendforum Hohensaar")
for o in ["tasm", "regionalversammlung-hohensaar"]:
    R("to-3.1.3.1", "involvesActor", o, CAT, "Transferagentur Saar-Mosel (Moderation der Werkstätten), Regionalversammlung")
# mask 3.2.3.1
R("to-3.2.3.1", "carriedBy", "statistikstelle-hohensaar", CAT,
  "Er wird von der Statistikstelle des Regionalverbands betrieben")
R("statistikstelle-hohensaar", "subOrganizationOf", "rv-hohensaar", CAT,
  "Statistikstelle des Regionalverbands betrieben", note="genitive 'des Regionalverbands'")
for o in ["statistikstelle-hohensaar", "bildungsbuero-hohensaar", "jugendamt-hohensaar"]:
    R("to-3.2.3.1", "involvesActor", o, CAT,
      "Statistikstelle des Regionalverbands, Bildungsbüro Hohensaar, Jugendamt des Regionalverbands")
for o in ["stat-amt-saarland", "mbk", "afa-saarland"]:
    R("to-3.2.3.1", "involvesActor", o, CAT,
      "Statistisches Amt Saarland, Ministerium für Bildung und Kultur (Schulstatistik), Agentur für Arbeit Saarland")
R("jugendamt-hohensaar", "subOrganizationOf", "rv-hohensaar", CAT, "Jugendamt des Regionalverbands",
  note="genitive 'des Regionalverbands'")
# 3.3.2 Diskurs im Regionalverband
R("dezernat-iii-hohensaar", "subOrganizationOf", "rv-hohensaar", CAT,
  "Dezernat III – Jugend, Schule und Bildung des Regionalverbands", near=154)
R("markus-zenner", "memberOf", "dezernat-iii-hohensaar", CAT,
  "das von Beigeordnetem Markus Zenner geleitet wird", role="Beigeordneter (Leitung)")
R("lea-hoffmann", "memberOf", "bildungsbuero-hohensaar", CAT,
  "das Bildungsbüro Hohensaar unter der Leitung von Lea Hoffmann", role="Leitung")
R("bildungsbuero-hohensaar", "subOrganizationOf", "fb-bildung-integration-hohensaar", CAT,
  "Es ist dem Fachbereich Bildung und Integration im Amt für Schule, Bildung und Sport (Dezernat III) zugeordnet.",
  note="'Es' = Bildungsbüro Hohensaar")
R("fb-bildung-integration-hohensaar", "subOrganizationOf", "amt-sbs-hohensaar", CAT,
  "Fachbereich Bildung und Integration im Amt für Schule, Bildung und Sport")
R("amt-sbs-hohensaar", "subOrganizationOf", "dezernat-iii-hohensaar", CAT,
  "Amt für Schule, Bildung und Sport (Dezernat III)")
R("lenkungskreis-hohensaar", "chairedBy", "annegret-wollscheid", CAT,
  "unter Vorsitz von Regionalverbandsdirektorin Dr. Wollscheid")
for o, ev in [("mbk", "des Ministeriums für Bildung und Kultur (MBK)"),
              ("afa-saarland", "der Agentur für Arbeit Saarland, der IHK Saarland"),
              ("ihk-saarland", "der IHK Saarland, der Handwerkskammer des Saarlandes"),
              ("hwk-saarland", "der Handwerkskammer des Saarlandes, des Jobcenters Hohensaar"),
              ("jobcenter-hohensaar", "des Jobcenters Hohensaar und der Hochschule für Sozialwesen Dillweiler an"),
              ("hs-sozialwesen-dillweiler", "und der Hochschule für Sozialwesen Dillweiler an")]:
    R(o, "participatesIn", "lenkungskreis-hohensaar", CAT, ev,
      note="'Ihm gehören Vertreterinnen und Vertreter ... an' (Ihm = Lenkungskreis Bildung)", near=162)
R("ag-bimo-hohensaar", "chairedBy", "sabine-reinert", CAT,
  "die AG Bildungsmonitoring, geleitet von Dr. Sabine Reinert")
R("sabine-reinert", "memberOf", "statistikstelle-hohensaar", CAT,
  "Dr. Sabine Reinert (Statistikstelle, Sachgebietsleitung)", role="Sachgebietsleitung")
R("statistikstelle-hohensaar", "subOrganizationOf", "amt-zentrale-dienste-hohensaar", CAT,
  "die Statistikstelle selbst ist im Amt für Zentrale Dienste angesiedelt")
R("jugendamt-hohensaar", "participatesIn", "ag-bimo-hohensaar", CAT,
  "In der AG arbeiten zudem das Jugendamt und die VHS Hohensaar mit", note="'der AG' = AG Bildungsmonitoring")
R("vhs-hohensaar", "participatesIn", "ag-bimo-hohensaar", CAT,
  "In der AG arbeiten zudem das Jugendamt und die VHS Hohensaar mit", note="'der AG' = AG Bildungsmonitoring")
R("bildungskonferenz-hohensaar", "carriedBy", "bildungsbuero-hohensaar", CAT,
  "Sie wird vom Bildungsbüro getragen", note="'Sie' = Regionale Bildungskonferenz Hohensaar")
R("bildungsbuero-hohensaar", "cooperatesWith", "lpm", CAT,
  "in enger Abstimmung mit dem Landesinstitut für Pädagogik und Medien (LPM) vorbereitet",
  note="the conference carried by the Bildungsbüro is prepared in close coordination with the LPM")
R("bildungskonferenz-hohensaar", "fundedBy", "stiftung-bildungschancen-saar", CAT,
  "finanziert wird sie mit Unterstützung der Stiftung Bildungschancen Saar")
for s, o in [("rv-hohensaar", "afa-saarland"), ("rv-hohensaar", "jobcenter-hohensaar"), ("afa-saarland", "jobcenter-hohensaar")]:
    R(s, "cooperatesWith", o, CAT,
      "Auf Grundlage einer Kooperationsvereinbarung zwischen dem Regionalverband, der Agentur für Arbeit Saarland und dem Jobcenter Hohensaar")
R("jba-hohensaar", "subOrganizationOf", "jobcenter-hohensaar", CAT, "Sie ist beim Jobcenter angesiedelt",
  note="'Sie' = Jugendberufsagentur Hohensaar")
R("jba-hohensaar", "chairedBy", "carmen-jost", CAT, "Sprecherin ist Carmen Jost")
R("carmen-jost", "memberOf", "afa-saarland", CAT,
  "Carmen Jost (Agentur für Arbeit Saarland, Teamleitung Berufsberatung)", role="Teamleitung Berufsberatung")
# mask 3.3.3.1
for o in ["annegret-wollscheid", "markus-zenner"]:
    R("to-3.3.3.1", "involvesActor", o, CAT,
      "Regionalverbandsdirektorin des Regionalverbands Hohensaar (Vorsitz), Beigeordneter für Jugend, Schule und Bildung",
      note="actors named by role")
for o in ["referat-schulentwicklung-mbk", "afa-saarland"]:
    R("to-3.3.3.1", "involvesActor", o, CAT,
      "Leiterin des Referats Schulentwicklung im Ministerium für Bildung und Kultur, Vorsitzender der Geschäftsführung der Agentur für Arbeit Saarland")
for o in ["ihk-saarland", "hwk-saarland"]:
    R("to-3.3.3.1", "involvesActor", o, CAT, "Hauptgeschäftsführer der IHK Saarland und der Handwerkskammer des Saarlandes")
for o in ["jobcenter-hohensaar", "hs-sozialwesen-dillweiler"]:
    R("to-3.3.3.1", "involvesActor", o, CAT,
      "Geschäftsführerin des Jobcenters Hohensaar, Rektor der Hochschule für Sozialwesen Dillweiler")
R("referat-schulentwicklung-mbk", "subOrganizationOf", "mbk", CAT,
  "Referats Schulentwicklung im Ministerium für Bildung und Kultur")
# mask 3.5.3.1
R("to-3.5.3.1", "carriedBy", "bildungswerk-saar-hochwald", CAT,
  "Das Modellprojekt steht in Trägerschaft des Bildungswerks Saar-Hochwald e.V.")
R("to-3.5.3.1", "fundedBy", "esf-plus", CAT, "wird aus Mitteln des ESF Plus finanziert")
R("to-3.5.3.1", "fundedBy", "masfg", CAT,
  "kofinanziert wird es vom Ministerium für Arbeit, Soziales, Frauen und Gesundheit (MASFG)", note="'es' = das Modellprojekt")
R("ulrike-pfeifer", "memberOf", "bildungswerk-saar-hochwald", CAT,
  "Ulrike Pfeifer, Bildungswerk Saar-Hochwald, Projektleiterin", role="Projektleiterin")
for o in ["bildungswerk-saar-hochwald", "jba-hohensaar"]:
    R("to-3.5.3.1", "involvesActor", o, CAT, "Bildungswerk Saar-Hochwald e.V. (Träger), Jugendberufsagentur Hohensaar")
for o in ["afa-saarland", "hwk-saarland"]:
    R("to-3.5.3.1", "involvesActor", o, CAT,
      "Agentur für Arbeit Saarland, Handwerkskammer des Saarlandes, Gemeinschaftsschulen im Verbandsgebiet")
# Impressum
R("tobias-kiefer", "memberOf", "bildungsbuero-hohensaar", CAT, "Lea Hoffmann, Tobias Kiefer (Bildungsbüro Hohensaar)")
R("bildungsbuero-hohensaar", "fundedBy", "bmbf", CAT,
  "Das Bildungsbüro Hohensaar wird im Rahmen des Programms „Bildungskommunen“ aus Mitteln des Bundesministeriums für Bildung und Forschung")
R("bildungsbuero-hohensaar", "fundedBy", "esf-plus", CAT,
  "des Europäischen Sozialfonds Plus (ESF Plus) gefördert")

# =============================== dillweiler-vorstellung (slides) ===============================
R("tasm", "participatesIn", "transferinitiative", SL, "die TASM ist Teil der Transferinitiative")
R("tasm", "carriedBy", "ibr", SL, "Träger: Institut für Bildung und Region e.V. (IBR), Dillweiler")
R("tasm", "fundedBy", "bmbf", SL, "Zuwendungsgeber ist das Bundesministerium für Bildung und Forschung")
R("tasm", "fundedBy", "esf-plus", SL,
  "die Agentur wird zudem aus Mitteln des Europäischen Sozialfonds Plus (ESF Plus) finanziert")
R("tasm", "fundedBy", "mbk", SL, "kofinanziert vom Land: Ministerium für Bildung und Kultur des Saarlandes (MBK)")
R("laenderteam-saarland-tasm", "subOrganizationOf", "tasm", SL, "Länderteam Saarland der TASM")
R("laenderteam-saarland-tasm", "chairedBy", "katrin-altmeyer", SL, "Länderteam Saarland der TASM, Sprecherin: Katrin Altmeyer")
R("fachbeirat-tasm", "chairedBy", "hartmut-lenz", SL, "den Vorsitz führt Prof. Dr. Hartmut Lenz")
R("hartmut-lenz", "memberOf", "hs-sozialwesen-dillweiler", SL,
  "Prof. Dr. Hartmut Lenz (Hochschule für Sozialwesen Dillweiler)", role="Professor")
for o, ev in [("mbk", "Mitglieder sind das MBK"), ("landkreistag-saarland", "der Landkreistag Saarland"),
              ("arbeitskammer-saarland", "die Arbeitskammer des Saarlandes"), ("rv-hohensaar", "und der Regionalverband Hohensaar")]:
    R(o, "participatesIn", "fachbeirat-tasm", SL, ev, note="slide 'Fachbeirat der TASM': 'Mitglieder sind ...'", near=59)
R("tasm", "cooperatesWith", "lpm", SL,
  "Kooperationspartner sind das Landesinstitut für Pädagogik und Medien (LPM) und die Arbeitskammer")
R("tasm", "cooperatesWith", "arbeitskammer-saarland", SL,
  "Kooperationspartner sind das Landesinstitut für Pädagogik und Medien (LPM) und die Arbeitskammer")
R("tasm", "cooperatesWith", "mbk", SL, "in enger Abstimmung mit dem MBK, Referat Schulentwicklung")
R("referat-schulentwicklung-mbk", "subOrganizationOf", "mbk", SL, "dem MBK, Referat Schulentwicklung",
  note="apposition")
R("tasm", "cooperatesWith", "transelbe", SL,
  "Länderübergreifend arbeitet die TASM eng mit der Transferagentur Elbe-Saale (TransElbe) zusammen")
R("tasm", "cooperatesWith", "rv-hohensaar", SL, "Regionalverband Hohensaar: Zielvereinbarung seit 2020",
  note="slide 'Zusammenarbeit in der Region' of the TASM")
R("lea-hoffmann", "memberOf", "bildungsbuero-hohensaar", SL, "(Ansprechpartnerin: Lea Hoffmann, Bildungsbüro)",
  role="Ansprechpartnerin")
R("tasm", "cooperatesWith", "merzbronn", SL, "Kreisstadt Merzbronn: Zielvereinbarung am 28.04.2022 unterzeichnet")
R("bildungskommunen", "fundedBy", "bmbf", SL, "Die Förderung erfolgt durch das BMBF, kofinanziert aus dem ESF Plus")
R("bildungskommunen", "fundedBy", "esf-plus", SL, "Die Förderung erfolgt durch das BMBF, kofinanziert aus dem ESF Plus")
R("miriam-backes", "memberOf", "tasm", SL, "Dr. Miriam Backes Leiterin der Transferagentur", role="Leiterin der Transferagentur",
  near=150)
R("jonas-recktenwald", "memberOf", "tasm", SL, "Jonas Recktenwald Länderkoordinator Saarland", role="Länderkoordinator Saarland")
R("katrin-altmeyer", "memberOf", "tasm", SL, "Katrin Altmeyer Referentin Diskurs und Beteiligung",
  role="Referentin Diskurs und Beteiligung", note="contact block of the TASM slides")

# =============================== merzbronn-zielvereinbarung ===============================
R("merzbronn", "cooperatesWith", "tasm", ZV,
  "Zielvereinbarung zwischen der Kreisstadt Merzbronn und der Transferagentur Saar-Mosel (TASM)")
R("steuerungsgruppe-merzbronn", "chairedBy", "petra-theobald", ZV,
  "den Vorsitz führt Bürgermeisterin Petra Theobald (Dezernat II)")
R("petra-theobald", "memberOf", "dezernat-ii-merzbronn", ZV, "Bürgermeisterin Petra Theobald (Dezernat II)",
  role="Bürgermeisterin")
R("stabsstelle-bildungskoordination-merzbronn", "subOrganizationOf", "merzbronn", ZV,
  "Stabsstelle Bildungskoordination beim Oberbürgermeister angesiedelt",
  note="Stabsstelle attached to the Oberbürgermeister of the Kreisstadt Merzbronn")
R("zv-m2-2", "fundedBy", "sparkassenstiftung-merzbronn", ZV,
  "Erstellung eines ersten Bildungsberichts (Förderzusage der Sparkassenstiftung Merzbronn liegt vor)")
R("netzwerk-fruehe-bildung-merzbronn", "chairedBy", "nadine-britz", ZV,
  "Netzwerk Frühe Bildung Merzbronn, moderiert von Nadine Britz")
R("nadine-britz", "memberOf", "stabsstelle-bildungskoordination-merzbronn", ZV,
  "Nadine Britz (Stabsstelle Bildungskoordination, Bildungskoordinatorin)", role="Bildungskoordinatorin")
R("ak-sw-merzbronn", "carriedBy", "ihk-saarland", ZV,
  "Arbeitskreis Schule – Wirtschaft Merzbronn in Trägerschaft der IHK Saarland")
R("gemeinschaftsschule-am-kahlenberg", "participatesIn", "ak-sw-merzbronn", ZV,
  "Mitglieder u. a. die Gemeinschaftsschule Am Kahlenberg")
R("hwk-saarland", "participatesIn", "ak-sw-merzbronn", ZV, "und die Handwerkskammer des Saarlandes",
  note="'Mitglieder u. a. die Gemeinschaftsschule Am Kahlenberg und die Handwerkskammer des Saarlandes'")
R("merzbronn", "cooperatesWith", "afa-saarland", ZV,
  "Die Stadt arbeitet eng mit der Agentur für Arbeit Saarland und dem Jobcenter Landkreis Niedwald zusammen.",
  note="'Die Stadt' = Kreisstadt Merzbronn")
R("merzbronn", "cooperatesWith", "jobcenter-niedwald", ZV,
  "Die Stadt arbeitet eng mit der Agentur für Arbeit Saarland und dem Jobcenter Landkreis Niedwald zusammen.",
  note="'Die Stadt' = Kreisstadt Merzbronn")
R("amt-sks-merzbronn", "subOrganizationOf", "dezernat-ii-merzbronn", ZV, "Amt für Schulen, Kultur und Sport (Dezernat II)")
R("jonas-recktenwald", "memberOf", "tasm", ZV, "(Jonas Recktenwald, TASM)")
R("daniel-muench", "memberOf", "amt-sks-merzbronn", ZV, "Daniel Münch, Leiter des Amtes für Schulen, Kultur und Sport",
  role="Leiter des Amtes")
R("merzbronn", "participatesIn", "netzwerk-bm-saar", ZV, "Merzbronn ist dort seit 2022 Mitglied",
  note="'dort' = Netzwerk Bildungsmanagement Saar")
R("netzwerk-bm-saar", "carriedBy", "tasm", ZV, "Netzwerk Bildungsmanagement Saar, das von der TASM betrieben wird")
R("thomas-scholtes", "memberOf", "merzbronn", ZV, "Für die Kreisstadt Merzbronn: Thomas Scholtes, Oberbürgermeister",
  role="Oberbürgermeister")
R("miriam-backes", "memberOf", "tasm", ZV, "Für die Transferagentur Saar-Mosel: Dr. Miriam Backes, Leiterin", role="Leiterin")
for o in ["af-fachkraeftesicherung", "af-integration", "af-uebergang-kita-gs"]:
    R("zv-z1", "addressesActionField", o, ZV,
      "Entwicklung eines Bildungsleitbilds für die Kreisstadt Merzbronn mit den von der Stadtverwaltung benannten Schwerpunkten",
      note="Schwerpunkte listed l.14-18: Fachkräftesicherung, Integration Neuzugewanderter, Übergang Kita – Grundschule")
R("zv-z2", "addressesActionField", "af-bildungsmonitoring", ZV, "Aufbau eines kommunalen Bildungsmonitorings")
R("zv-m2-3", "addressesActionField", "af-bildungsmonitoring", ZV,
  "Qualifizierung von Personal in der Werkstatt Bildungsmonitoring der TASM")
R("zv-m3-2", "addressesActionField", "af-uebergang-schule-beruf", ZV, "Aufbau einer AG Übergang Schule – Beruf")
R("zv-z4", "addressesActionField", "af-fachkraeftesicherung", ZV, "Fachkräftesicherung durch Bildung")

# =============================== ohrebruch-arbeitspakete (OCR) ===============================
R("dezernat-ii-ohrebruch", "subOrganizationOf", "lk-ohrebruch", AP,
  "Dezernat II - Bildung, Jugend und Soziales der Kreisverwaltung", note="Kreisverwaltung of the Landkreis Ohrebruch")
R("birgit-sommerfeld", "memberOf", "dezernat-ii-ohrebruch", AP,
  "das von Dezernentin Dr. Birgit Sommerfeld geleitet wird", role="Dezernentin")
for o, ev in [("amt-sks-ohrebruch", "Zum Dezernat II gehoren das Amt fiir Schule, Kultur und Sport"),
              ("jugendamt-ohrebruch", "Zum Dezernat II gehoren das Amt fiir Schule, Kultur und Sport, das Jugendamt"),
              ("kvhs-ohrebruch", "Zum Dezernat II gehoren das Amt fiir Schule, Kultur und Sport, das Jugendamt sowie die Kreisvolkshochschule Ohrebruch (KVHS)")]:
    R(o, "subOrganizationOf", "dezernat-ii-ohrebruch", AP, ev)
R("kvhs-ohrebruch", "carriedBy", "lk-ohrebruch", AP, "Kreisvolkshochschule Ohrebruch (KVHS), die vom Landkreis getragen wird")
R("kreismedienzentrum-ohrebruch", "subOrganizationOf", "amt-sks-ohrebruch", AP,
  "Das Kreismedienzentrum ist als Sachgebiet dem Amt fiir Schule, Kultur und Sport zugeordnet")
R("bildungsbuero-ohrebruch", "subOrganizationOf", "lk-ohrebruch", AP,
  "Das Bildungsbiiro wurde 2021 als Stabsstelle beim Landrat eingerichtet", note="Stabsstelle beim Landrat")
R("anja-kaschube", "memberOf", "bildungsbuero-ohrebruch", AP, "Leiterin ist Anja Kaschube", role="Leiterin")
R("lk-ohrebruch", "participatesIn", "bildungskommunen", AP,
  "Seit Oktober 2022 nimmt der Landkreis am Programm ,,Bildungskommunen\" teil")
R("bildungsbuero-ohrebruch", "fundedBy", "bmbf", AP,
  "Die Personalstellen des Bildungsbiiros werden daraus mit Mitteln des Bundesministeriums fiir Bildung und Forschung (BMBF)",
  note="staff positions of the Bildungsbüro")
R("bildungsbuero-ohrebruch", "fundedBy", "esf-plus", AP,
  "und des Europaischen Sozialfonds Plus (ESF Plus) gefordert", note="staff positions of the Bildungsbüro")
R("steuerungsgruppe-ohrebruch", "chairedBy", "steffen-bollmann", AP, "unter Vorsitz von Landrat Dr. Steffen Bollmann")
R("steffen-bollmann", "memberOf", "lk-ohrebruch", AP, "Landrat Dr. Steffen Bollmann", role="Landrat", near=21)
for o, ev in [("jugendamt-ohrebruch", "die Leitungen von Jugendamt und Schulamt"),
              ("amt-sks-ohrebruch", "die Leitungen von Jugendamt und Schulamt"),
              ("bildungsbuero-ohrebruch", "das Bildungsbiiro sowie das Jobcenter Landkreis Ohrebruch"),
              ("jobcenter-ohrebruch", "das Bildungsbiiro sowie das Jobcenter Landkreis Ohrebruch")]:
    R(o, "participatesIn", "steuerungsgruppe-ohrebruch", AP, ev,
      note="'Mitglieder sind ...' of the Steuerungsgruppe Bildung", near=23)
R("birgit-sommerfeld", "memberOf", "steuerungsgruppe-ohrebruch", AP,
  "Mitglieder sind die Dezernentin fiir Bildung, Jugend und Soziales", role="Dezernentin fiir Bildung, Jugend und Soziales",
  note="person named by role; = Dr. Birgit Sommerfeld (l.9)")
R("jobcenter-ohrebruch", "carriedBy", "lk-ohrebruch", AP,
  "das als zugelassener kommunaler Trager in Tragerschaft des Landkreises arbeitet")
R("bildungsbeirat-ohrebruch", "chairedBy", "frank-eggert", AP, "Sprecher des Gremiums ist Frank Eggert",
  note="'des Gremiums' = Bildungsbeirat Ohrebruch")
R("frank-eggert", "memberOf", "kreishandwerkerschaft-ohrebruch", AP,
  "Frank Eggert, Geschaftsfiihrer der Kreishandwerkerschaft Ohrebruch", role="Geschaftsfiihrer")
for o, ev in [("lscha", "Im Bildungsbeirat vertreten sind das Landesschulamt Sachsen-Anhalt (LSchA)"),
              ("ihk-magdeburg", "die IHK Magdeburg"),
              ("kreishandwerkerschaft-ohrebruch", "die Kreishandwerkerschaft, die Agentur fiir Arbeit Gardelow"),
              ("afa-gardelow", "die Agentur fiir Arbeit Gardelow, der Kreiselternrat"),
              ("kreiselternrat-ohrebruch", "der Kreiselternrat und die KVHS"),
              ("kvhs-ohrebruch", "der Kreiselternrat und die KVHS")]:
    R(o, "participatesIn", "bildungsbeirat-ohrebruch", AP, ev, near=30)
R("bildungsbeirat-ohrebruch", "carriedBy", "bildungsbuero-ohrebruch", AP,
  "Organisatorisch wird der Beirat vom Bildungsbiiro getragen.")
R("lk-ohrebruch", "participatesIn", "ruemsa", AP,
  "Im Landkreis ist das Regionale Ubergangsmanagement Sachsen-Anhalt (RUMSA) seit 2016 etabliert.")
R("ruemsa-koordinierungsstelle", "subOrganizationOf", "bildungsbuero-ohrebruch", AP,
  "Die RUMSA-Koordinierungsstelle ist im Bildungsbiiro angesiedelt")
R("ruemsa", "fundedBy", "esf-plus", AP, "finanziert wird RUMSA aus Mitteln des ESF Plus")
R("ruemsa", "fundedBy", "ms-lsa", AP,
  "Zuwendungsgeber auf Landesebene ist das Ministerium fiir Arbeit, Soziales, Gesundheit und Gleichstellung des Landes Sachsen-Anhalt")
R("netzwerkstelle-schulerfolg-ohrebruch", "carriedBy", "jugendwerk-ohrebruch", AP,
  "Netzwerkstelle ,,Schulerfolg sichern\" wird durch das Jugendwerk Ohrebruch e.V. betrieben")
R("netzwerkstelle-schulerfolg-ohrebruch", "participatesIn", "schulerfolg-sichern", AP,
  "und ist Teil des gleichnamigen Landesprogramms")
R("lk-ohrebruch", "cooperatesWith", "transelbe", AP,
  "Mit der Transferagentur Elbe-Saale fiir Kommunales Bildungsmanagement (TransElbe) besteht seit Marz 2022 eine Zielvereinbarung.")
R("schulerfolg-sichern", "fundedBy", "esf-plus", AP,
  "Das Landesprogramm ,,Schulerfolg sichern\" wird aus Mitteln des ESF Plus gefordert")
R("kreisbibliothek-ohrebruch", "subOrganizationOf", "amt-sks-ohrebruch", AP,
  "Die Kreisbibliothek ist ebenfalls dem Amt fiir Schule, Kultur und Sport zugeordnet.")
R("kreisjugendring-ohrebruch", "participatesIn", "bildungsbeirat-ohrebruch", AP,
  "Der Kreisjugendring Ohrebruch e.V. ist seit 2023 im Bildungsbeirat vertreten")
for o in ["lk-ohrebruch", "jobcenter-ohrebruch", "afa-gardelow"]:
    R("jba-ohrebruch", "carriedBy", o, AP,
      "Jugendberufsagentur Ohrebruch, die gemeinsam von Landkreis, Jobcenter und Agentur fiir Arbeit Gardelow getragen wird")
R("ag-monitoring-ohrebruch", "chairedBy", "ronny-tiedemann", AP, "AG Monitoring (Leitung: Ronny Tiedemann")
R("ronny-tiedemann", "memberOf", "bildungsbuero-ohrebruch", AP,
  "Ronny Tiedemann, Bildungsbiiro, Sachgebiet Bildungsmonitoring", role="Sachgebiet Bildungsmonitoring")
R("ak-sw-ohrebruch", "carriedBy", "unternehmerverband-ohrebruch", AP,
  "AK Schule-Wirtschaft Ohrebruch (Trager: Unternehmerverband Ohrebruch e.V.)")
R("ag-kita-gs-ohrebruch", "chairedBy", "petra-wendt", AP, "AG Ubergang Kita-Grundschule (Leitung: Petra Wendt")
R("petra-wendt", "memberOf", "jugendamt-ohrebruch", AP,
  "Petra Wendt, Jugendamt, Sachgebietsleiterin Kindertagesstatten", role="Sachgebietsleiterin Kindertagesstatten")
R("netzwerk-integration-ohrebruch", "carriedBy", "migrationsagentur-ohrebruch", AP,
  "Netzwerk Integration Ohrebruch (betrieben durch die Migrationsagentur Ohrebruch")
R("migrationsagentur-ohrebruch", "fundedBy", "mi-lsa", AP,
  "Migrationsagentur wird vom Ministerium fiir Inneres und Sport des Landes Sachsen-Anhalt gefordert")
for o, ev in [("lscha-nord", "Landesschulamt Sachsen-Anhalt, Regionalabteilung Nord"),
              ("lisa", "Landesinstitut fiir Schulqualitat und Lehrerbildung Sachsen-Anhalt (LISA)"),
              ("ihk-magdeburg", "IHK Magdeburg, Kreishandwerkerschaft Ohrebruch"),
              ("kreishandwerkerschaft-ohrebruch", "IHK Magdeburg, Kreishandwerkerschaft Ohrebruch"),
              ("afa-gardelow", "Agentur fiir Arbeit Gardelow, Jobcenter Landkreis Ohrebruch"),
              ("jobcenter-ohrebruch", "Agentur fiir Arbeit Gardelow, Jobcenter Landkreis Ohrebruch"),
              ("stala-lsa", "Statistisches Landesamt Sachsen-Anhalt")]:
    R("lk-ohrebruch", "cooperatesWith", o, AP, ev, note="list 'Kooperationspartner laut Absichtserklarungen' (l.121)",
      near=122)
R("lscha-nord", "subOrganizationOf", "lscha", AP, "Landesschulamt Sachsen-Anhalt, Regionalabteilung Nord", note="apposition")
for s, role in [("sandra-voigt", "Bildungskoordination Ubergange und BNE"), ("kevin-lorenz", "Offentlichkeitsarbeit, Bildungsportal")]:
    R(s, "memberOf", "bildungsbuero-ohrebruch", AP,
      {"sandra-voigt": "Sandra Voigt (Bildungskoordination Ubergange und BNE)",
       "kevin-lorenz": "Kevin Lorenz (Offentlichkeitsarbeit, Bildungsportal)"}[s], role=role,
      note="list 'Projektteam im Bildungsbiiro' (l.129)")
R("anja-kaschube", "memberOf", "lk-ohrebruch", AP, "Anja Kaschube, Leiterin Bildungsbiiro, Landkreis Ohrebruch",
  role="Leiterin Bildungsbiiro")
# work packages -> action fields
R("ap-7", "addressesActionField", "af-bne", AP, "AP 7 Aufbau und Pflege von Kooperationsstrukturen zu den Themen BNE und Fachkréfte")
R("ap-7", "addressesActionField", "af-fachkraeftesicherung", AP,
  "AP 7 Aufbau und Pflege von Kooperationsstrukturen zu den Themen BNE und Fachkréfte")
for o in ["af-digitalisierung", "af-lebenslanges-lernen", "af-ganztag"]:
    R("ap-9", "addressesActionField", o, AP, "v.a. zu den Schwerpunktthemen Digitalisierung, Lebenslanges Lernen und Ganztag")
R("ap-10", "addressesActionField", "af-uebergang-schule-beruf", AP, "AP 10 MaBnahmen fiir den Schwerpunkt Ubergang Schule-Beruf")
R("ap-10", "addressesActionField", "af-berufsorientierung", AP, "Initiierung und Begleitung von MaRnahmen zur Berufsorientierung")
R("ap-11", "addressesActionField", "af-bildungsmonitoring", AP, "AP 11 Fortfiihrung des Bildungsmonitorings")
R("ap-12", "addressesActionField", "af-lebenslanges-lernen", AP, "AP 12 Bildungsberichterstattung im lebenslangen Lernen")
R("ap-13", "addressesActionField", "af-integration", AP, "AP 13 Integration durch Bildung")

# =============================== gardelow-netzwerkprotokoll (minutes) ===============================
R("uwe-kerstan", "memberOf", "gardelow", MIN, "Bürgermeister Uwe Kerstan (Kreisstadt Gardelow)", role="Bürgermeister")
R("claudia-behrendt", "memberOf", "gardelow", MIN, "Kreisstadt Gardelow** - Claudia Behrendt, Leiterin Fachstelle Bildung",
  role="Leiterin Fachstelle Bildung")
R("claudia-behrendt", "memberOf", "fachstelle-bildung-gardelow", MIN, "Claudia Behrendt, Leiterin Fachstelle Bildung",
  role="Leiterin")
R("heiko-kuehnert", "memberOf", "lk-jeetzeland", MIN,
  "LK Jeetzeland** - Heiko Kühnert, Sachgebietsleiter Schulentwicklungsplanung, Amt für Bildung und Kultur",
  role="Sachgebietsleiter Schulentwicklungsplanung, Amt für Bildung und Kultur")
R("heiko-kuehnert", "memberOf", "amt-bk-jeetzeland", MIN,
  "Heiko Kühnert, Sachgebietsleiter Schulentwicklungsplanung, Amt für Bildung und Kultur",
  role="Sachgebietsleiter Schulentwicklungsplanung")
R("yvonne-luedecke", "memberOf", "lk-jeetzeland", MIN, "LK Jeetzeland** - Yvonne Lüdecke, Bildungskoordinatorin für Neuzugewanderte",
  role="Bildungskoordinatorin für Neuzugewanderte")
R("stefanie-brandt", "memberOf", "kalbenstedt", MIN,
  "Stadt Kalbenstedt** - Stefanie Brandt (Amt für Jugend, Sachgebietsleitung Jugendhilfeplanung)",
  role="Amt für Jugend, Sachgebietsleitung Jugendhilfeplanung")
R("stefanie-brandt", "memberOf", "amt-jugend-kalbenstedt", MIN,
  "Stefanie Brandt (Amt für Jugend, Sachgebietsleitung Jugendhilfeplanung)", role="Sachgebietsleitung Jugendhilfeplanung")
R("anja-kaschube", "memberOf", "lk-ohrebruch", MIN, "LK Ohrebruch** - Anja Kaschube, Leiterin Bildungsbüro",
  role="Leiterin Bildungsbüro")
R("anja-kaschube", "memberOf", "bildungsbuero-ohrebruch", MIN, "Anja Kaschube, Leiterin Bildungsbüro", role="Leiterin",
  near=29)
R("ronny-tiedemann", "memberOf", "lk-ohrebruch", MIN, "LK Ohrebruch** - Ronny Tiedemann, Mitarbeiter Bildungsmonitoring",
  role="Mitarbeiter Bildungsmonitoring")
R("ines-hartwig", "memberOf", "lisa", MIN,
  "Dr. Ines Hartwig – Landesinstitut für Schulqualität und Lehrerbildung Sachsen-Anhalt (LISA), Fachbereich Schulentwicklung",
  role="Fachbereich Schulentwicklung")
R("matthias-gerlach", "memberOf", "lscha", MIN, "Matthias Gerlach – Landesschulamt Sachsen-Anhalt, Referent Schulstatistik",
  role="Referent Schulstatistik")
R("tobias-kiefer", "memberOf", "bildungsbuero-hohensaar", MIN,
  "Tobias Kiefer – Bildungsbüro Hohensaar (Regionalverband Hohensaar), Bildungsmonitoring", role="Bildungsmonitoring")
R("bildungsbuero-hohensaar", "subOrganizationOf", "rv-hohensaar", MIN, "Bildungsbüro Hohensaar (Regionalverband Hohensaar)",
  note="parenthetical apposition")
R("jonas-recktenwald", "memberOf", "tasm", MIN,
  "Jonas Recktenwald – Transferagentur Saar-Mosel (TASM), Länderkoordinator Saarland", role="Länderkoordinator Saarland")
R("transelbe", "fundedBy", "bmbf", MIN,
  "Die Transferagentur Elbe-Saale für Kommunales Bildungsmanagement wird aus Mitteln des Bundesministeriums für Bildung und Forschung und des Europäischen Sozialfonds Plus gefördert.")
R("transelbe", "fundedBy", "esf-plus", MIN,
  "Die Transferagentur Elbe-Saale für Kommunales Bildungsmanagement wird aus Mitteln des Bundesministeriums für Bildung und Forschung und des Europäischen Sozialfonds Plus gefördert.")
for s, ev, role in [("kerstin-wernicke", "Dr. Kerstin Wernicke – Leitung", "Leitung"),
                    ("maik-pohlmann", "Maik Pohlmann – Länderkoordination Sachsen-Anhalt", "Länderkoordination Sachsen-Anhalt"),
                    ("julia-schadow", "Julia Schadow – Bildungsmonitoring", "Bildungsmonitoring"),
                    ("sebastian-rietzschel", "Sebastian Rietzschel – Projektassistenz", "Projektassistenz")]:
    R(s, "memberOf", "transelbe", MIN, ev, role=role, note="list under heading 'TransElbe' (l.60)")
R("netzwerk-elbe-ohre", "carriedBy", "transelbe", MIN,
  "Das Netzwerk ist ein Angebot der TransElbe und wird von ihr getragen")
R("netzwerk-elbe-ohre", "chairedBy", "maik-pohlmann", MIN, "moderiert wird es seit 2021 von Maik Pohlmann",
  note="'es' = das Netzwerk")
R("transelbe", "carriedBy", "mib", MIN, "Träger der TransElbe: Mitteldeutsches Institut für Bildungsplanung e.V. (MIB)")
for s in ["lk-ohrebruch", "lk-jeetzeland", "gardelow", "kalbenstedt"]:
    R(s, "participatesIn", "netzwerk-elbe-ohre", MIN,
      "Mitglieder des Netzwerks sind die Landkreise Ohrebruch und Jeetzeland, die Kreisstadt Gardelow und die Stadt Kalbenstedt")
R("lk-ohrebruch", "participatesIn", "bildungskommunen", MIN,
  "Fortschreibung der Vorhabenbeschreibung im Programm „Bildungskommunen“ eingereicht",
  note="report of the LK Ohrebruch (section heading l.88)")
R("bildungsbuero-ohrebruch", "cooperatesWith", "stala-lsa", MIN,
  "seit Juni 2023 arbeitet das Bildungsbüro eng mit dem Statistischen Landesamt Sachsen-Anhalt zusammen")
R("ag-monitoring-ohrebruch", "chairedBy", "ronny-tiedemann", MIN, "AG Monitoring tagt monatlich; Herr Tiedemann leitet sie seit Januar 2023")
R("fachstelle-bildung-gardelow", "subOrganizationOf", "fachdienst-jss-gardelow", MIN,
  "Die Fachstelle Bildung ist dem Fachdienst Jugend, Schule und Soziales zugeordnet")
R("runder-tisch-gardelow", "chairedBy", "claudia-behrendt", MIN, "Runder Tisch Bildung Gardelow, Sprecherin ist Claudia Behrendt")
R("sekundarschule-gardelow-nord", "participatesIn", "runder-tisch-gardelow", MIN,
  "beteiligt sind u. a. die Sekundarschule Gardelow-Nord und die Stadtbibliothek Gardelow")
R("stadtbibliothek-gardelow", "participatesIn", "runder-tisch-gardelow", MIN,
  "beteiligt sind u. a. die Sekundarschule Gardelow-Nord und die Stadtbibliothek Gardelow")
R("gardelow", "participatesIn", "schulerfolg-sichern", MIN,
  "Die Stadt beteiligt sich am Landesprogramm „Schulerfolg sichern“", note="'Die Stadt' = Kreisstadt Gardelow")
R("amt-bk-jeetzeland", "subOrganizationOf", "dezernat-i-jeetzeland", MIN,
  "Das Amt für Bildung und Kultur gehört zum Dezernat I (Zentrale Dienste, Bildung und Kultur) des Landkreises")
R("dezernat-i-jeetzeland", "subOrganizationOf", "lk-jeetzeland", MIN,
  "Dezernat I (Zentrale Dienste, Bildung und Kultur) des Landkreises", note="'des Landkreises' = LK Jeetzeland (section)")
R("lk-jeetzeland", "cooperatesWith", "lscha-nord", MIN,
  "Schulentwicklungsplan 2024–2029 in Erarbeitung, gemeinsam mit der Regionalabteilung Nord des Landesschulamts")
R("lscha-nord", "subOrganizationOf", "lscha", MIN, "Regionalabteilung Nord des Landesschulamts")
R("bildungskonferenz-jeetzeland", "chairedBy", "marion-hagedorn", MIN,
  "Bildungskonferenz Jeetzeland fand am 31.05.2023 unter Vorsitz von Landrätin Marion Hagedorn statt")
R("marion-hagedorn", "memberOf", "lk-jeetzeland", MIN, "Landrätin Marion Hagedorn", role="Landrätin",
  note="report of the LK Jeetzeland")
R("lk-jeetzeland", "participatesIn", "kommunale-koordinierung", MIN,
  "Der Landkreis Jeetzeland nimmt am Bundesprogramm „Kommunale Koordinierung der Bildungsangebote für Neuzugewanderte“ teil")
R("netzwerk-sprache-integration-jeetzeland", "cooperatesWith", "kvhs-jeetzeland", MIN,
  "Netzwerk Sprache und Integration Jeetzeland: Kooperationspartner sind die Kreisvolkshochschule Jeetzeland")
R("netzwerk-sprache-integration-jeetzeland", "cooperatesWith", "caritas-altmark-west", MIN,
  "Kooperationspartner sind die Kreisvolkshochschule Jeetzeland und der Caritasverband Altmark-West")
R("abt-kjf-kalbenstedt", "subOrganizationOf", "amt-jugend-kalbenstedt", MIN,
  "Die Abteilung Kinder- und Jugendförderung im Amt für Jugend")
R("lokales-bildungsnetzwerk-kalbenstedt", "chairedBy", "stefanie-brandt", MIN,
  "Lokales Bildungsnetzwerk Kalbenstedt, geleitet von Stefanie Brandt")
R("lokales-bildungsnetzwerk-kalbenstedt", "fundedBy", "buergerstiftung-kalbenstedt", MIN,
  "die Arbeit wird mit Unterstützung der Bürgerstiftung Kalbenstedt finanziert")
R("kalbenstedt", "cooperatesWith", "jba-ohrebruch", MIN,
  "Kalbenstedt arbeitet in der Berufsorientierung eng mit der Jugendberufsagentur Ohrebruch zusammen")
R("lscha", "subOrganizationOf", "mb-lsa", MIN,
  "das Landesschulamt ist dem Ministerium für Bildung des Landes Sachsen-Anhalt nachgeordnet",
  note="nachgeordnete Behörde")
R("lisa", "cooperatesWith", "transelbe", MIN,
  "LISA bietet gemeinsam mit TransElbe im Frühjahr 2024 einen Thementag „Schuldaten lesen“ an",
  note="joint offer already agreed (to-do 3)")
R("to-3.2.3.1", "carriedBy", "statistikstelle-hohensaar", MIN,
  "Der Bildungsdatenkompass wird von der Statistikstelle des Regionalverbands betrieben")
R("statistikstelle-hohensaar", "subOrganizationOf", "rv-hohensaar", MIN, "Statistikstelle des Regionalverbands",
  note="genitive 'des Regionalverbands'", near=159)
R("transelbe", "cooperatesWith", "tasm", MIN, "TransElbe und TASM kooperieren seit 2021 in einem länderübergreifenden Tandem")
R("rv-hohensaar", "participatesIn", "bildungskommunen", MIN,
  "die Kosten werden im Regionalverband aus dem Programm „Bildungskommunen“ getragen")
R("ag-kennzahlen", "chairedBy", "julia-schadow", MIN, "Die AG Kennzahlen wird von Julia Schadow (TransElbe) geleitet")
for s, ev in [("lk-ohrebruch", "In der AG arbeiten der LK Ohrebruch, der LK Jeetzeland und die Stadt Kalbenstedt mit"),
              ("lk-jeetzeland", "In der AG arbeiten der LK Ohrebruch, der LK Jeetzeland und die Stadt Kalbenstedt mit"),
              ("kalbenstedt", "In der AG arbeiten der LK Ohrebruch, der LK Jeetzeland und die Stadt Kalbenstedt mit")]:
    R(s, "participatesIn", "ag-kennzahlen", MIN, ev, note="'der AG' = AG Kennzahlen")
