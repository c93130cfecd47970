#!/usr/bin/env python3
"""Build the held-out set 7: NAME.txt from .src/NAME.in (~ = U+00A0, ^ = U+202F),
and NAME.ann.json in the corpus layout (entities by text, with "occurrences" where
only some whole-word matches are meant).  Offsets are computed by searching the text
with the same algorithm as /work/shared/eval/build_gold.py and checked afterwards.

Usage: python3 make_ann.py [--check]   (--check also lists uncovered tokens for review)
"""
import json
import pathlib
import re
import sys
import unicodedata

SRC = pathlib.Path(__file__).resolve().parent
OUT = SRC.parent
NB, NNB = "\u00a0", "\u202f"


def conv(s):
    return unicodedata.normalize("NFC", s.replace("~", NB).replace("^", NNB))


# ---------------------------------------------------------------- helpers
def E(text, typ, skip_in=(), **kw):
    return dict(text=conv(text), type=typ, skip_in=[conv(c) for c in skip_in], **kw)


def PER(t, **k): return E(t, "PERSON", **k)
def ORG(t, **k): return E(t, "ORG", **k)
def PLA(t, **k): return E(t, "PLACE", **k)
def MIN(t, **k): return E(t, "MINISTRY", **k)
def N(t, v, **k): return E(t, "FIGURE", kind="number", value=v, **k)
def P(t, v, **k): return E(t, "FIGURE", kind="percent", value=v, **k)
def D(t, v, **k): return E(t, "FIGURE", kind="date", value=v, **k)
def M(t, v, u, **k): return E(t, "FIGURE", kind="money", value=v, unit=u, **k)


def S(agreement, participants, date=None, place=None):
    d = {"agreement": conv(agreement), "participants": [[conv(n) for n in p] for p in participants]}
    if date:
        d["date"] = conv(date)
    if place:
        d["place"] = conv(place)
    return d


A = {}

# ---------------------------------------------------------------- 1 Maroc (MAP)
souss_conseil = ["Conseil de la région Souss-Massa"]
jica = ["Agence japonaise de coopération internationale", "JICA"]
A["maroc-souss-massa-jica-irrigation"] = dict(
    source="fictional, MAP wire style (Agadir)",
    ents=[
        PLA("SOUSS-MASSA"), ORG("JICA"), M("420 MDH", 420000000, "MAD"),
        PLA("Agadir"), D("14/03/2024", "2024-03-14"), ORG("MAP"),
        ORG("Conseil de la région Souss-Massa"), ORG("Agence japonaise de coopération internationale"),
        M("420 millions de dirhams", 420000000, "MAD"),
        PLA("Taroudant"), PLA("Tiznit"), PLA("Chtouka Aït Baha"), PLA("Chtouka"),
        PER("Abdellatif Ouhammou"), PER("Ouhammou"), PER("Takeshi Morimoto"), PER("Morimoto"),
        PLA("Maroc"), PLA("Souss-Massa"), PLA("Agadir Ida-Outanane"), PER("Mohamed Tahiri"),
        D("2024", "2024"), D("2028", "2028"), N("180", 180), N("6~500", 6500), N("quatre mille", 4000),
        P("25~%", 25), M("300 MDH", 300000000, "MAD"),
        MIN("ministère de l'Agriculture, de la Pêche maritime, du Développement rural et des Eaux et Forêts"),
        D("novembre 2019", "2019-11"), PLA("Rabat"), PLA("Tokyo"), PLA("Japon"),
        M("1,2 milliard de dollars", 1200000000, "USD"), D("2000", "2000"),
        N("deux", 2), ORG("Agence du bassin hydraulique du Souss-Massa"), ORG("ABHSM"),
        ORG("Office régional de mise en valeur agricole du Souss-Massa"), ORG("ORMVA-SM"),
        ORG("Agence française de développement"), ORG("AFD"),
        P("40~%", 40), D("2018", "2018"), P("17,4~%", 17.4),
        MIN("ministère de l'Équipement et de l'Eau"),
    ],
    signings=[
        S("convention de partenariat",
          [souss_conseil, jica, ["Abdellatif Ouhammou", "Ouhammou"], ["Takeshi Morimoto", "Morimoto"]],
          date="14/03/2024", place="Agadir"),
        S("protocole d'entente", [["Maroc", "Rabat"], ["Japon", "Tokyo"]], date="novembre 2019"),
        S("conventions spécifiques", [souss_conseil, ["Agence du bassin hydraulique du Souss-Massa", "ABHSM"]]),
        S("conventions spécifiques", [souss_conseil, ["Office régional de mise en valeur agricole du Souss-Massa", "ORMVA-SM"]]),
    ])

