#!/usr/bin/env python3
"""Build gold/entities.json, gold/relations.json, gold/transfer_objects.json.

Entities and relations are written down by hand below; the builder only
  * finds the line of each relation's evidence (unique single-line hit, else unique hit in the
    joined text; ambiguous hits must be disambiguated with line=...),
  * computes each entity's mention lines per document from its name/aliases (longest match
    wins over shorter overlapping forms of other entities),
  * reads the product masks of the catalogue for transfer_objects.json.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
from validate import Doc, norm, strip_qualifier  # noqa: E402

D1 = "rednitzburg-transferkatalog"
D2 = "elstergebirge-arbeitspakete"
D3 = "zechenau-zielvereinbarung"
D4 = "elstergebirge-netzwerktreffen"
D5 = "rednitzburg-agenturvorstellung"

DOCS = {p.stem: Doc(p) for p in (ROOT / "corpus").iterdir() if p.suffix in (".txt", ".md")}

ENTS = []


def E(id, type, name, aliases=(), docs=(), **kw):
    d = {"id": id, "type": type, "name": name, "aliases": list(aliases), "docs": list(docs)}
    d.update(kw)
    ENTS.append(d)


def P(id, name, aliases, docs, role, affiliation, **kw):
    E(id, "Person", name, aliases, docs, role=role, affiliation=affiliation, **kw)


# ---------------------------------------------------------------- municipalities
E("stadt-rednitzburg", "Municipality", "Stadt Rednitzburg", ["Rednitzburg"], [D1, D5],
  note="invented kreisfreie Stadt in Mittelfranken (Bayern)")
E("lk-rednitzgrund", "Municipality", "Landkreis Rednitzgrund", [], [D1])
E("stadt-kornhausen", "Municipality", "Stadt Kornhausen", [], [D1],
  note="only a planned (not signed) agreement; no relation")
E("gks-zechenau", "Municipality", "Große Kreisstadt Zechenau",
  ["Großen Kreisstadt Zechenau", "GroBe Kreisstadt Zechenau", "GroBen Kreisstadt Zechenau",
   "Stadt Zechenau", "Zechenau", "Stadtverwaltung Zechenau"], [D2, D3, D4, D5],
  note="invented Große Kreisstadt (Sachsen, Erzgebirge/Vogtland); 'Stadtverwaltung Zechenau' read as the city")
E("lk-elstergebirge", "Municipality", "Landkreis Elstergebirge",
  ["LK Elstergebirge", "Landratsamt Elstergebirge"], [D2, D3, D4, D5],
  note="invented Landkreis (Sachsen); 'Landratsamt Elstergebirge' read as the Landkreis")
E("lk-schwarzwassertal", "Municipality", "Landkreis Schwarzwassertal",
  ["LK Schwarzwassertal", "Landkreises Schwarzwassertal"], [D2, D4])
E("gks-huettenstein", "Municipality", "Große Kreisstadt Hüttenstein", ["GKS Hüttenstein", "Hüttenstein"], [D4])
E("stadt-eibenwalde", "Municipality", "Stadt Eibenwalde", [], [D4],
  note="left the network on 31.12.2023; no participatesIn")
E("gemeinde-gruensteig", "Municipality", "Gemeinde Grünsteig", [], [D2])

# ---------------------------------------------------------------- federal / state bodies
E("bmbf", "Organization", "Bundesministerium für Bildung und Forschung",
  ["BMBF", "Bundesministeriums für Bildung und Forschung", "Bundesministerium fiir Bildung und Forschung"],
  [D1, D2, D4, D5])
E("bmfsfj", "Organization", "Bundesministerium für Familie, Senioren, Frauen und Jugend", ["BMFSFJ"], [D4])
E("stmuk", "Organization", "Bayerische Staatsministerium für Unterricht und Kultus",
  ["Bayerischen Staatsministerium für Unterricht und Kultus", "StMUK"], [D1, D5])
E("stmas", "Organization", "Bayerischen Staatsministerium für Familie, Arbeit und Soziales", ["StMAS"], [D1],
  note="only the dative form occurs")
E("smk", "Organization", "Sächsische Staatsministerium für Kultus",
  ["SMK", "Sachsischen Staatsministerium fiir Kultus"], [D2, D4, D5])
E("lasub", "Organization", "Landesamt für Schule und Bildung",
  ["LaSuB", "Landesamt fiir Schule und Bildung", "Landesamtes für Schule und Bildung"], [D2, D3, D4, D5])
E("stla-sachsen", "Organization", "Statistisches Landesamt des Freistaates Sachsen",
  ["Statistischen Landesamt des Freistaates Sachsen", "Statistisches Landesamt", "Statistischen Landesamtes"],
  [D2, D3, D4])
E("bay-landesamt-statistik", "Organization", "Bayerischen Landesamts für Statistik", [], [D1],
  note="only the genitive form occurs")
E("freistaat-sachsen", "Organization", "Freistaat Sachsen", [], [D4])
E("eu", "Organization", "Europäischen Union", [], [D4], note="logo block 'Kofinanziert von der Europäischen Union'")
E("ssa-rednitzburg", "Organization", "Staatliches Schulamt (Stadt Rednitzburg)",
  ["Staatlichen Schulamt in der Stadt Rednitzburg", "Staatliches Schulamt", "Staatlichen Schulamt", "SSA"], [D1])
E("afa-rednitzburg", "Organization", "Agentur für Arbeit Rednitzburg", [], [D1])
E("jobcenter-rednitzburg", "Organization", "Jobcenter Rednitzburg", [], [D1])
E("afa-zechenau", "Organization", "Agentur für Arbeit Zechenau", ["Agentur fiir Arbeit Zechenau"], [D2, D3, D4])
E("jobcenter-elstergebirge", "Organization", "Jobcenter Elstergebirge", ["Jobcenters Elstergebirge"], [D2])
E("jobcenter-schwarzwassertal", "Organization", "Jobcenter Schwarzwassertal", [], [D4])

# ---------------------------------------------------------------- Stadt Rednitzburg: administration
E("referat-iv-rednitzburg", "Organization", "Referat für Jugend, Familie und Bildung", ["Referat IV"], [D1])
E("bildungsbuero-rednitzburg", "Organization", "Bildungsbüro (Stadt Rednitzburg)", ["Bildungsbüro"], [D1])
E("amt-schulen-rednitzburg", "Organization", "Amt für Schulen", [], [D1])
E("jugendamt-rednitzburg", "Organization", "Amt für Kinder, Jugend und Familie", ["Jugendamt"], [D1])
E("vhs-rednitzburg", "Organization", "Volkshochschule Rednitzburg", ["Volkshochschule"], [D1])
E("amt-statistik-rednitzburg", "Organization", "Amt für Statistik und Stadtforschung", [], [D1])
E("abt-bildungsmonitoring-rednitzburg", "Organization", "Abteilung Bildungsmonitoring", [], [D1])
E("referat-ii-rednitzburg", "Organization", "Referat für Wirtschaft und Finanzen", ["Referat II"], [D1])
E("stadtbibliothek-rednitzburg", "Organization", "Stadtbibliothek Rednitzburg", ["Stadtbibliothek"], [D1])
E("kulturreferat-rednitzburg", "Organization", "Kulturreferat", [], [D1])
# ---------------------------------------------------------------- Rednitzburg: partners
E("hochschule-rednitzburg", "Organization", "Hochschule Rednitzburg", [], [D1])
E("ihk-gremium-rednitzburg", "Organization", "IHK-Gremium Rednitzburg", [], [D1])
E("khs-rednitzburg", "Organization", "Kreishandwerkerschaft Rednitzburg", [], [D1])
E("buergerstiftung-rednitzburg", "Organization", "Bürgerstiftung Rednitzburg", [], [D1])
E("kestler-stiftung", "Organization", "Hedwig-Kestler-Stiftung", [], [D1])
E("stadtjugendring-rednitzburg", "Organization", "Stadtjugendring Rednitzburg", [], [D1],
  note="former member of the Bildungsbeirat (until 2020); no participatesIn")
E("caritas-rednitzburg", "Organization", "Caritasverband Rednitzburg e.V.", [], [D1])
E("stadtteilzentrum-suedstadt", "Organization", "Stadtteilzentrum Südstadt", [], [D1])
E("fbw-rednitzburg", "Organization", "Evangelisches Familienbildungswerk Rednitzburg",
  ["Evangelischen Familienbildungswerks Rednitzburg", "Evangelisches Familienbildungswerk", "Familienbildungswerk"], [D1])
E("familienstuetzpunkt-weinleite", "Organization", "Familienstützpunkt Weinleite", [], [D1])
E("dekanat-rednitzburg", "Organization", "Evangelisch-Lutherischen Dekanat Rednitzburg", [], [D1],
  note="only the dative form occurs")
# ---------------------------------------------------------------- Rednitzburg: bodies
E("stadtrat-rednitzburg", "Body", "Stadtrat der Stadt Rednitzburg", ["Stadtrat", "Stadtrates"], [D1])
E("ausschuss-sbs-rednitzburg", "Body", "Ausschuss für Schule, Bildung und Sport", [], [D1])
E("jugendhilfeausschuss-rednitzburg", "Body", "Jugendhilfeausschuss", [], [D1])
E("lenkungsgruppe-bildung-rednitzburg", "Body", "Lenkungsgruppe Bildung", ["Lenkungsgruppe"], [D1])
E("bildungsbeirat-rednitzburg", "Body", "Bildungsbeirat (Stadt Rednitzburg)",
  ["Bildungsbeirat", "Bildungsbeirats", "Beirat"], [D1])
E("bildungskonferenz-rednitzburg", "Body", "Rednitzburger Bildungskonferenz", [], [D1])
E("ak-schule-wirtschaft-rednitzburg", "Body", "Arbeitskreis Schule–Wirtschaft Rednitzburg", [], [D1])
E("sg-uebergang-rednitzburg", "Body", "Steuerungsgruppe Übergang Schule–Beruf", [], [D1],
  note="joint body of Stadt Rednitzburg and Landkreis Rednitzgrund")
E("netzwerk-elternbildung-rednitzburg", "Body", "Netzwerk Elternbildung", [], [D1])
E("integrationsbeirat-rednitzburg", "Body", "Integrationsbeirat der Stadt Rednitzburg",
  ["Integrationsbeirat", "Integrationsbeirats"], [D1])
E("stadtelternbeirat-rednitzburg", "Body", "Stadtelternbeirat", [], [D1])

# ---------------------------------------------------------------- Landkreis Elstergebirge
E("bildungsbuero-elstergebirge", "Organization", "Bildungsbüro des LK Elstergebirge",
  ["Bildungsbüro", "Bildungsbiiro", "Stabsstelle Bildung"], [D2, D4],
  skip_lines={D4: [28, 114, 140]})
E("dezernat-ii-elstergebirge", "Organization", "Dezernat II", [], [D2])
E("amt-schule-bildung-elstergebirge", "Organization", "Amt für Schule und Bildung", ["Amtes fiir Schule und Bildung"], [D2])
E("jugendamt-elstergebirge", "Organization", "Jugendamt (Landkreis Elstergebirge)", ["Jugendamt", "Jugendamtes"], [D2])
E("sozialamt-elstergebirge", "Organization", "Sozialamt (Landkreis Elstergebirge)", ["Sozialamt", "Sozialamtes"], [D2])
E("kvhs-elstergebirge", "Organization", "Kreisvolkshochschule Elstergebirge", ["Kreisvolkshochschule"], [D2])
E("jba-elstergebirge", "Organization", "Jugendberufsagentur Elstergebirge", ["Jugendberufsagentur"], [D2, D4])
E("khs-elstergebirge", "Organization", "Kreishandwerkerschaft Elstergebirge", [], [D2, D3])
E("mpz-elstergebirge", "Organization", "Medienpädagogisches Zentrum Elstergebirge",
  ["MPZ", "Medienpadagogischem Zentrum Elstergebirge"], [D2])
E("umweltzentrum-gruensteig", "Organization", "Umweltzentrum Grünsteig", [], [D2])
E("foerderverein-naturpark", "Organization", "Förderverein Naturpark Elstergebirge e.V.", [], [D2])
E("awo-kv-elstergebirge", "Organization", "AWO Kreisverband Elstergebirge e.V.", [], [D4])
E("familienzentrum-eibenwalde", "Organization", "Familienzentrum Eibenwalde", [], [D4])
E("sg-bildung-elstergebirge", "Body", "Steuerungsgruppe Bildung (Landkreis Elstergebirge)", ["Steuerungsgruppe Bildung"], [D2])
E("kreistag-elstergebirge", "Body", "Kreistag (Landkreis Elstergebirge)", ["Kreistag", "Kreistages"], [D2])
E("ausschuss-bks-elstergebirge", "Body", "Ausschuss für Bildung, Kultur und Sport", [], [D2])
E("bildungsbeirat-elstergebirge", "Body", "Bildungsbeirat (Landkreis Elstergebirge)", ["Bildungsbeirat"], [D2],
  note="planned (Grundsatzbeschluss des Kreistages steht aus); no relations")
E("bildungskonferenz-elstergebirge", "Body", "Elstergebirgische Bildungskonferenz",
  ["Elstergebirgischen Bildungskonferenz"], [D2])
E("ak-schule-wirtschaft-elstergebirge", "Body", "AK Schule-Wirtschaft Elstergebirge", [], [D2])
E("ag-kita-grundschule-elstergebirge", "Body", "AG Übergang Kita-Grundschule", [], [D2])
E("netzwerk-bimo-erzgebirge-vogtland", "Body", "Regionales Netzwerk Bildungsmonitoring Erzgebirge-Vogtland",
  ["Regionalen Netzwerk Bildungsmonitoring Erzgebirge-Vogtland",
   "Regionalen Netzwerks Bildungsmonitoring Erzgebirge-Vogtland",
   "Regionale Netzwerk Bildungsmonitoring Erzgebirge-Vogtland", "Netzwerk", "Netzwerks"], [D2, D3, D4, D5])
E("ag-kennzahlen", "Body", "AG Kennzahlen", [], [D4])

# ---------------------------------------------------------------- Große Kreisstadt Zechenau
E("stabsstelle-bildungskoordination-zechenau", "Organization", "Stabsstelle Bildungskoordination", [], [D3, D4])
E("amt-bks-zechenau", "Organization", "Amt für Bildung, Kultur und Sport", [], [D3, D4])
E("dezernat-iii-zechenau", "Organization", "Dezernat III", [], [D3])
E("kita-fachberatung-zechenau", "Organization", "Kita-Fachberatung", [], [D3])
E("eigenbetrieb-kita-zechenau", "Organization", "Eigenbetrieb Kindertagesstätten Zechenau", [], [D3])
E("schuelerlabor-forscherstollen", "Organization", "Schülerlabor „Forscherstollen Zechenau“",
  ["Schülerlabors „Forscherstollen Zechenau“", "Forscherstollen Zechenau"], [D3, D4])
E("foerderverein-montanregion", "Organization", "Förderverein Montanregion Zechenau e.V.", [], [D3])
E("glueckauf-stiftung", "Organization", "Glückauf-Stiftung Erzgebirge", [], [D3])
E("ihk-regionalkammer-zechenau", "Organization", "IHK-Regionalkammer Zechenau", [], [D3, D4])
E("stadtrat-zechenau", "Body", "Stadtrat (Große Kreisstadt Zechenau)", ["Stadtrat", "Stadtrates"], [D3])
E("sg-bildung-zechenau", "Body", "Steuerungsgruppe Bildung (Große Kreisstadt Zechenau)", ["Steuerungsgruppe Bildung"], [D3],
  note="planned (Stadtratsbeschluss steht aus); chair only intended; no relations")
E("ak-uebergang-zechenau", "Body", "Arbeitskreis Übergang Schule–Beruf Zechenau",
  ["Arbeitskreises Übergang Schule–Beruf Zechenau"], [D3, D4])

# ---------------------------------------------------------------- LK Schwarzwassertal / GKS Hüttenstein
E("bildungsbuero-schwarzwassertal", "Organization", "Bildungsbüro (LK Schwarzwassertal)", ["Bildungsbüro"], [D4],
  only_lines={D4: [28, 114]})
E("amt-kreisentwicklung-schwarzwassertal", "Organization", "Amt für Kreisentwicklung", [], [D4])
E("jba-schwarzwassertal", "Organization", "Jugendberufsagentur Schwarzwassertal", [], [D4])
E("sg-berufsorientierung-schwarzwassertal", "Body", "Steuerungsgruppe Berufsorientierung", [], [D4])
E("koordinierungsstelle-bildung-huettenstein", "Organization", "Koordinierungsstelle Bildung", [], [D4])
E("amt-jss-huettenstein", "Organization", "Amt für Jugend, Schule und Soziales",
  ["Amtes für Jugend, Schule und Soziales"], [D4])
E("oberschule-huettenberg", "Organization", "Oberschule am Hüttenberg", [], [D4])
E("bsz-huettenstein", "Organization", "Berufsschulzentrum Hüttenstein", [], [D4])

# ---------------------------------------------------------------- transfer agency
E("transnosa", "Organization", "Transferagentur Nordbayern-Sachsen für Kommunales Bildungsmanagement",
  ["TransNoSa", "Transferagentur Nordbayern-Sachsen fiir Kommunales Bildungsmanagement",
   "Transferagentur Nordbayern-Sachsen", "Transferagentur"], [D2, D3, D4, D5],
  note="invented transfer agency")
E("ibr", "Organization", "Institut für Bildungsplanung und Regionalentwicklung e.V.", ["IBR"], [D4, D5],
  skip_lines={D5: [139, 162]})
E("abt-regionale-bildungsplanung-ibr", "Organization", "Abteilung Regionale Bildungsplanung", [], [D5])
E("netzwerk-transferagenturen", "Body", "Bundesweites Netzwerk der Transferagenturen",
  ["Bundesweiten Netzwerk der Transferagenturen"], [D5])

# ---------------------------------------------------------------- programmes
E("bildung-integriert", "Programme", "Bildung integriert", [], [D1, D2, D5])
E("bildungskommunen", "Programme", "Bildungskommunen", [], [D2, D4, D5])
E("esf", "Programme", "ESF", ["Europäischen Sozialfonds"], [D1])
E("esf-plus", "Programme", "ESF Plus",
  ["Europäischen Sozialfonds Plus", "Europaischen Sozialfonds Plus"], [D2, D4, D5])
E("bildungsregion-in-bayern", "Programme", "Bildungsregion in Bayern", [], [D1])
E("kommunale-koordinierung-neuzugewanderte", "Programme",
  "Kommunale Koordinierung der Bildungsangebote für Neuzugewanderte", [], [D1])
E("lernen-vor-ort", "Programme", "Lernen vor Ort", [], [D2, D5],
  note="only mentioned as an example / source of results; no participatesIn")
E("transferinitiative", "Programme", "Transferinitiative Kommunales Bildungsmanagement", [], [D5])
E("jugend-staerken-im-quartier", "Programme", "JUGEND STÄRKEN im Quartier", [], [D4])

# ---------------------------------------------------------------- persons
P("annegret-holzapfel", "Dr. Annegret Holzapfel", ["Referentin für Jugend, Familie und Bildung"], [D1],
  "Referentin für Jugend, Familie und Bildung", "Stadt Rednitzburg",
  note="alias: the office title refers to her in the Lenkungsgruppe member list (l.144)")
P("thomas-reingruber", "Thomas Reingruber", [], [D1], "Leiter des Bildungsbüros", "Stadt Rednitzburg, Bildungsbüro")
P("stefan-brunnhuber", "Stefan Brunnhuber", [], [D1], "Oberbürgermeister", "Stadt Rednitzburg")
P("sabine-kestel-wirth", "Sabine Kestel-Wirth", [], [D1], "Leiterin der Abteilung Bildungsmonitoring",
  "Amt für Statistik und Stadtforschung (Stadt Rednitzburg)")
P("juergen-pfaffenberger", "Jürgen Pfaffenberger", [], [D1], "Schulamtsdirektor",
  "Staatliches Schulamt in der Stadt Rednitzburg")
P("klaus-ebenhoech", "Klaus Ebenhöch", [], [D1], "Vorsitzender", "IHK-Gremium Rednitzburg")
P("gerhard-proebstl", "Gerhard Pröbstl", [], [D1], "Vorsitzender der Geschäftsführung", "Agentur für Arbeit Rednitzburg")
P("ulrike-sandmann", "Prof. Dr. Ulrike Sandmann", [], [D1], "Vizepräsidentin", "Hochschule Rednitzburg")
P("renate-vollrath", "Dr. Renate Vollrath", [], [D1], "Leiterin", "Volkshochschule Rednitzburg",
  note="chaired the Bildungsbeirat 2018-2021 only; no chairedBy")
P("aylin-demirtas", "Aylin Demirtaş", [], [D1], "Vorsitzende des Integrationsbeirats", "Integrationsbeirat der Stadt Rednitzburg")
P("birgit-sauerwein", "Birgit Sauerwein", [], [D1], "Fachbereichsleitung", "Evangelisches Familienbildungswerk Rednitzburg")
P("kathrin-meinel", "Kathrin Meinel", [], [D2, D4], "Leiterin Bildungsbüro; Sprecherin des Netzwerks",
  "Landkreis Elstergebirge")
P("tobias-rehn", "Tobias Rehn", [], [D2, D4], "Mitarbeiter Bildungsmonitoring (Projektkoordination)", "Landkreis Elstergebirge")
P("ines-wappler", "Dr. Ines Wappler", [], [D2], "Beigeordnete", "Landkreis Elstergebirge")
P("frank-seidelmann", "Dr. Frank Seidelmann", [], [D2], "Landrat", "Landkreis Elstergebirge")
P("ralf-kunzmann", "Ralf Kunzmann", [], [D2], "Sprecher des AK Schule-Wirtschaft Elstergebirge",
  "Kreishandwerkerschaft Elstergebirge")
P("claudia-wendler", "Claudia Wendler", [], [D3], "Oberbürgermeisterin", "Große Kreisstadt Zechenau")
P("heike-lorenz", "Heike Lorenz", [], [D3], "Teamleiterin Berufsberatung", "Agentur für Arbeit Zechenau")
P("franziska-glaeser", "Franziska Gläser", [], [D3, D4], "Stabsstelle Bildungskoordination", "Große Kreisstadt Zechenau")
P("matthias-oertel", "Dr. Matthias Oertel", ["mo"], [D3, D4, D5], "Landeskoordinator Sachsen", "TransNoSa")
P("karoline-assmann", "Dr. Karoline Aßmann", [], [D3, D5], "Leiterin der Transferagentur", "TransNoSa")
P("peggy-reichelt", "Peggy Reichelt", [], [D4], "Koordinierungsstelle Bildung, Amt für Jugend, Schule und Soziales",
  "Große Kreisstadt Hüttenstein")
P("dana-wolfram", "Dana Wolfram", [], [D4], "Leiterin Bildungsbüro", "Landkreis Schwarzwassertal")
P("steffen-baumgaertel", "Steffen Baumgärtel", [], [D4], "Sachgebietsleiter Jugendhilfeplanung", "Landkreis Schwarzwassertal")
P("marco-uhlig", "Marco Uhlig", [], [D4], "Sachgebietsleiter Schulverwaltung, Amt für Bildung, Kultur und Sport",
  "Große Kreisstadt Zechenau")
P("soeren-kupfer", "Dr. Sören Kupfer", [], [D4], "Referent Schulstatistik", "Landesamt für Schule und Bildung (LaSuB)")
P("anja-poehland", "Anja Pöhland", [], [D4], "Referentin Bildungsstatistik", "Statistisches Landesamt des Freistaates Sachsen")
P("jonas-wehrstedt", "Jonas Wehrstedt", ["jw"], [D4, D5], "Bildungsmonitoring (Wiss. Mitarbeiter)", "TransNoSa")
P("lisa-thiemig", "Lisa Thiemig", ["lt"], [D4], "Projektassistenz", "TransNoSa")
P("miriam-obermeier", "Miriam Obermeier", [], [D5], "Landeskoordinatorin Bayern", "TransNoSa")
P("hartmut-leonhardi", "Prof. Dr. Hartmut Leonhardi", [], [D5], "Vorstand", "Institut für Bildungsplanung und Regionalentwicklung e.V.")

# ---------------------------------------------------------------- action fields
E("af-fruehkindliche-bildung", "ActionField", "Frühkindliche Bildung", [], [D1, D3, D4])
E("af-uebergang-schule-beruf", "ActionField", "Übergang Schule–Beruf",
  ["Übergang Schule-Beruf", "Ubergang Schule-Beruf"], [D1, D2, D3, D4])
E("af-sprachbildung-integration", "ActionField", "Sprachbildung und Integration", [], [D1])
E("af-familien-elternbildung", "ActionField", "Familien- und Elternbildung", [], [D1])
E("af-kulturelle-bildung", "ActionField", "Kulturelle Bildung", [], [D1])
E("af-lebenslanges-lernen", "ActionField", "Lebenslanges Lernen", [], [D1, D2])
E("af-fachkraeftesicherung", "ActionField", "Fachkräftesicherung", ["Fachkréftesicherung"], [D2, D3])
E("af-bne", "ActionField", "BNE", ["Bildung fiir nachhaltige Entwicklung"], [D2],
  note="clean reading: Bildung für nachhaltige Entwicklung (only the OCR form occurs)")
E("af-integration-sprache", "ActionField", "Integration und Sprache", [], [D2])
E("af-bildungsmonitoring", "ActionField", "Bildungsmonitoring", ["Bildungsmonitorings"], [D2, D3, D4])
E("af-digitalisierung", "ActionField", "Digitalisierung", [], [D2, D4])
E("af-grundbildung", "ActionField", "Grundbildung", [], [D2])
E("af-berufsorientierung", "ActionField", "Berufsorientierung", [], [D2, D3, D4])
E("af-mint-bildung", "ActionField", "MINT-Bildung", [], [D3])
E("af-strukturwandel", "ActionField", "Bildung im Strukturwandel", [], [D3])
E("af-rahmenbedingungen", "ActionField", "Rahmenbedingungen", [], [D4])
E("af-allgemeinbildende-schulen", "ActionField", "Allgemeinbildende Schulen", [], [D4])
E("af-berufliche-bildung", "ActionField", "Berufliche Bildung", [], [D4])
E("af-weiterbildung", "ActionField", "Weiterbildung", [], [D4])
E("af-nonformale-bildung", "ActionField", "Nonformale Bildung", [], [D4])

# ---------------------------------------------------------------- measures: work packages (D2)
APS = [
    (1, "AP 1 Grundlagen und Analyse der Ausgangssituation"),
    (2, "AP 2 Bildungsleitbild Elstergebirge"),
    (3, "AP 3 Bildungskonferenzen"),
    (4, "AP 4 Bildungsportal"),
    (5, "AP 5 Koordinierung und Steuerung"),
    (6, "AP 6 Kooperationsstrukturen"),
    (7, "AP 7 Übergang Schule-Beruf"),
    (8, "AP 8 Fachkrafte und BNE"),
    (9, "AP 9 Integration und Sprache"),
    (10, "AP 10 Bildungsmonitoring"),
    (11, "AP 11 Bildungsberichterstattung"),
    (12, "AP 12 Digitalisierung"),
    (13, "AP 13 Lebenslanges Lernen und Grundbildung"),
    (14, "AP 14 Kommunikation und Netzwerkarbeit"),
]
for n, name in APS:
    kw = {"note": "OCR form as written; clean reading: AP 8 Fachkräfte und BNE"} if n == 8 else {}
    E(f"ap-{n:02d}-elstergebirge", "Measure", name, [f"AP {n}"], [D2], **kw)

# ---------------------------------------------------------------- measures: goals, measures, milestones (D3)
ZV = [
    ("zv-ziel-1", "Entwicklung einer kommunalen Bildungsstrategie", "Ziel 1 (Priorität hoch)"),
    ("zv-m-1-1", "Abstimmung des Vorhabens mit dem Stadtrat", "Maßnahme zu Ziel 1"),
    ("zv-m-1-2", "Bestandsaufnahme der Bildungsangebote", "Maßnahme zu Ziel 1"),
    ("zv-m-1-3", "Entwurf eines Bildungsleitbilds für die Stadt Zechenau", "Maßnahme zu Ziel 1"),
    ("zv-m-1-4", "Einbindung der Kita-Fachberatung", "Maßnahme zu Ziel 1"),
    ("zv-ziel-2", "(Weiter-) Entwicklung von Steuerungsstrukturen", "Ziel 2 (Priorität hoch)"),
    ("zv-m-2-1", "Analyse vorhandener Koordinationsstrukturen", "Maßnahme zu Ziel 2"),
    ("zv-m-2-2", "Einrichtung einer Steuerungsgruppe Bildung", "Maßnahme zu Ziel 2 (geplant)"),
    ("zv-ziel-3", "(Weiter-) Entwicklung von internen und externen Kooperationsstrukturen", "Ziel 3 (Priorität mittel)"),
    ("zv-m-3-1", "Fortführung des Arbeitskreises Übergang Schule–Beruf Zechenau", "Maßnahme zu Ziel 3"),
    ("zv-m-3-2", "Fortsetzung der Mitwirkung im Regionalen Netzwerk Bildungsmonitoring Erzgebirge-Vogtland", "Maßnahme zu Ziel 3"),
    ("zv-m-3-3", "gemeinsamer Bildungsbericht mit dem Landkreis Elstergebirge", "Maßnahme zu Ziel 3"),
    ("zv-m-3-4", "Einbindung des Landesamtes für Schule und Bildung (LaSuB) in die Schulnetzplanung", "Maßnahme zu Ziel 3 (vorgesehen)"),
    ("zv-ziel-4", "Übergang Schule–Beruf und Fachkräftesicherung", "Ziel 4 (Priorität hoch)"),
    ("zv-m-4-1", "Ausbau des Schülerlabors „Forscherstollen Zechenau“", "Maßnahme zu Ziel 4"),
    ("zv-m-4-2", "Fortführung der Berufsorientierungsmesse „Zechenauer Zukunftstage“", "Maßnahme zu Ziel 4"),
    ("zv-ziel-5", "(Weiter-) Entwicklung der Nutzung steuerungsrelevanter Daten (Bildungsmonitoring)", "Ziel 5 (Priorität hoch)"),
    ("zv-m-5-1", "Analyse vorhandener Daten der Stadtverwaltung, des LaSuB und des Statistischen Landesamtes", "Maßnahme zu Ziel 5"),
    ("zv-m-5-2", "Qualifizierung von Personal", "Maßnahme zu Ziel 5"),
    ("zv-m-5-3", "Erstellung erster Datenanalysen zu den genannten Schwerpunkten", "Maßnahme zu Ziel 5"),
    ("zv-ms-einleitende-gespraeche", "Einleitende Gespräche", "Meilenstein"),
    ("zv-ms-zielvereinbarung", "Zielvereinbarung (ZV)", "Meilenstein"),
    ("zv-ms-bedarfsanalyse", "Bedarfsanalyse", "Meilenstein"),
    ("zv-ms-diskurs", "Diskurs", "Meilenstein"),
    ("zv-ms-fortschreibung", "Fortschreibung ZV", "Meilenstein"),
    ("zv-ms-umsetzung", "Umsetzung", "Meilenstein"),
    ("zv-ms-oeffentlichkeitsarbeit", "Öffentlichkeitsarbeit", "Meilenstein"),
]
for i, name, kind in ZV:
    E(i, "Measure", name, [], [D3], kind=kind)

# ---------------------------------------------------------------- transfer objects (D1)
E("to-3.3.3.1", "TransferObject", "Lenkungsgruppe Bildung", [], [D1], section="3.3.3.1")
E("to-3.3.3.2", "TransferObject", "Bildungsbeirat", [], [D1], section="3.3.3.2")
E("to-3.5.3.1", "TransferObject", "Modellprojekt „Bildungslotsen im Stadtteil“", ["Bildungslotsen im Stadtteil"], [D1],
  section="3.5.3.1")

# ================================================================= relations
RELS = []


def R(s, p, o, doc, ev, role=None, note=None, line=None):
    RELS.append({"subject": s, "predicate": p, "object": o, "doc": doc, "evidence": ev,
                 "role": role, "note": note, "line": line})


# ---------------- D1 rednitzburg-transferkatalog
d = D1
R("stadt-rednitzburg", "participatesIn", "bildung-integriert", d,
  "setzt die Stadt Rednitzburg das Bundesprogramm „Bildung integriert“ um")
R("bildung-integriert", "fundedBy", "bmbf", d,
  "Es wird aus Mitteln des Bundesministeriums für Bildung und Forschung (BMBF) und des Europäischen Sozialfonds (ESF) finanziert.",
  note="'Es' = the programme 'Bildung integriert'")
R("bildung-integriert", "fundedBy", "esf", d,
  "Es wird aus Mitteln des Bundesministeriums für Bildung und Forschung (BMBF) und des Europäischen Sozialfonds (ESF) finanziert.")
R("stadt-rednitzburg", "participatesIn", "bildungsregion-in-bayern", d,
  "Seit 2019 trägt Rednitzburg zudem das Qualitätssiegel „Bildungsregion in Bayern“",
  note="seal of the StMUK initiative read as participation")
R("stadt-rednitzburg", "cooperatesWith", "lk-rednitzgrund", d,
  "Mit dem Landkreis Rednitzgrund hat die Stadt im Herbst 2020 eine Kooperationsvereinbarung zum gemeinsamen Übergangsmanagement geschlossen.")
R("annegret-holzapfel", "memberOf", "stadt-rednitzburg", d,
  "Referentin für Jugend, Familie und Bildung der Stadt Rednitzburg", role="Referentin für Jugend, Familie und Bildung")
R("abt-bildungsmonitoring-rednitzburg", "subOrganizationOf", "amt-statistik-rednitzburg", d,
  "von der Abteilung Bildungsmonitoring im Amt für Statistik und Stadtforschung gepflegt")
R("sabine-kestel-wirth", "memberOf", "abt-bildungsmonitoring-rednitzburg", d,
  "Leiterin der Abteilung ist Sabine Kestel-Wirth", role="Leiterin")
R("abt-bildungsmonitoring-rednitzburg", "cooperatesWith", "ssa-rednitzburg", d,
  "Die Abteilung hat Datenlieferungsvereinbarungen mit dem Staatlichen Schulamt und der Agentur für Arbeit Rednitzburg geschlossen.")
R("abt-bildungsmonitoring-rednitzburg", "cooperatesWith", "afa-rednitzburg", d,
  "Die Abteilung hat Datenlieferungsvereinbarungen mit dem Staatlichen Schulamt und der Agentur für Arbeit Rednitzburg geschlossen.")
R("ausschuss-sbs-rednitzburg", "chairedBy", "stefan-brunnhuber", d,
  "Den Vorsitz im Ausschuss für Schule, Bildung und Sport führt Oberbürgermeister Stefan Brunnhuber.")
R("stefan-brunnhuber", "memberOf", "stadt-rednitzburg", d, "Oberbürgermeister Stefan Brunnhuber",
  role="Oberbürgermeister")
R("stadtrat-rednitzburg", "subOrganizationOf", "stadt-rednitzburg", d, "der Stadtrat der Stadt Rednitzburg",
  note="organ of the city ('X der Stadt Y')")
R("bildungsbuero-rednitzburg", "subOrganizationOf", "referat-iv-rednitzburg", d,
  "Das Bildungsbüro ist als Stabsstelle dem Referat für Jugend, Familie und Bildung (Referat IV) zugeordnet")
R("thomas-reingruber", "memberOf", "bildungsbuero-rednitzburg", d, "wird von Thomas Reingruber geleitet",
  role="Leiter")
for x in ("amt-schulen-rednitzburg", "jugendamt-rednitzburg", "vhs-rednitzburg"):
    R(x, "subOrganizationOf", "referat-iv-rednitzburg", d,
      "Zum Referat IV gehören außerdem das Amt für Schulen, das Amt für Kinder, Jugend und Familie (Jugendamt) und die Volkshochschule Rednitzburg.")
R("vhs-rednitzburg", "carriedBy", "stadt-rednitzburg", d,
  "Die Volkshochschule wird als Eigenbetrieb durch die Stadt Rednitzburg betrieben.")
R("amt-statistik-rednitzburg", "subOrganizationOf", "referat-ii-rednitzburg", d,
  "Das Amt für Statistik und Stadtforschung gehört dagegen zum Referat für Wirtschaft und Finanzen (Referat II)")
R("stadtbibliothek-rednitzburg", "subOrganizationOf", "kulturreferat-rednitzburg", d,
  "die Stadtbibliothek ist dem Kulturreferat zugeordnet")
R("bildungskonferenz-rednitzburg", "fundedBy", "kestler-stiftung", d,
  "Die Rednitzburger Bildungskonferenz wird seit 2016 mit Unterstützung der Hedwig-Kestler-Stiftung jährlich ausgerichtet.")
R("stadt-rednitzburg", "cooperatesWith", "ssa-rednitzburg", d,
  "Mit dem Staatlichen Schulamt in der Stadt Rednitzburg (SSA) besteht seit 2019 eine Kooperationsvereinbarung")
R("juergen-pfaffenberger", "memberOf", "ssa-rednitzburg", d,
  "Schulamtsdirektor Jürgen Pfaffenberger vertritt das SSA in beiden Gremien.", role="Schulamtsdirektor")
R("ak-schule-wirtschaft-rednitzburg", "chairedBy", "klaus-ebenhoech", d,
  "Der Arbeitskreis Schule–Wirtschaft Rednitzburg wird von Klaus Ebenhöch (IHK-Gremium Rednitzburg, Vorsitzender) geleitet.")
R("klaus-ebenhoech", "memberOf", "ihk-gremium-rednitzburg", d,
  "Klaus Ebenhöch (IHK-Gremium Rednitzburg, Vorsitzender)", role="Vorsitzender")
for x in ("afa-rednitzburg", "jobcenter-rednitzburg"):
    R(x, "participatesIn", "ak-schule-wirtschaft-rednitzburg", d,
      "Im Arbeitskreis wirken Schulen, Betriebe, die Agentur für Arbeit Rednitzburg und das Jobcenter Rednitzburg mit.")
for x in ("stadt-rednitzburg", "lk-rednitzgrund"):
    R(x, "participatesIn", "sg-uebergang-rednitzburg", d, "in der beide Verwaltungen vertreten sind",
      note="'beide Verwaltungen' = Stadt Rednitzburg and Landkreis Rednitzgrund (preceding line)")
R("sg-uebergang-rednitzburg", "chairedBy", "gerhard-proebstl", d,
  "Sie wird von Gerhard Pröbstl, Vorsitzender der Geschäftsführung der Agentur für Arbeit Rednitzburg, geleitet.",
  note="'Sie' = Steuerungsgruppe Übergang Schule–Beruf")
R("gerhard-proebstl", "memberOf", "afa-rednitzburg", d,
  "Gerhard Pröbstl, Vorsitzender der Geschäftsführung der Agentur für Arbeit Rednitzburg",
  role="Vorsitzender der Geschäftsführung")
# mask 3.3.3.1 Lenkungsgruppe Bildung
R("lenkungsgruppe-bildung-rednitzburg", "chairedBy", "annegret-holzapfel", d,
  "unter Vorsitz von Referentin Dr. Annegret Holzapfel")
LG = [("amt-schulen-rednitzburg", "Leitung Amt für Schulen", None),
      ("jugendamt-rednitzburg", "Leitung Amt für Kinder, Jugend und Familie (Jugendamt)", None),
      ("amt-statistik-rednitzburg", "Leitung Amt für Statistik und Stadtforschung", None),
      ("vhs-rednitzburg", "Leitung Volkshochschule Rednitzburg", None),
      ("stadtbibliothek-rednitzburg", "Leitung Stadtbibliothek Rednitzburg", None),
      ("bildungsbuero-rednitzburg", "Bildungsbüro (Geschäftsführung)", "Geschäftsführung"),
      ("ssa-rednitzburg", "Staatliches Schulamt (ständiger Gast)", "ständiger Gast")]
for x, ev, role in LG:
    R(x, "participatesIn", "lenkungsgruppe-bildung-rednitzburg", d, ev, role=role,
      note="'Mitglieder der Lenkungsgruppe Bildung sind:' (mask 3.3.3.1)")
R("to-3.3.3.1", "involvesActor", "annegret-holzapfel", d, "Referentin für Jugend, Familie und Bildung (Vorsitz)")
for x, ev, role in LG:
    R("to-3.3.3.1", "involvesActor", x, d, ev)
# mask 3.3.3.2 Bildungsbeirat
R("bildungsbeirat-rednitzburg", "chairedBy", "ulrike-sandmann", d, "Sprecherin ist seit 2021 Prof. Dr. Ulrike Sandmann")
R("ulrike-sandmann", "memberOf", "hochschule-rednitzburg", d,
  "Prof. Dr. Ulrike Sandmann, Vizepräsidentin der Hochschule Rednitzburg", role="Vizepräsidentin")
R("renate-vollrath", "memberOf", "vhs-rednitzburg", d,
  "Dr. Renate Vollrath, Leiterin der Volkshochschule Rednitzburg", role="Leiterin",
  note="her chair of the Beirat ended 2021 - not annotated as chairedBy")
R("bildungsbeirat-rednitzburg", "cooperatesWith", "lenkungsgruppe-bildung-rednitzburg", d,
  "Der Beirat arbeitet eng mit der Lenkungsgruppe Bildung zusammen")
BB = [("hochschule-rednitzburg", "Hochschule Rednitzburg (Sprecherin)", "Sprecherin"),
      ("ihk-gremium-rednitzburg", "IHK-Gremium Rednitzburg", None),
      ("khs-rednitzburg", "Kreishandwerkerschaft Rednitzburg", None),
      ("afa-rednitzburg", "Agentur für Arbeit Rednitzburg", None),
      ("jobcenter-rednitzburg", "Jobcenter Rednitzburg", None),
      ("stadtelternbeirat-rednitzburg", "Stadtelternbeirat", None),
      ("buergerstiftung-rednitzburg", "Bürgerstiftung Rednitzburg", None),
      ("ssa-rednitzburg", "Staatliches Schulamt (beratend)", "beratend")]
for x, ev, role in BB:
    R(x, "participatesIn", "bildungsbeirat-rednitzburg", d, ev, role=role,
      note="'Im Bildungsbeirat sind vertreten:' (mask 3.3.3.2)", line="BB")
for x, ev, role in BB:
    R("to-3.3.3.2", "involvesActor", x, d, ev, line="BB")
# mask 3.5.3.1 Bildungslotsen
R("stadtteilzentrum-suedstadt", "carriedBy", "caritas-rednitzburg", d,
  "Anlaufstelle ist das Stadtteilzentrum Südstadt, das vom Caritasverband Rednitzburg e.V. betrieben wird")
R("familienstuetzpunkt-weinleite", "carriedBy", "fbw-rednitzburg", d,
  "der Familienstützpunkt Weinleite in Trägerschaft des Evangelischen Familienbildungswerks Rednitzburg")
R("fbw-rednitzburg", "carriedBy", "dekanat-rednitzburg", d,
  "Das Familienbildungswerk selbst wird vom Evangelisch-Lutherischen Dekanat Rednitzburg getragen.")
R("bildungsbuero-rednitzburg", "participatesIn", "kommunale-koordinierung-neuzugewanderte", d,
  "Die Stelle der Koordinatorin für Neuzugewanderte im Bildungsbüro wurde von 2017 bis 2022 im Programm „Kommunale Koordinierung der Bildungsangebote für Neuzugewanderte“ gefördert",
  note="funding period ended 2022; programme participation annotated as in the shared gold")
R("kommunale-koordinierung-neuzugewanderte", "fundedBy", "bmbf", d,
  "das Programm wurde vom Bundesministerium für Bildung und Forschung finanziert.")
R("vhs-rednitzburg", "cooperatesWith", "integrationsbeirat-rednitzburg", d,
  "Die Qualifizierung der Lotsinnen übernimmt die Volkshochschule Rednitzburg in Kooperation mit dem Integrationsbeirat der Stadt Rednitzburg.")
R("integrationsbeirat-rednitzburg", "subOrganizationOf", "stadt-rednitzburg", d,
  "Integrationsbeirat der Stadt Rednitzburg", line=261, note="'X der Stadt Y'")
R("integrationsbeirat-rednitzburg", "chairedBy", "aylin-demirtas", d, "Vorsitzende des Integrationsbeirats ist Aylin Demirtaş.")
R("netzwerk-elternbildung-rednitzburg", "chairedBy", "birgit-sauerwein", d,
  "Austausch im Netzwerk Elternbildung, das von Birgit Sauerwein (Evangelisches Familienbildungswerk, Fachbereichsleitung) moderiert wird")
R("birgit-sauerwein", "memberOf", "fbw-rednitzburg", d,
  "Birgit Sauerwein (Evangelisches Familienbildungswerk, Fachbereichsleitung)", role="Fachbereichsleitung")
R("netzwerk-elternbildung-rednitzburg", "fundedBy", "buergerstiftung-rednitzburg", d,
  "das Netzwerk wird von der Bürgerstiftung Rednitzburg finanziell unterstützt.")
R("familienstuetzpunkt-weinleite", "fundedBy", "stmas", d,
  "Der Familienstützpunkt Weinleite wird vom Bayerischen Staatsministerium für Familie, Arbeit und Soziales (StMAS) gefördert.")
LOTS = [("caritas-rednitzburg", "Caritasverband Rednitzburg e.V. (Stadtteilzentrum Südstadt)"),
        ("stadtteilzentrum-suedstadt", "Caritasverband Rednitzburg e.V. (Stadtteilzentrum Südstadt)"),
        ("fbw-rednitzburg", "Evangelisches Familienbildungswerk Rednitzburg (Familienstützpunkt Weinleite)"),
        ("familienstuetzpunkt-weinleite", "Evangelisches Familienbildungswerk Rednitzburg (Familienstützpunkt Weinleite)"),
        ("vhs-rednitzburg", "Volkshochschule Rednitzburg (Qualifizierung)"),
        ("integrationsbeirat-rednitzburg", "Integrationsbeirat der Stadt Rednitzburg"),
        ("jugendamt-rednitzburg", "Amt für Kinder, Jugend und Familie"),
        ("bildungsbuero-rednitzburg", "Bildungsbüro (Koordination, Evaluation)")]
for x, ev in LOTS:
    R("to-3.5.3.1", "involvesActor", x, d, ev, line="LOTS")

# ---------------- D2 elstergebirge-arbeitspakete (OCR)
d = D2
R("lk-elstergebirge", "participatesIn", "bildung-integriert", d,
  'Der Landkreis Elstergebirge hat von 2016 bis 2021 am Programm ,,Bildung integriert"',
  note="completed programme participation (shared-gold convention)")
R("lk-elstergebirge", "participatesIn", "bildungskommunen", d,
  'wurde der Landkreis in das Programm ,,Bildungskommunen"')
R("bildungsbuero-elstergebirge", "subOrganizationOf", "lk-elstergebirge", d,
  "Das Bildungsbüro ist als Stabsstelle beim Landrat angesiedelt",
  note="Stabsstelle beim Landrat = unit of the Landkreis administration")
R("kathrin-meinel", "memberOf", "bildungsbuero-elstergebirge", d, "es wird von Kathrin Meinel geleitet", role="Leiterin")
R("bildungsbuero-elstergebirge", "cooperatesWith", "amt-schule-bildung-elstergebirge", d,
  "eng mit dem Amt für Schule und Bildung zusammen")
R("amt-schule-bildung-elstergebirge", "subOrganizationOf", "dezernat-ii-elstergebirge", d,
  "das zum Dezernat II (Bildung, Jugend und Soziales) gehort")
for x in ("jugendamt-elstergebirge", "sozialamt-elstergebirge"):
    R(x, "subOrganizationOf", "dezernat-ii-elstergebirge", d,
      "Dem Dezernat II sind auBerdem das Jugendamt und das Sozialamt zugeordnet.")
R("bildungsbuero-elstergebirge", "fundedBy", "smk", d,
  "Die Personalstellen im Bildungsbiiro werden vom Sachsischen Staatsministerium fiir Kultus (SMK) kofinanziert.",
  note="co-funding of the Bildungsbüro's posts")
R("sg-bildung-elstergebirge", "chairedBy", "ines-wappler", d,
  "Die Steuerung erfolgt durch die Steuerungsgruppe Bildung unter Vorsitz der Beigeordneten Dr. Ines Wappler.")
R("ines-wappler", "memberOf", "lk-elstergebirge", d, "der Beigeordneten Dr. Ines Wappler", role="Beigeordnete")
for x in ("jugendamt-elstergebirge", "sozialamt-elstergebirge", "amt-schule-bildung-elstergebirge",
          "jobcenter-elstergebirge", "afa-zechenau"):
    R(x, "participatesIn", "sg-bildung-elstergebirge", d,
      "Ihr gehoren die Leitungen des Jugendamtes, des Sozialamtes, des Amtes fiir Schule und Bildung, des Jobcenters Elstergebirge und der Agentur für Arbeit Zechenau an",
      note="'Ihr' = Steuerungsgruppe Bildung")
R("kvhs-elstergebirge", "participatesIn", "sg-bildung-elstergebirge", d,
  "die Kreisvolkshochschule Elstergebirge ist seit 2023 als Gast beteiligt", role="Gast")
R("kvhs-elstergebirge", "carriedBy", "lk-elstergebirge", d, "Trager der Kreisvolkshochschule ist der Landkreis.")
for x in ("kreistag-elstergebirge", "ausschuss-bks-elstergebirge"):
    R(x, "chairedBy", "frank-seidelmann", d,
      "den Vorsitz im Kreistag und in seinen Ausschiissen fiihrt Landrat Dr. Frank Seidelmann",
      note=None if x == "kreistag-elstergebirge" else "'seinen Ausschüssen' includes the Ausschuss für Bildung, Kultur und Sport (l.30)")
R("ausschuss-bks-elstergebirge", "subOrganizationOf", "kreistag-elstergebirge", d,
  "den Vorsitz im Kreistag und in seinen Ausschiissen", note="committee of the Kreistag ('seinen Ausschüssen')")
R("frank-seidelmann", "memberOf", "lk-elstergebirge", d, "Landrat Dr. Frank Seidelmann", role="Landrat")
R("lk-elstergebirge", "cooperatesWith", "gks-zechenau", d, "Kooperationspartner sind die GroBe Kreisstadt Zechenau")
R("lk-elstergebirge", "cooperatesWith", "transnosa", d,
  "die Transferagentur Nordbayern-Sachsen fiir Kommunales Bildungsmanagement (TransNoSa)",
  note="listed after 'Kooperationspartner sind' (l.36)")
R("lk-elstergebirge", "cooperatesWith", "lasub", d, "sowie das Landesamt fiir Schule und Bildung (LaSuB)",
  note="listed after 'Kooperationspartner sind' (l.36)")
for x in ("afa-zechenau", "jobcenter-elstergebirge", "lk-elstergebirge"):
    R("jba-elstergebirge", "carriedBy", x, d,
      "Die Jugendberufsagentur Elstergebirge wird gemeinsam von der Agentur fiir Arbeit Zechenau, dem Jobcenter Elstergebirge und dem Landkreis getragen")
R("bildungsbuero-elstergebirge", "cooperatesWith", "jba-elstergebirge", d,
  "das Bildungsbiiro stimmt alle MaBnahmen am Ubergang Schule-Beruf mit ihr ab", note="'ihr' = Jugendberufsagentur")
for x in ("bmbf", "esf-plus"):
    R("bildungskommunen", "fundedBy", x, d,
      "Die Forderung erfolgt durch das Bundesministerium fiir Bildung und Forschung (BMBF) aus Mitteln des Europaischen Sozialfonds Plus (ESF Plus).",
      note="funding of the Landkreis' Vorhaben in the programme Bildungskommunen")
R("ak-schule-wirtschaft-elstergebirge", "chairedBy", "ralf-kunzmann", d,
  "AK Schule-Wirtschaft Elstergebirge (Sprecher: Ralf Kunzmann,")
R("ralf-kunzmann", "memberOf", "khs-elstergebirge", d, "Ralf Kunzmann, Kreishandwerkerschaft Elstergebirge",
  role="Sprecher des AK Schule-Wirtschaft Elstergebirge",
  note="no office in the Kreishandwerkerschaft stated; role taken from the AK")
R("lk-elstergebirge", "cooperatesWith", "umweltzentrum-gruensteig", d, "Zusammenarbeit mit dem Umweltzentrum Grünsteig",
  note="subject = the applicant Landkreis (work-package list)")
R("umweltzentrum-gruensteig", "carriedBy", "foerderverein-naturpark", d,
  "das vom Förderverein Naturpark Elstergebirge e.V. getragen wird")
R("lk-elstergebirge", "cooperatesWith", "kvhs-elstergebirge", d,
  "Aufbau eines Sprachmittlerpools gemeinsam mit der Kreisvolkshochschule Elstergebirge",
  note="subject = the applicant Landkreis (work-package list)")
R("lk-elstergebirge", "cooperatesWith", "stla-sachsen", d,
  "in Zusammenarbeit mit dem Statistischen Landesamt des Freistaates Sachsen",
  note="subject = the applicant Landkreis (work-package list)")
R("lk-elstergebirge", "participatesIn", "netzwerk-bimo-erzgebirge-vogtland", d,
  "Mitwirkung im Regionalen Netzwerk Bildungsmonitoring Erzgebirge-Vogtland")
R("lk-elstergebirge", "cooperatesWith", "mpz-elstergebirge", d, "Partner: Medienpädagogisches Zentrum Elstergebirge (MPZ)")
for x in ("lk-elstergebirge", "gks-zechenau"):
    R("mpz-elstergebirge", "carriedBy", x, d, "das von Landkreis und Stadt Zechenau gemeinsam betrieben wird")
R("tobias-rehn", "memberOf", "bildungsbuero-elstergebirge", d,
  "Projektkoordination: Tobias Rehn (Bildungsmonitoring, Bildungsbiiro)", role="Projektkoordination (Bildungsmonitoring)")
# addressesActionField (work packages)
R("ap-07-elstergebirge", "addressesActionField", "af-uebergang-schule-beruf", d, "AP 7 Übergang Schule-Beruf")
R("ap-07-elstergebirge", "addressesActionField", "af-berufsorientierung", d, "Weiterentwicklung der Berufsorientierung")
R("ap-08-elstergebirge", "addressesActionField", "af-fachkraeftesicherung", d,
  "Aufbau von Kooperationsstrukturen zu den Themen Fachkréftesicherung und Bildung fiir nachhaltige Entwicklung (BNE)")
R("ap-08-elstergebirge", "addressesActionField", "af-bne", d,
  "Aufbau von Kooperationsstrukturen zu den Themen Fachkréftesicherung und Bildung fiir nachhaltige Entwicklung (BNE)")
R("ap-09-elstergebirge", "addressesActionField", "af-integration-sprache", d, "AP 9 Integration und Sprache")
R("ap-10-elstergebirge", "addressesActionField", "af-bildungsmonitoring", d, "AP 10 Bildungsmonitoring:")
R("ap-12-elstergebirge", "addressesActionField", "af-digitalisierung", d, "AP 12 Digitalisierung:")
R("ap-13-elstergebirge", "addressesActionField", "af-lebenslanges-lernen", d, "AP 13 Lebenslanges Lernen und Grundbildung")
R("ap-13-elstergebirge", "addressesActionField", "af-grundbildung", d, "AP 13 Lebenslanges Lernen und Grundbildung")

# ---------------- D3 zechenau-zielvereinbarung
d = D3
R("gks-zechenau", "cooperatesWith", "transnosa", d,
  "Zielvereinbarung zwischen der Großen Kreisstadt Zechenau und der Transferagentur Nordbayern-Sachsen für Kommunales Bildungsmanagement (TransNoSa)")
R("stadtrat-zechenau", "chairedBy", "claudia-wendler", d,
  "Abstimmung des Vorhabens mit dem Stadtrat (Vorsitz: Oberbürgermeisterin Claudia Wendler)")
R("claudia-wendler", "memberOf", "gks-zechenau", d, "Oberbürgermeisterin Claudia Wendler", role="Oberbürgermeisterin")
R("amt-bks-zechenau", "subOrganizationOf", "dezernat-iii-zechenau", d,
  "das Amt für Bildung, Kultur und Sport (Dezernat III)")
R("stabsstelle-bildungskoordination-zechenau", "subOrganizationOf", "gks-zechenau", d,
  "Die Stabsstelle Bildungskoordination ist seit 01.03.2023 als Stabsstelle bei der Oberbürgermeisterin eingerichtet",
  note="Stabsstelle bei der Oberbürgermeisterin = unit of the city administration")
R("stabsstelle-bildungskoordination-zechenau", "cooperatesWith", "amt-bks-zechenau", d,
  "sie arbeitet eng mit dem Amt für Bildung, Kultur und Sport zusammen", note="'sie' = Stabsstelle Bildungskoordination")
R("dezernat-iii-zechenau", "subOrganizationOf", "gks-zechenau", d, "Das Amt gehört zum Dezernat III der Stadtverwaltung Zechenau.")
R("ak-uebergang-zechenau", "chairedBy", "heike-lorenz", d,
  "Fortführung des Arbeitskreises Übergang Schule–Beruf Zechenau, den Heike Lorenz (Agentur für Arbeit Zechenau, Teamleiterin Berufsberatung) leitet")
R("heike-lorenz", "memberOf", "afa-zechenau", d,
  "Heike Lorenz (Agentur für Arbeit Zechenau, Teamleiterin Berufsberatung)", role="Teamleiterin Berufsberatung")
R("gks-zechenau", "participatesIn", "netzwerk-bimo-erzgebirge-vogtland", d,
  "Fortsetzung der Mitwirkung im Regionalen Netzwerk Bildungsmonitoring Erzgebirge-Vogtland",
  note="subject = the city (measure of its target agreement)")
R("gks-zechenau", "cooperatesWith", "lk-elstergebirge", d,
  "gemeinsamer Bildungsbericht mit dem Landkreis Elstergebirge auf Grundlage der Kooperationsvereinbarung von 2021")
R("kita-fachberatung-zechenau", "carriedBy", "eigenbetrieb-kita-zechenau", d,
  "Einbindung der Kita-Fachberatung, die vom Eigenbetrieb Kindertagesstätten Zechenau getragen wird")
R("schuelerlabor-forscherstollen", "carriedBy", "foerderverein-montanregion", d,
  "das vom Förderverein Montanregion Zechenau e.V. betrieben")
R("schuelerlabor-forscherstollen", "fundedBy", "glueckauf-stiftung", d,
  "mit Unterstützung der Glückauf-Stiftung Erzgebirge finanziert wird")
for x in ("khs-elstergebirge", "ihk-regionalkammer-zechenau"):
    R("gks-zechenau", "cooperatesWith", x, d,
      "die gemeinsam mit der Kreishandwerkerschaft Elstergebirge und der IHK-Regionalkammer Zechenau ausgerichtet wird",
      note="the city's Berufsorientierungsmesse „Zechenauer Zukunftstage“")
R("karoline-assmann", "memberOf", "transnosa", d, "die Leiterin der TransNoSa, Dr. Karoline Aßmann", role="Leiterin")
R("franziska-glaeser", "memberOf", "stabsstelle-bildungskoordination-zechenau", d,
  "Franziska Gläser, Stabsstelle Bildungskoordination", role="Koordination (Bedarfsanalyse)",
  note="no job title given; role from the milestone cell")
R("matthias-oertel", "memberOf", "transnosa", d, "Dr. Matthias Oertel (Landeskoordinator Sachsen)",
  role="Landeskoordinator Sachsen", note="column 'Verantwortung TransNoSa'")
for x in ("af-fachkraeftesicherung", "af-fruehkindliche-bildung", "af-mint-bildung", "af-strukturwandel"):
    ev = {"af-fachkraeftesicherung": "Fachkräftesicherung in Handwerk und Industrie",
          "af-fruehkindliche-bildung": "frühkindliche Bildung",
          "af-mint-bildung": "� MINT-Bildung",
          "af-strukturwandel": "Bildung im Strukturwandel"}[x]
    R("zv-ziel-1", "addressesActionField", x, d, ev,
      note="thematic focus listed in the Erläuterung of goal 1 (flattened table row)")
for x in ("af-uebergang-schule-beruf", "af-fachkraeftesicherung"):
    R("zv-ziel-4", "addressesActionField", x, d, "Übergang Schule–Beruf und Fachkräftesicherung")
R("zv-ziel-5", "addressesActionField", "af-bildungsmonitoring", d, "Daten (Bildungsmonitoring)")
R("zv-m-4-1", "addressesActionField", "af-mint-bildung", d, "(MINT-Bildung)")
R("zv-m-4-2", "addressesActionField", "af-berufsorientierung", d, "Fortführung der Berufsorientierungsmesse")
R("zv-m-3-1", "addressesActionField", "af-uebergang-schule-beruf", d,
  "Fortführung des Arbeitskreises Übergang Schule–Beruf Zechenau")

# ---------------- D4 elstergebirge-netzwerktreffen
d = D4
NW = [("lk-elstergebirge", "**LK Elstergebirge** - Kathrin Meinel"),
      ("gks-huettenstein", "**GKS Hüttenstein** - Peggy Reichelt"),
      ("lk-schwarzwassertal", "**LK Schwarzwassertal** - Dana Wolfram"),
      ("gks-zechenau", "**Große Kreisstadt Zechenau** - Franziska Gläser")]
for x, ev in NW:
    R(x, "participatesIn", "netzwerk-bimo-erzgebirge-vogtland", d, ev,
      note="listed under 'Teilnehmende / Netzwerkkommunen'")
R("netzwerk-bimo-erzgebirge-vogtland", "chairedBy", "kathrin-meinel", d,
  "Kathrin Meinel, Leiterin Bildungsbüro (Sprecherin des Netzwerks)")
MB = [("kathrin-meinel", "lk-elstergebirge", "**LK Elstergebirge** - Kathrin Meinel, Leiterin Bildungsbüro", "Leiterin Bildungsbüro"),
      ("tobias-rehn", "lk-elstergebirge", "**LK Elstergebirge** - Tobias Rehn, Mitarbeiter Bildungsmonitoring", "Mitarbeiter Bildungsmonitoring"),
      ("peggy-reichelt", "gks-huettenstein",
       "**GKS Hüttenstein** - Peggy Reichelt, Koordinierungsstelle Bildung, Amt für Jugend, Schule und Soziales",
       "Koordinierungsstelle Bildung, Amt für Jugend, Schule und Soziales"),
      ("dana-wolfram", "lk-schwarzwassertal", "**LK Schwarzwassertal** - Dana Wolfram, Leiterin Bildungsbüro", "Leiterin Bildungsbüro"),
      ("steffen-baumgaertel", "lk-schwarzwassertal",
       "**LK Schwarzwassertal** - Steffen Baumgärtel, Sachgebietsleiter Jugendhilfeplanung", "Sachgebietsleiter Jugendhilfeplanung"),
      ("franziska-glaeser", "gks-zechenau", "**Große Kreisstadt Zechenau** - Franziska Gläser, Stabsstelle Bildungskoordination",
       "Stabsstelle Bildungskoordination"),
      ("marco-uhlig", "gks-zechenau",
       "**Große Kreisstadt Zechenau** - Marco Uhlig, Sachgebietsleiter Schulverwaltung, Amt für Bildung, Kultur und Sport",
       "Sachgebietsleiter Schulverwaltung, Amt für Bildung, Kultur und Sport"),
      ("soeren-kupfer", "lasub", "**Landesamt für Schule und Bildung (LaSuB)** - Dr. Sören Kupfer, Referent Schulstatistik",
       "Referent Schulstatistik"),
      ("anja-poehland", "stla-sachsen",
       "**Statistisches Landesamt des Freistaates Sachsen** - Anja Pöhland, Referentin Bildungsstatistik",
       "Referentin Bildungsstatistik"),
      ("matthias-oertel", "transnosa", "Dr. Matthias Oertel (mo) – Landeskoordinator Sachsen", "Landeskoordinator Sachsen"),
      ("jonas-wehrstedt", "transnosa", "Jonas Wehrstedt (jw) – Bildungsmonitoring", "Bildungsmonitoring"),
      ("lisa-thiemig", "transnosa", "Lisa Thiemig (lt) – Projektassistenz, Protokoll", "Projektassistenz")]
for p, o, ev, role in MB:
    R(p, "memberOf", o, d, ev, role=role,
      note="guest; no participatesIn of the institution" if o in ("lasub", "stla-sachsen") else None)
for x in ("bmbf", "esf-plus"):
    R("transnosa", "fundedBy", x, d,
      "Die Transferagentur wird aus Mitteln des Bundesministeriums für Bildung und Forschung und des Europäischen Sozialfonds Plus gefördert.")
R("transnosa", "fundedBy", "eu", d, "Kofinanziert von der Europäischen Union",
  note="logo block under the funding sentence (l.42)")
R("transnosa", "participatesIn", "netzwerk-bimo-erzgebirge-vogtland", d, "Das Netzwerk wird von der TransNoSa begleitet.",
  note="accompanies/moderates the network (cf. shared gold: BiSMit in the Kennzahlenvergleich)")
R("transnosa", "carriedBy", "ibr", d, "Die TransNoSa (Träger: Institut für Bildungsplanung und Regionalentwicklung e.V.)")
R("lk-elstergebirge", "participatesIn", "bildungskommunen", d, "seit 01.07.2023 Teilnahme am Programm „Bildungskommunen“")
R("lk-elstergebirge", "cooperatesWith", "gks-zechenau", d,
  "Kennzahlenset für den 2. Bildungsbericht (2026) wird gemeinsam mit der Großen Kreisstadt Zechenau erarbeitet")
R("familienzentrum-eibenwalde", "carriedBy", "awo-kv-elstergebirge", d,
  "Das Familienzentrum Eibenwalde (Träger: AWO Kreisverband Elstergebirge e.V.)")
R("lk-elstergebirge", "cooperatesWith", "jba-elstergebirge", d, "Datenaustausch mit der Jugendberufsagentur Elstergebirge vereinbart")
R("gks-zechenau", "cooperatesWith", "transnosa", d, "Zielvereinbarung mit der TransNoSa am 18.09.2023 unterzeichnet")
R("stabsstelle-bildungskoordination-zechenau", "subOrganizationOf", "gks-zechenau", d,
  "Die Stabsstelle Bildungskoordination ist der Oberbürgermeisterin direkt unterstellt.")
R("bildungsbuero-schwarzwassertal", "subOrganizationOf", "amt-kreisentwicklung-schwarzwassertal", d,
  "Das Bildungsbüro ist im Amt für Kreisentwicklung angesiedelt (seit 2022).")
R("bildungsbuero-schwarzwassertal", "fundedBy", "smk", d,
  "Zuwendungsgeber für die Stelle der Bildungskoordinatorin ist das Sächsische Staatsministerium für Kultus (SMK).",
  note="the post in the Bildungsbüro of LK Schwarzwassertal")
R("lk-schwarzwassertal", "participatesIn", "jugend-staerken-im-quartier", d,
  "Der Landkreis beteiligt sich seit 2022 am Programm „JUGEND STÄRKEN im Quartier“")
for x in ("bmfsfj", "esf-plus"):
    R("jugend-staerken-im-quartier", "fundedBy", x, d,
      "es wird vom Bundesministerium für Familie, Senioren, Frauen und Jugend (BMFSFJ) und aus dem ESF Plus finanziert.")
for x in ("lk-schwarzwassertal", "jobcenter-schwarzwassertal", "afa-zechenau"):
    R("jba-schwarzwassertal", "carriedBy", x, d,
      "sie wird von Landkreis, Jobcenter Schwarzwassertal und Agentur für Arbeit Zechenau getragen.",
      note="'Landkreis' = LK Schwarzwassertal (section heading)" if x == "lk-schwarzwassertal" else None)
R("sg-berufsorientierung-schwarzwassertal", "chairedBy", "steffen-baumgaertel", d,
  "Die Steuerungsgruppe Berufsorientierung des Landkreises wird von Steffen Baumgärtel geleitet.")
R("sg-berufsorientierung-schwarzwassertal", "subOrganizationOf", "lk-schwarzwassertal", d,
  "Die Steuerungsgruppe Berufsorientierung des Landkreises", note="'des Landkreises' = LK Schwarzwassertal")
for x in ("gks-huettenstein", "afa-zechenau", "ihk-regionalkammer-zechenau"):
    R(x, "participatesIn", "sg-berufsorientierung-schwarzwassertal", d,
      "Mitglieder sind u. a. die Große Kreisstadt Hüttenstein, die Agentur für Arbeit Zechenau und die IHK-Regionalkammer Zechenau.")
R("koordinierungsstelle-bildung-huettenstein", "subOrganizationOf", "amt-jss-huettenstein", d,
  "Die Koordinierungsstelle Bildung ist Teil des Amtes für Jugend, Schule und Soziales.")
for x in ("esf-plus", "freistaat-sachsen"):
    R("koordinierungsstelle-bildung-huettenstein", "fundedBy", x, d,
      "Sie wird aus Mitteln des ESF Plus finanziert und durch den Freistaat Sachsen kofinanziert.",
      note="'Sie' = Koordinierungsstelle Bildung")
for x in ("oberschule-huettenberg", "bsz-huettenstein"):
    R("gks-huettenstein", "cooperatesWith", x, d,
      "Die Stadt arbeitet eng mit der Oberschule am Hüttenberg und dem Berufsschulzentrum Hüttenstein",
      note="'Die Stadt' = GKS Hüttenstein (section heading)")
R("bsz-huettenstein", "carriedBy", "lk-schwarzwassertal", d,
  "dem Berufsschulzentrum Hüttenstein (in Trägerschaft des Landkreises Schwarzwassertal)")
R("ag-kennzahlen", "subOrganizationOf", "netzwerk-bimo-erzgebirge-vogtland", d,
  "Die AG Kennzahlen ist eine Unterarbeitsgruppe des Netzwerks")
R("ag-kennzahlen", "chairedBy", "jonas-wehrstedt", d, "sie wird von Jonas Wehrstedt (TransNoSa) moderiert.")
for x in ("tobias-rehn", "marco-uhlig", "dana-wolfram"):
    R(x, "memberOf", "ag-kennzahlen", d,
      "Mitglieder der AG sind Tobias Rehn (LK Elstergebirge), Marco Uhlig (Große Kreisstadt Zechenau) und Dana Wolfram (LK Schwarzwassertal).",
      role="Mitglied")

# ---------------- D5 rednitzburg-agenturvorstellung
d = D5
R("transferinitiative", "fundedBy", "bmbf", d, "Zuwendungsgeber ist das BMBF")
R("transferinitiative", "fundedBy", "esf-plus", d, "kofinanziert aus dem Europäischen Sozialfonds Plus (ESF Plus)")
R("transnosa", "carriedBy", "ibr", d, "Träger: Institut für Bildungsplanung und Regionalentwicklung e.V. (IBR)")
R("transnosa", "subOrganizationOf", "abt-regionale-bildungsplanung-ibr", d,
  "im IBR der Abteilung Regionale Bildungsplanung zugeordnet")
R("abt-regionale-bildungsplanung-ibr", "subOrganizationOf", "ibr", d, "im IBR der Abteilung Regionale Bildungsplanung")
R("karoline-assmann", "memberOf", "transnosa", d, "Leitung: Dr. Karoline Aßmann", role="Leitung")
R("transnosa", "participatesIn", "netzwerk-transferagenturen", d, "Mitglied im Bundesweiten Netzwerk der Transferagenturen")
R("transnosa", "participatesIn", "netzwerk-bimo-erzgebirge-vogtland", d,
  "begleitet das Regionale Netzwerk Bildungsmonitoring Erzgebirge-Vogtland seit 2022")
for x in ("smk", "stmuk"):
    R("transnosa", "cooperatesWith", x, d,
      "Kooperationspartner sind das Sächsische Staatsministerium für Kultus (SMK) und das Bayerische Staatsministerium für Unterricht und Kultus (StMUK)")
R("transnosa", "cooperatesWith", "lasub", d, "gemeinsam mit dem Landesamt für Schule und Bildung (LaSuB): Qualifizierungsreihe „Daten nutzen“")
R("transnosa", "cooperatesWith", "lk-elstergebirge", d, "Landkreis Elstergebirge (Kooperation seit 2023)",
  note="slide 'Mit uns arbeiten bereits'")
R("transnosa", "cooperatesWith", "gks-zechenau", d, "Große Kreisstadt Zechenau (Zielvereinbarung seit 09/2023)",
  note="slide 'Mit uns arbeiten bereits'")
for x in ("bmbf", "esf-plus"):
    R("bildungskommunen", "fundedBy", x, d, "Förderung durch das BMBF und den ESF Plus",
      note="slide 'Förderprogramm „Bildungskommunen“'")
R("miriam-obermeier", "memberOf", "transnosa", d, "Miriam Obermeier Landeskoordinatorin Bayern",
  role="Landeskoordinatorin Bayern", note="contact block of TransNoSa")
R("matthias-oertel", "memberOf", "transnosa", d, "Dr. Matthias Oertel Landeskoordinator Sachsen",
  role="Landeskoordinator Sachsen", note="contact block of TransNoSa")
R("jonas-wehrstedt", "memberOf", "transnosa", d, "Jonas Wehrstedt Wiss. Mitarbeiter Bildungsmonitoring",
  role="Wiss. Mitarbeiter Bildungsmonitoring", note="contact block of TransNoSa")
R("hartmut-leonhardi", "memberOf", "ibr", d, "Vorstand des IBR: Prof. Dr. Hartmut Leonhardi", role="Vorstand")


# ================================================================= helpers
def find_line(doc, ev, hint=None):
    dd = DOCS[doc]
    evn = norm(ev)
    hits = [i + 1 for i, l in enumerate(dd.lines) if evn in l]
    if len(hits) == 1:
        return hits[0]
    if isinstance(hint, int):
        if hint in hits or dd.evidence_ok(ev, hint):
            return hint
        raise SystemExit(f"hint {hint} wrong for {ev!r} in {doc}: {hits}")
    if len(hits) > 1:
        raise SystemExit(f"ambiguous evidence {ev!r} in {doc}: lines {hits}")
    starts = set()
    for text, owner in dd.variants:
        st = text.find(evn)
        while st != -1:
            ln = next(o for o in owner[st:] if o)
            starts.add(ln)
            st = text.find(evn, st + 1)
    if len(starts) == 1:
        return starts.pop()
    raise SystemExit(f"evidence {ev!r} in {doc}: {'ambiguous ' + str(sorted(starts)) if starts else 'not found'}")


def mention_lines():
    """Mention lines per entity and document, from name/aliases (word-bounded, case-insensitive,
    on the de-hyphenated text).  A match inside a strictly longer match of another entity does
    not count; equal spans are shared.  Measures are matched in a separate pass (their names
    contain other entities' names); milestones count their first occurrence only; transfer
    objects count only catalogue-structure lines (Tab. 1, section heading, PRODUKTBEZEICHNUNG,
    running page header), which the namesake bodies do not count."""
    out = {e["id"]: {} for e in ENTS}
    for measures in (False, True):
        by_doc = {}
        for e in ENTS:
            if (e["type"] == "Measure") == measures:
                for dname in e["docs"]:
                    by_doc.setdefault(dname, []).append(e)
        for dname, ents in by_doc.items():
            dd = DOCS[dname]
            text, owner = dd.variants[1]
            low = text.lower()
            cands = []
            for e in ents:
                name = e["name"] if dd.contains(e["name"]) else strip_qualifier(e["name"])
                for f in {name} | set(e["aliases"]):
                    fl = norm(f).lower()
                    for m in re.finditer(r"(?<![\w])" + re.escape(fl) + r"(?![\w])", low):
                        cands.append((m.start(), m.end(), e["id"]))
            spans = [(s, t) for s, t, _ in cands]
            for s, t, eid in cands:
                if any(a <= s and t <= b and (b - a) > (t - s) for a, b in spans):
                    continue
                line = next((o for o in owner[s:t] if o), None)
                if line:
                    out[eid].setdefault(dname, set()).add(line)
    # structure lines of the catalogue
    L = DOCS[D1].lines
    struct = set()
    for i, l in enumerate(L, 1):
        if re.match(r"^3\.\d\.\d\.\d ", l) or "(Seite " in l or (i > 1 and L[i - 2].startswith("PRODUKTBEZEICHNUNG")):
            struct.add(i)
    for e in ENTS:
        ls = out[e["id"]]
        if e["type"] == "TransferObject":
            ls[D1] = {l for l in ls.get(D1, set()) if l in struct}
        elif e["id"] in ("lenkungsgruppe-bildung-rednitzburg", "bildungsbeirat-rednitzburg"):
            ls[D1] = {l for l in ls.get(D1, set()) if l not in struct}
        if e.get("kind") == "Meilenstein":
            for dname in ls:
                ls[dname] = {min(ls[dname])}
        for dname, skip in e.get("skip_lines", {}).items():
            ls[dname] = ls.get(dname, set()) - set(skip)
        for dname, only in e.get("only_lines", {}).items():
            ls[dname] = ls.get(dname, set()) & set(only)
    return {k: {d: sorted(v) for d, v in dd.items() if v} for k, dd in out.items()}


# ================================================================= transfer objects
FIELD_HEADS = [
    ("kurzbeschreibung", "KURZBESCHREIBUNG"),
    ("produkttyp", "PRODUKTTyP"),
    ("ausgangssituation", "AUSGANGSSITUATION"),
    ("ziele", "ZIELE UND ANFORDERUNGEN"),
    ("methoden", "METHODEN, UMSETZUNG"),
    ("ressourcen", "RESSOURCEN"),
    ("projektplan", "PROJEKTPLAN"),
    ("beteiligte_akteure", "BETEILIGTE AKTEURE"),
    ("marketing", "MARKETING ÖA"),
    ("gelingensbedingungen", "GELINGENSBEDINGUNGEN"),
    ("herausforderungen", "HERAUSFORDERUNGEN"),
    ("anmerkungen", "ANMERKUNGEN"),
    ("transfer_adressaten", "POTENZIELLE TRANSFER-ADRESSATEN"),
]
MASKS = [("3.3.3.1", "Lenkungsgruppe Bildung", "Diskurs", 22),
         ("3.3.3.2", "Bildungsbeirat", "Diskurs", 25),
         ("3.5.3.1", "Modellprojekt „Bildungslotsen im Stadtteil“", "Maßnahmen", 31)]
ACTOR_NAMES = {  # bullet text -> actor labels (gold entity names/aliases)
    "Referentin für Jugend, Familie und Bildung (Vorsitz)": ["Referentin für Jugend, Familie und Bildung"],
    "Leitung Amt für Schulen": ["Amt für Schulen"],
    "Leitung Amt für Kinder, Jugend und Familie (Jugendamt)": ["Amt für Kinder, Jugend und Familie"],
    "Leitung Amt für Statistik und Stadtforschung": ["Amt für Statistik und Stadtforschung"],
    "Leitung Volkshochschule Rednitzburg": ["Volkshochschule Rednitzburg"],
    "Leitung Stadtbibliothek Rednitzburg": ["Stadtbibliothek Rednitzburg"],
    "Bildungsbüro (Geschäftsführung)": ["Bildungsbüro"],
    "Staatliches Schulamt (ständiger Gast)": ["Staatliches Schulamt"],
    "Hochschule Rednitzburg (Sprecherin)": ["Hochschule Rednitzburg"],
    "IHK-Gremium Rednitzburg": ["IHK-Gremium Rednitzburg"],
    "Kreishandwerkerschaft Rednitzburg": ["Kreishandwerkerschaft Rednitzburg"],
    "Agentur für Arbeit Rednitzburg": ["Agentur für Arbeit Rednitzburg"],
    "Jobcenter Rednitzburg": ["Jobcenter Rednitzburg"],
    "Stadtelternbeirat": ["Stadtelternbeirat"],
    "Bürgerstiftung Rednitzburg": ["Bürgerstiftung Rednitzburg"],
    "Staatliches Schulamt (beratend)": ["Staatliches Schulamt"],
    "Caritasverband Rednitzburg e.V. (Stadtteilzentrum Südstadt)": ["Caritasverband Rednitzburg e.V.", "Stadtteilzentrum Südstadt"],
    "Evangelisches Familienbildungswerk Rednitzburg (Familienstützpunkt Weinleite)":
        ["Evangelisches Familienbildungswerk Rednitzburg", "Familienstützpunkt Weinleite"],
    "Volkshochschule Rednitzburg (Qualifizierung)": ["Volkshochschule Rednitzburg"],
    "Integrationsbeirat der Stadt Rednitzburg": ["Integrationsbeirat der Stadt Rednitzburg"],
    "Amt für Kinder, Jugend und Familie": ["Amt für Kinder, Jugend und Familie"],
    "Bildungsbüro (Koordination, Evaluation)": ["Bildungsbüro"],
}


def is_pagejunk(line):
    return bool(re.fullmatch(r"\d{1,3}", line)) or bool(re.match(r"^\d+(\.\d+)+ .* (DISKURS|MASSNAHMEN|DATEN|STRATEGISCHE ZIELE)$", line))


def transfer_objects():
    dd = DOCS[D1]
    L = dd.lines
    starts = []
    for sec, title, fn, page in MASKS:
        i = next(i for i, l in enumerate(L) if l.startswith(sec + " ") and not is_pagejunk(l))
        starts.append(i)
    res = []
    for k, (sec, title, fn, page) in enumerate(MASKS):
        a = starts[k]
        b = starts[k + 1] if k + 1 < len(MASKS) else len(L)
        # end of mask: next section heading line (e.g. '3.4.2 ...' or header ' HANDLUNGSFELDER')
        for j in range(a + 1, b):
            if re.match(r"^(3\.\d(\.\d)*) ", L[j]) and not is_pagejunk(L[j]) or L[j] in ("HANDLUNGSFELDER", "MASSNAHMEN"):
                b = j
                break
        heads = {}
        for j in range(a, b):
            for key, h in FIELD_HEADS:
                if L[j].startswith(h) and key not in heads:
                    heads[key] = j
        order = sorted(heads.items(), key=lambda kv: kv[1])
        present, empty = [], []
        content = {}
        for n, (key, j) in enumerate(order):
            end = order[n + 1][1] if n + 1 < len(order) else b
            body = [(x + 1, L[x]) for x in range(j + 1, end) if L[x] and not is_pagejunk(L[x])]
            content[key] = body
            (present if body else empty).append(key)
        missing = [key for key, _ in FIELD_HEADS if key not in heads]
        fields_order = [key for key, _ in FIELD_HEADS]
        present.sort(key=fields_order.index)
        empty.sort(key=fields_order.index)
        actors = []
        for ln, txt in content.get("beteiligte_akteure", []):
            if not txt.startswith("•"):
                continue
            t = txt.lstrip("• ").strip()
            actors.append({"text": t, "line": ln, "actors": ACTOR_NAMES[t]})
        res.append({"section": sec, "title": title, "kbm_function": fn, "catalogue_page": page,
                    "start_line": a + 1, "fields_present": present, "fields_empty": empty,
                    "fields_missing": missing, "beteiligte_akteure": actors, "doc": D1})
    return res


def main():
    tos = transfer_objects()
    bullet_lines = {}
    for t in tos:
        for b in t["beteiligte_akteure"]:
            bullet_lines[(t["section"], b["text"])] = b["line"]
    out_rels = []
    for r in RELS:
        hint = r["line"]
        if hint == "BB":
            hint = bullet_lines[("3.3.3.2", r["evidence"])]
        elif hint == "LOTS":
            hint = bullet_lines[("3.5.3.1", r["evidence"])]
        elif r["subject"] == "to-3.3.3.1":
            hint = bullet_lines[("3.3.3.1", r["evidence"])]
        elif r["predicate"] == "participatesIn" and r["object"] == "lenkungsgruppe-bildung-rednitzburg" and r["doc"] == D1:
            hint = bullet_lines[("3.3.3.1", r["evidence"])]
        line = find_line(r["doc"], r["evidence"], hint)
        row = {"subject": r["subject"], "predicate": r["predicate"], "object": r["object"], "doc": r["doc"]}
        if r["role"]:
            row["role"] = r["role"]
        row["line"] = line
        row["evidence"] = r["evidence"]
        if r["note"]:
            row["note"] = r["note"]
        out_rels.append(row)
    lines = mention_lines()
    out_ents = []
    for e in ENTS:
        row = dict(e)
        row["lines"] = lines[e["id"]]
        # key order like the shared gold
        keys = ["id", "type", "name", "aliases", "docs", "lines", "role", "affiliation", "role_only",
                "section", "kind", "note"]
        out_ents.append({k: row[k] for k in keys if k in row})
    g = ROOT / "gold"
    g.mkdir(exist_ok=True)
    (g / "entities.json").write_text(json.dumps(out_ents, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (g / "relations.json").write_text(json.dumps(out_rels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (g / "transfer_objects.json").write_text(json.dumps(tos, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(out_ents)} entities, {len(out_rels)} relations, {len(tos)} transfer objects")


if __name__ == "__main__":
    main()