# ---------------------------------------------------------------- 2 Tunisie (TAP)
tn = ["Tunisie", "ministère de l’Économie et de la Planification"]
berd = ["Banque européenne pour la reconstruction et le développement", "BERD"]
steg = ["Société tunisienne de l’électricité et du gaz", "STEG"]
A["tunisie-berd-steg-pret"] = dict(
    source="fictional, TAP wire style (Tunis)",
    ents=[
        PLA("TUNISIE"), ORG("BERD"), M("75 MILLIONS D’EUROS", 75000000, "EUR"), ORG("STEG"),
        PLA("Tunis"), D("22 mai", "--05-22"), ORG("TAP"), PLA("Tunisie"),
        ORG("Banque européenne pour la reconstruction et le développement"),
        MIN("ministère de l’Économie et de la Planification"),
        M("75 millions d’euros", 75000000, "EUR"), M("252 millions de dinars", 252000000, "TND"),
        ORG("Société tunisienne de l’électricité et du gaz"),
        PER("Samia Ferchichi"), PER("Ferchichi"), PLA("Libye"), PER("Elena Varga"), PER("Hichem Mabrouki"),
        N("15", 15), N("trois", 3), N("1^300", 1300), N("neuf", 9), PLA("Sfax"), PLA("Gabès"), PLA("Médenine"),
        P("15,2~%", 15.2), P("11~%", 11), D("2027", "2027"),
        M("5 millions d’euros", 5000000, "EUR"), ORG("Union européenne"), ORG("UE"), PER("Pietro Lanza"),
        M("6 milliards de dinars", 6000000000, "TND"), M("1,8 milliard d’euros", 1800000000, "EUR"),
        D("2012", "2012"), D("juillet 2021", "2021-07"), M("50 millions d’euros", 50000000, "EUR"), PLA("Kairouan"),
        M("120 millions d’euros", 120000000, "EUR"), ORG("Banque européenne d’investissement"), ORG("BEI"),
        PLA("Italie"),
    ],
    signings=[
        S("accord de prêt", [tn, berd, ["Samia Ferchichi", "Ferchichi"], ["Elena Varga"]], date="22 mai", place="Tunis"),
        S("accord de projet", [steg, ["Hichem Mabrouki"], berd]),
        S("convention de don", [["Union européenne", "UE"], ["Pietro Lanza"], tn, ["Samia Ferchichi", "Ferchichi"]]),
        S("accord de financement", [berd, steg], date="juillet 2021"),
    ])

# ---------------------------------------------------------------- 3 Burkina Faso (communiqué)
bf = ["ministère de l'Énergie, des Mines et des Carrières", "MINISTÈRE DE L'ÉNERGIE, DES MINES ET DES CARRIÈRES", "Burkina Faso"]
spe = ["Sahel Photon Énergie SA"]
A["burkina-communique-centrale-solaire-kaya"] = dict(
    source="fictional ministry communiqué (Ouagadougou)",
    ents=[
        MIN("MINISTÈRE DE L'ÉNERGIE, DES MINES ET DES CARRIÈRES"),
        MIN("ministère de l'Énergie, des Mines et des Carrières"),
        PLA("Burkina Faso"), D("mardi 8 octobre 2024", "2024-10-08"), PLA("Ouagadougou"),
        N("60", 60), PLA("Kaya"), PLA("Centre-Nord"),
        PER("Souleymane Kaboré"), ORG("Sahel Photon Énergie SA"), PER("Idrissa Compaoré"),
        N("vingt-cinq", 25), ORG("Société nationale d'électricité du Burkina"), ORG("SONABEL"), PER("Issouf Sawadogo"),
        M("42 francs CFA", 42, "XOF"), M("48,6 milliards de francs CFA", 48600000000, "XOF"),
        P("30 %", 30), P("70 %", 70), ORG("Banque ouest-africaine de développement"), ORG("BOAD"),
        D("2026", "2026"),
        ORG("Agence nationale des énergies renouvelables et de l'efficacité énergétique"), ORG("ANEREE"),
        N("110 000", 110000), N("95 000", 95000), N("70 000", 70000), N("350", 350),
        M("25 milliards de francs CFA", 25000000000, "XOF"), D("14 mars 2024", "2024-03-14"),
        ORG("Assemblée législative de transition"), ORG("ALT", skip_in=["008-2024/ALT"]),
        D("2 mai 2024", "2024-05-02"), N("40", 40), PLA("Dori"), ORG("Gulf Sun Power"),
        P("22,5 %", 22.5), P("50 %", 50), D("2030", "2030"), D("9 octobre 2024", "2024-10-09"),
        PER("Aminata Zongo"),
    ],
    signings=[
        S("convention de concession", [bf, ["Souleymane Kaboré"], spe, ["Idrissa Compaoré"]],
          date="mardi 8 octobre 2024", place="Ouagadougou"),
        S("contrat d'achat d'électricité",
          [["Société nationale d'électricité du Burkina", "SONABEL"], ["Issouf Sawadogo"], spe]),
        S("accord de prêt", [bf, ["Banque ouest-africaine de développement", "BOAD"]], date="14 mars 2024"),
    ])

# ---------------------------------------------------------------- 4 Guinée (Guinéenews)
gn = ["ministère des Transports", "Guinée", "État guinéen"]
bmt = ["Boké Maritime Terminal SA", "BMT"]
cbg = ["Compagnie des bauxites de Guinée", "CBG"]
A["guinee-kamsar-bmt-trois-accords"] = dict(
    source="fictional, Guinean news site style (Conakry)",
    ents=[
        PLA("GUINÉE"), N("TROIS", 3), PLA("KAMSAR"), PER("Alpha Oumar Baldé"), ORG("Guinéenews"),
        PLA("Conakry"), D("17 juin 2024", "2024-06-17"), ORG("Boké Maritime Terminal SA"), ORG("BMT"),
        N("trois", 3), PLA("Kamsar"), PLA("Boké"), N("40", 40000000), N("65 millions", 65000000),
        M("640 millions de dollars américains", 640000000, "USD"),
        M("5~500 milliards de francs guinéens", 5500000000000, "GNF"),
        N("trente", 30), MIN("ministère des Transports"), PER("Fatoumata Binta Camara"), PER("Camara"),
        PER("Mamadou Saliou Diallo"), ORG("Tianhai Dredging Engineering"), PER("Li Wenjun"),
        ORG("Compagnie des bauxites de Guinée"), ORG("CBG"), N("12 millions", 12000000), PER("Ousmane Kourouma"),
        N("11", 11), N("15,5", 15.5), MIN("ministère des Mines et de la Géologie"), N("1~500", 1500),
        PLA("Guinée"), PLA("Australie"), N("123 millions", 123000000), D("2023", "2023"), PLA("Chine"),
        D("2019", "2019"), D("2040", "2040"), ORG("Port autonome de Conakry"), ORG("PAC"),
    ],
    signings=[
        S("convention de concession", [gn, bmt, ["Fatoumata Binta Camara", "Camara"], ["Mamadou Saliou Diallo"]],
          place="Conakry"),
        S("contrat de dragage", [bmt, ["Tianhai Dredging Engineering"], ["Li Wenjun"]], place="Conakry"),
        S("convention d’approvisionnement", [bmt, cbg, ["Ousmane Kourouma"]], place="Conakry"),
        S("accord de prolongation", [cbg, ["Guinée", "État guinéen"]], date="2019"),
    ])

# ---------------------------------------------------------------- 5 Cameroun (Cameroon Tribune)
cm = ["ministère de l'Économie, de la Planification et de l'Aménagement du territoire", "Minepat", "Cameroun"]
bad = ["Banque africaine de développement", "BAD"]
bid = ["Banque islamique de développement", "BID"]
A["cameroun-route-sangmelima-djoum-bad-bid"] = dict(
    source="fictional, Cameroon Tribune style (Yaoundé)",
    ents=[
        PLA("SANGMÉLIMA"), PLA("DJOUM"), PLA("MINTOM"), M("187 MILLIARDS FCFA", 187000000000, "XAF"),
        N("Deux", 2), PLA("Yaoundé"), ORG("Banque africaine de développement"), ORG("Banque islamique de développement"),
        MIN("Minepat"), PER("Jean-Claude Ndongo Abega"), D("jeudi 13 février 2025", "2025-02-13"), N("deux", 2),
        PLA("Sangmélima"), PLA("Djoum"), PLA("Mintom"), N("168", 168), PLA("Sud"),
        M("112 milliards de FCFA", 112000000000, "XAF"), ORG("BAD"), PLA("Cameroun"), PER("Aminata Konaté Sow"),
        M("75 milliards de FCFA", 75000000000, "XAF"), ORG("BID"), PLA("Dakar"), PER("Ahmed Al-Harbi"),
        P("12 %", 12), P("1 %", 1), N("30", 30), N("huit", 8), P("2,5 %", 2.5), N("25", 25),
        PLA("Gabon"), PLA("Congo"), PLA("Dja-et-Lobo"), MIN("ministère des Travaux publics"), MIN("Mintp"),
        D("octobre 2025", "2025-10"), N("36", 36), PER("Paul Ekollo Mbarga"), N("2 500", 2500),
        D("juillet 2022", "2022-07"), M("48 milliards de FCFA", 48000000000, "XAF"), PLA("Ebolowa"),
        ORG("Banque de développement des États de l'Afrique centrale"), ORG("BDEAC"),
        MIN("ministère de l'Économie, de la Planification et de l'Aménagement du territoire"), D("2030", "2030"),
        PER("Ange Christelle Mbala"), ORG("Cameroon Tribune"),
    ],
    signings=[
        S("accord de prêt", [cm, ["Jean-Claude Ndongo Abega"], bad, ["Aminata Konaté Sow"]],
          date="jeudi 13 février 2025", place="Yaoundé"),
        S("accord de prêt", [cm, ["Jean-Claude Ndongo Abega"], bid, ["Ahmed Al-Harbi"]],
          date="jeudi 13 février 2025", place="Yaoundé"),
        S("accord de prêt", [cm, bad], date="juillet 2022"),
    ])

# ---------------------------------------------------------------- 6 RDC (Radio Okapi)
kc = ["gouvernement provincial du Kasaï-Central", "Kasaï-Central"]
seka = ["Solidarité pour l'enfance du Kasaï", "SEKA"]
A["rdc-kasai-central-seka-unicef"] = dict(
    source="fictional, Radio Okapi style (Kananga)",
    ents=[
        PLA("Kasaï-Central"), ORG("SEKA"), N("12 000", 12000), ORG("Solidarité pour l'enfance du Kasaï"),
        D("lundi 4 mars", "--03-04"), PLA("Kananga"), PLA("Dibaya"), PLA("Demba"), PLA("Luiza"),
        PER("Jean-Pierre Tshibangu Kalala"), PER("Bernadette Mbuyi Ngalula"), PER("Bernadette Mbuyi"),
        PER("Tshibangu"),
        M("45 000 francs congolais", 45000, "CDF"), N("150", 150), N("vingt-deux", 22), D("juin 2025", "2025-06"),
        P("30", 30), P("35 %", 35), ORG("Radio Okapi"),
        ORG("Fonds des Nations unies pour l'enfance"), ORG("UNICEF"),
        M("350 000 dollars américains", 350000, "USD"), D("2024", "2024"), D("2025", "2025"),
        PLA("Kinshasa"), D("2019", "2019"), D("septembre 2022", "2022-09"),
        ORG("Caritas Développement Kananga"), PLA("Kazumba"),
        ORG("Organisation internationale pour les migrations"), ORG("OIM"), PLA("Angola"),
        D("2017", "2017"), N("deux", 2),
    ],
    signings=[
        S("protocole d'accord", [kc, seka, ["Jean-Pierre Tshibangu Kalala", "Tshibangu"],
                                 ["Bernadette Mbuyi Ngalula", "Bernadette Mbuyi"]],
          date="lundi 4 mars", place="Kananga"),
        S("accord de subvention", [seka, ["Fonds des Nations unies pour l'enfance", "UNICEF"]]),
        S("protocole", [kc, ["Caritas Développement Kananga"]], date="septembre 2022"),
    ])

# ---------------------------------------------------------------- 7 Madagascar
mg = ["ministère de la Santé publique", "MINISTÈRE DE LA SANTÉ", "Madagascar"]
pam = ["Programme alimentaire mondial", "PAM"]
A["madagascar-sante-pam-unfpa"] = dict(
    source="fictional, Malagasy daily style (Antananarivo)",
    ents=[
        MIN("MINISTÈRE DE LA SANTÉ"), ORG("PAM"), MIN("ministère de la Santé publique"),
        ORG("Programme alimentaire mondial"), N("deux", 2), PLA("Antananarivo"), N("trois", 3),
        PLA("Androy"), PLA("Anosy"), PLA("Atsimo-Andrefana"), PER("Hanitra Rakotomalala"),
        PLA("Madagascar"), PER("Pascal Moreau"), M("14,5 millions de dollars", 14500000, "USD"),
        M("65 milliards d’ariary", 65000000000, "MGA"), N("180^000", 180000), N("cinq", 5), N("45^000", 45000),
        P("15 %", 15), N("sept", 7), PLA("Ambovombe"), PLA("Tsihombe"), PLA("Amboasary-Atsimo"), P("40 %", 40),
        ORG("Office national de nutrition"), ORG("ONN"),
        ORG("Fonds des Nations unies pour la population"), ORG("UNFPA"),
        M("2,3 millions de dollars", 2300000, "USD"), N("60", 60), D("2020", "2020"),
        M("50 millions de dollars", 50000000, "USD"), ORG("Banque mondiale"), ORG("Assemblée nationale"),
        MIN("ministère de l’Économie et des Finances"), N("1^200", 1200), PLA("Toamasina"),
        D("15 novembre", "--11-15"), PER("Fanja Randrianarisoa"),
    ],
    signings=[
        S("protocole d’accord", [mg, pam, ["Hanitra Rakotomalala"], ["Pascal Moreau"]], place="Antananarivo"),
        S("plans de travail annuels", [mg, ["Fonds des Nations unies pour la population", "UNFPA"]]),
        S("premier accord", [pam, mg], date="2020"),
    ])

# ---------------------------------------------------------------- 8 Haïti
jac = ["Mairie de Jacmel", "Jacmel"]
hep = ["Haïti Eau Propre", "HEP", "HAÏTI EAU PROPRE"]
A["haiti-jacmel-hep-eau-potable"] = dict(
    source="fictional, Haitian daily style (Jacmel)",
    ents=[
        PLA("JACMEL"), ORG("HAÏTI EAU PROPRE"), PLA("Jacmel"), PER("Jean-Robert Désir"), PER("Désir"),
        ORG("Haïti Eau Propre"), ORG("HEP"), PER("Nathalie Pierre-Louis"),
        D("vendredi 12 avril 2024", "2024-04-12"),
        M("1,4 million de dollars américains", 1400000, "USD"), M("185 millions de gourdes", 185000000, "HTG"),
        N("27", 27), N("huit", 8), N("40 000", 40000), PLA("Bas-Ville"), PLA("Lamandou"), P("80 %", 80),
        ORG("Agence espagnole de coopération internationale pour le développement"), ORG("AECID"),
        ORG("Mairie de Jacmel"), M("25 gourdes", 25, "HTG"),
        ORG("Direction nationale de l'eau potable et de l'assainissement"), ORG("DINEPA"), D("2021", "2021"),
        N("dix", 10), N("quatorze", 14), PLA("Sud-Est"), N("300", 300), D("octobre 2022", "2022-10"),
        MIN("ministère de la Santé publique et de la Population"), MIN("MSPP"),
        PLA("Cayes-Jacmel"), PLA("Port-au-Prince"),
        MIN("ministère de l'Intérieur et des Collectivités territoriales"), MIN("MICT"),
        PER("Wendy Joseph"),
    ],
    signings=[
        S("convention de partenariat", [jac, hep, ["Jean-Robert Désir", "Désir"], ["Nathalie Pierre-Louis"]],
          date="vendredi 12 avril 2024", place="Jacmel"),
        S("accord-cadre", [["Direction nationale de l'eau potable et de l'assainissement", "DINEPA"], jac], date="2021"),
    ])

# ---------------------------------------------------------------- 9 Belgique (Le Soir)
ucl = ["Université catholique de Louvain", "UCLouvain", "UCLOUVAIN"]
qua = ["Quaréna Biotech", "Quaréna", "QUARÉNA"]
A["belgique-uclouvain-quarena-convention"] = dict(
    source="fictional, Le Soir style (Louvain-la-Neuve)",
    ents=[
        ORG("UCLOUVAIN"), ORG("QUARÉNA"), M("12 MILLIONS D’EUROS", 12000000, "EUR"), PER("Laurence Wéry"),
        ORG("Université catholique de Louvain"), ORG("UCLouvain"), ORG("Quaréna Biotech"), ORG("Quaréna"),
        PLA("Mont-Saint-Guibert"), M("12 millions d’euros", 12000000, "EUR"), N("cinq", 5),
        PLA("Louvain-la-Neuve"), PER("Véronique Delmotte"), PER("Thomas Van den Broeck"), N("deux", 2),
        D("2021", "2021"), D("2022", "2022"), D("2017", "2017"),
        ORG("Institut de recherche expérimentale et clinique"), ORG("IREC"), N("48", 48), N("huit", 8),
        P("40^%", 40), M("4,5^M€", 4500000, "EUR"), M("3,2 millions d’euros", 3200000, "EUR"), PLA("Namur"),
        ORG("Fonds de la recherche scientifique"), ORG("FNRS"), PLA("Wallonie"), D("2019", "2019"), ORG("GSK"),
        PLA("Wavre"), N("9^000", 9000), ORG("ULiège"), PLA("Boston"), PLA("Bruxelles"), N("vingt", 20),
        M("20", 20000000, "EUR"), M("25 millions d’euros", 25000000, "EUR"), D("2025", "2025"),
        PLA("Belgique"), PLA("Pays-Bas"),
    ],
    signings=[
        S("convention de recherche collaborative",
          [ucl, qua, ["Véronique Delmotte"], ["Thomas Van den Broeck"]], place="Louvain-la-Neuve"),
        S("accord de licence exclusive", [ucl, qua], place="Louvain-la-Neuve"),
        S("convention-cadre", [ucl, ["GSK"]], date="2019"),
    ])

# ---------------------------------------------------------------- 10 Luxembourg
f91 = ["F91 Dudelange", "F91", "F91 DUDELANGE"]
bil = ["Banque Internationale à Luxembourg", "BIL"]
A["luxembourg-bil-f91-dudelange-sponsoring"] = dict(
    source="fictional, Luxembourg French-language daily style",
    ents=[
        ORG("BIL"), ORG("F91 DUDELANGE"), ORG("F91 Dudelange"), ORG("F91"),
        ORG("Banque Internationale à Luxembourg"), PLA("Dudelange"), N("trois", 3), D("juin 2027", "2027-06"),
        PER("Marc Schmit"), PER("Anne-Claire Wagner-Hoffmann"),
        M("1,35 million d'euros", 1350000, "EUR"), M("450 000 euros", 450000, "EUR"), P("20 %", 20),
        M("3,8 millions d'euros", 3800000, "EUR"), D("2024", "2024"), D("2025", "2025"), N("16", 16), N("deux", 2),
        D("1856", "1856"), D("2022", "2022"), ORG("Fédération luxembourgeoise de football"), ORG("FLF"),
        PLA("Luxembourg"), PLA("Esch-sur-Alzette"), PLA("Clervaux"), ORG("Swift Hesperange"),
        ORG("FC Differdange 03"), D("2 janvier", "--01-02"), M("300 000", 300000, "EUR"),
        M("400 000 euros", 400000, "EUR"), ORG("Editpress"), PER("Tom Reuter"),
    ],
    signings=[
        S("contrat de sponsoring", [f91, bil, ["Marc Schmit"], ["Anne-Claire Wagner-Hoffmann"]], place="Dudelange"),
        S("accord de partenariat", [bil, ["Fédération luxembourgeoise de football", "FLF"]], date="2022"),
    ])

# ---------------------------------------------------------------- 11 Québec (Le Devoir)
mtl = ["Ville de Montréal", "Montréal", "MONTRÉAL"]
qc = ["Québec", "ministère des Affaires municipales et de l’Habitation", "MAMH"]
A["quebec-montreal-cols-bleus-convention-collective"] = dict(
    source="fictional, Le Devoir style (Montréal)",
    ents=[
        PLA("MONTRÉAL"), PLA("Québec"), M("1,2 milliard de dollars", 1200000000, "CAD"), PLA("Ottawa"),
        PER("Mélanie Lachapelle-Roy"), ORG("Devoir"), N("deux", 2), ORG("Ville de Montréal"),
        ORG("Syndicat des cols bleus regroupés de Montréal"), ORG("SCFP-301"), N("4^500", 4500),
        D("2024", "2024"), D("2029", "2029"), P("17,5~%", 17.5), P("4~%", 4),
        PER("Catherine Dufresne"), PER("Dufresne"), PER("Martin Gagné"), PER("Luc Bergevin"), P("78~%", 78),
        D("1er février 2025", "2025-02-01"), ORG("Syndicat canadien de la fonction publique"), ORG("SCFP"),
        ORG("FTQ"), N("130~000", 130000), PLA("Montréal"), N("cinq", 5), N("3~000", 3000),
        PER("Julie Tremblay-Roy"), MIN("ministère des Affaires municipales et de l’Habitation"), MIN("MAMH"),
        M("900 millions de dollars", 900000000, "CAD"), D("2023", "2023"), N("dix-huit", 18),
        ORG("Société de transport de Montréal"), ORG("STM"), D("décembre 2022", "2022-12"),
    ],
    signings=[
        S("convention collective",
          [mtl, ["Syndicat des cols bleus regroupés de Montréal", "SCFP-301"], ["Catherine Dufresne", "Dufresne"],
           ["Martin Gagné"]], place="Montréal"),
        S("entente", [mtl, qc, ["Julie Tremblay-Roy"], ["Catherine Dufresne", "Dufresne"]]),
    ])

# ---------------------------------------------------------------- 12 Guadeloupe
rg = ["Région Guadeloupe"]
A["guadeloupe-contrat-convergence-2024-2027"] = dict(
    source="fictional, Guadeloupe daily style (Basse-Terre)",
    ents=[
        M("1,02 MILLIARD D’EUROS", 1020000000, "EUR"), PLA("GUADELOUPE"), D("2027", "2027"),
        PER("Cédric Jean-Baptiste"), PLA("Basse-Terre"), PLA("Guadeloupe"), PER("Philippe Garnier-Lacombe"),
        ORG("Région Guadeloupe"), PER("Rodolphe Lancry"), ORG("Conseil départemental de la Guadeloupe"),
        PER("Sylvie Mathurin"), D("vendredi 28 juin 2024", "2024-06-28"), D("2024", "2024"),
        M("1,02 milliard d’euros", 1020000000, "EUR"), M("412 millions d’euros", 412000000, "EUR"),
        M("288^M€", 288000000, "EUR"), M("175^M€", 175000000, "EUR"), P("31^%", 31),
        PLA("Marie-Galante"), PLA("Terre-de-Haut"), N("dix-huit", 18), ORG("Cap Excellence"), PLA("Paris"),
        P("8^%", 8), MIN("ministère des Outre-mer"), ORG("Agence française de développement"), ORG("AFD"),
        M("60 millions d’euros", 60000000, "EUR"), PLA("Pointe-à-Pitre"), PER("Stéphane Dorval"),
        ORG("Syndicat mixte de gestion de l’eau et de l’assainissement de Guadeloupe"), ORG("SMGEAG"),
        N("120", 120), D("juillet 2019", "2019-07"), D("2019", "2019"), D("2022", "2022"), P("74^%", 74),
        ORG("Cour des comptes"), PLA("Hexagone"), P("18^%", 18), P("7,3^%", 7.3),
    ],
    signings=[
        S("contrat de convergence et de transformation",
          [["État"], ["Philippe Garnier-Lacombe"], rg, ["Rodolphe Lancry"],
           ["Conseil départemental de la Guadeloupe"], ["Sylvie Mathurin"]],
          date="vendredi 28 juin 2024", place="Basse-Terre"),
        S("convention de prêt", [rg, ["Agence française de développement", "AFD"], ["Rodolphe Lancry"],
                                 ["Stéphane Dorval"]], date="vendredi 28 juin 2024", place="Basse-Terre"),
        S("précédent contrat", [["État"], rg], date="juillet 2019"),
    ])

# ---------------------------------------------------------------- machinery
WORD = re.compile(r"\w", re.UNICODE)


def whole_word_matches(text, needle):  # same as build_gold.py
    out, i = [], text.find(needle)
    while i >= 0:
        j = i + len(needle)
        left_ok = i == 0 or not (WORD.match(text[i - 1]) and WORD.match(needle[0]))
        right_ok = j == len(text) or not (WORD.match(text[j]) and WORD.match(needle[-1]))
        if left_ok and right_ok:
            out.append((i, j))
        i = text.find(needle, i + 1)
    return out


def inside(span, text, ctxs):
    for c in ctxs:
        for s, e in whole_word_matches(text, c) or [(m.start(), m.end()) for m in re.finditer(re.escape(c), text)]:
            if s <= span[0] and span[1] <= e:
                return True
    return False


def annotate(name, art):
    text = conv((SRC / f"{name}.in").read_text(encoding="utf-8")).rstrip("\n") + "\n"
    (OUT / f"{name}.txt").write_text(text, encoding="utf-8")
    texts = [e["text"] for e in art["ents"]]
    dup = {t for t in texts if texts.count(t) > 1}
    assert not dup, (name, dup)
    taken = [False] * len(text)
    spans, out_ents = [], []
    order = sorted(art["ents"], key=lambda e: -len(e["text"]))
    for e in order:
        free = [(s, t) for s, t in whole_word_matches(text, e["text"]) if not any(taken[s:t])]
        chosen = [sp for sp in free if not inside(sp, text, e["skip_in"])]
        assert chosen, (name, e["text"], "not found free")
        for s, t in chosen:
            assert text[s:t] == e["text"]
            for k in range(s, t):
                taken[k] = True
            spans.append((s, t, e["type"], e.get("kind"), e.get("value"), e.get("unit")))
        e["_occ"] = None if chosen == free else [free.index(sp) for sp in chosen]
    for e in art["ents"]:  # keep the authoring order in the file
        d = {"text": e["text"], "type": e["type"]}
        for k in ("kind", "value", "unit"):
            if k in e:
                d[k] = e[k]
        if e["_occ"] is not None:
            d["occurrences"] = e["_occ"]
        out_ents.append(d)
    for sg in art["signings"]:
        assert whole_word_matches(text, sg["agreement"]), (name, sg["agreement"])
        for p in sg["participants"]:
            for n in p:
                if n != "État":
                    assert n in text, (name, n)
    ann = {"source": art["source"], "entities": out_ents, "signings": art["signings"]}
    (OUT / f"{name}.ann.json").write_text(json.dumps(ann, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return text, sorted(spans)


NUMWORDS = set("un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
               "vingt trente quarante cinquante soixante cent cents mille million millions milliard milliards "
               "dizaine quinzaine vingtaine centaine".split())


def review(name, text, spans):
    cov = [False] * len(text)
    for s, t, *_ in spans:
        for k in range(s, t):
            cov[k] = True
    flagged = []
    for m in re.finditer(r"[\w’'\-]+", text):
        w = m.group()
        if any(cov[m.start():m.end()]):
            continue
        core = re.sub(r"^[ldjnsqu]+['’]", "", w, flags=re.I)
        if not core:
            continue
        if core[0].isupper() or any(c.isdigit() for c in core) or core.lower() in NUMWORDS:
            flagged.append(w)
    print(f"## {name}: uncovered candidates:", " ".join(sorted(set(flagged))))


def main():
    check = "--check" in sys.argv
    totals = {}
    for name, art in A.items():
        text, spans = annotate(name, art)
        for s in spans:
            totals[s[2]] = totals.get(s[2], 0) + 1
        if check:
            review(name, text, spans)
    print("entity totals", totals, "sum", sum(totals.values()))


if __name__ == "__main__":
    main()
