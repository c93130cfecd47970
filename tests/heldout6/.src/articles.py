# Article sources with inline gold markup (see make_ann.py for the syntax).
ARTICLES = []

# ---------------------------------------------------------------------------
# 1. Algeria, APS wire: state company + foreign firm (straight apostrophes, APS style)
ARTICLES.append({
    "name": "algerie-sonatrach-verdemare-illizi",
    "outlet": "Algérie, dépêche d'agence (style APS)",
    "text": """
⟦SONATRACH|O⟧ ET L'ITALIEN ⟦VERDEMARE ENERGIA|O⟧ SIGNENT UN CONTRAT DE ⟦1,2 MILLIARD DE DOLLARS|m:1200000000:USD⟧ À ⟦ILLIZI|L⟧

Publié le : ⟦14-09-2025|d:2025-09-14⟧

⟦ALGER|L⟧ - Le groupe ⟦Sonatrach|O⟧, l'⟦Agence nationale pour la valorisation des ressources en hydrocarbures|O⟧ (⟦ALNAFT|O⟧) et la société italienne ⟦Verdemare Energia|O⟧ ont signé dimanche à ⟦Alger|L⟧ un contrat d'hydrocarbures de type "partage de production" portant sur l'exploration et l'exploitation du périmètre "Bloc 244", situé dans la wilaya d'⟦Illizi|L⟧, a indiqué un communiqué du groupe public.

D'une durée de ⟦30|n:30⟧ ans, le contrat prévoit un investissement global de ⟦1,2 milliard de dollars|m:1200000000:USD⟧, dont ⟦420 millions de dollars|m:420000000:USD⟧ pour la seule phase d'exploration, précise la même source. La part de ⟦Sonatrach|O⟧ dans l'association est fixée à ⟦51%|p:51⟧, contre ⟦49%|p:49⟧ pour le partenaire italien.

Le document a été paraphé par le président-directeur général de ⟦Sonatrach|O⟧, ⟦Rachid Hamlaoui|P⟧, le président du comité de direction d'⟦ALNAFT|O⟧, ⟦Nadir Bensalem|P⟧, et l'administrateur délégué de ⟦Verdemare Energia|O⟧, ⟦Giulio Ferraresi|P⟧, en présence du ministre d'Etat, ministre de l'Energie, des Mines et des Energies renouvelables, ⟦Mourad Belkacemi|P⟧, et du ministre italien des Entreprises, ⟦Lorenzo Santangelo|P⟧.

Intervenant à l'occasion, M. ⟦Belkacemi|P⟧ a souligné que ce contrat, le septième conclu depuis l'entrée en vigueur de la loi 19-13 régissant les activités d'hydrocarbures, promulguée en ⟦décembre 2019|d:2019-12⟧, "confirme l'attractivité retrouvée du domaine minier national".

Le ministre a rappelé que les ⟦deux|n:2⟧ partenaires avaient signé, en ⟦mars 2023|d:2023-03⟧ à ⟦Rome|L⟧, un mémorandum d'entente portant sur l'évaluation conjointe du potentiel gazier du bassin d'⟦Illizi|L⟧, "première étape d'un partenariat appelé à s'élargir".

Selon le ⟦ministère de l'Energie, des Mines et des Energies renouvelables|M⟧, ⟦Sonatrach|O⟧ avait déjà conclu en juillet dernier un contrat de partage de production avec le norvégien ⟦Nordhav Petroleum|O⟧ pour un périmètre situé dans la wilaya d'⟦Ouargla|L⟧.

De son côté, M. ⟦Ferraresi|P⟧ a indiqué que la compagnie, présente en ⟦Algérie|L⟧ depuis ⟦2008|d:2008⟧, mobilisera "une ⟦trentaine|n:30⟧ d'ingénieurs" sur le site dès le premier semestre ⟦2026|d:2026⟧, les premiers forages étant attendus avant la fin de la même année.

Les ⟦deux|n:2⟧ groupes ont également engagé des discussions en vue d'un accord de commercialisation portant sur l'exportation de volumes additionnels de gaz naturel vers l'⟦Italie|L⟧ via le gazoduc Transmed. Cet accord, dont les termes sont encore en négociation, devrait être signé "avant la fin de l'année", selon M. ⟦Hamlaoui|P⟧.

Cette signature intervient alors qu'⟦Alger|L⟧ et ⟦Rome|L⟧ ont fait de l'énergie l'un des piliers de leur partenariat stratégique. L'⟦Italie|L⟧ est devenue en ⟦2022|d:2022⟧ le premier client du gaz algérien, avec des livraisons ayant dépassé ⟦25 milliards|n:25000000000⟧ de mètres cubes.

(⟦APS|O⟧)
""",
    "signings": [
        {"agreement": "contrat d'hydrocarbures",
         "participants": [["Sonatrach", "SONATRACH"],
                          ["Agence nationale pour la valorisation des ressources en hydrocarbures", "ALNAFT"],
                          ["Verdemare Energia", "VERDEMARE ENERGIA"],
                          ["Rachid Hamlaoui", "Hamlaoui"],
                          ["Nadir Bensalem"],
                          ["Giulio Ferraresi", "Ferraresi"]],
         "date": "dimanche", "place": "Alger"},
        {"agreement": "mémorandum d'entente",
         "participants": [["Sonatrach", "SONATRACH"], ["Verdemare Energia", "VERDEMARE ENERGIA"]],
         "date": "mars 2023", "place": "Rome"},
        {"agreement": "contrat de partage de production",
         "participants": [["Sonatrach", "SONATRACH"], ["Nordhav Petroleum"]],
         "date": "juillet dernier"},
    ],
})

# ---------------------------------------------------------------------------
# 2. Mali, communiqué du Conseil des ministres (ratifications = past signings)
ARTICLES.append({
    "name": "mali-conseil-des-ministres-ratifications",
    "outlet": "Mali, communiqué officiel du Conseil des ministres",
    "text": """
COMMUNIQUÉ DU ⟦CONSEIL DES MINISTRES|O⟧ DU ⟦MERCREDI 9 JUILLET 2025|d:2025-07-09⟧

Le ⟦Conseil des Ministres|O⟧ s’est réuni en session ordinaire, le ⟦mercredi 9 juillet 2025|d:2025-07-09⟧, dans sa salle de délibérations à ⟦Koulouba|L⟧, sous la présidence du Président de la Transition, Chef de l’État.

AU CHAPITRE DES MESURES LÉGISLATIVES ET RÉGLEMENTAIRES

AU TITRE DU ⟦MINISTÈRE DE L’ÉCONOMIE ET DES FINANCES|M⟧ :

Sur le rapport du ministre de l’Économie et des Finances, le ⟦Conseil des Ministres|O⟧ a adopté des projets de texte relatifs à la ratification de ⟦deux|n:2⟧ accords de financement :
- l’Accord de prêt signé à ⟦Lomé|L⟧ le ⟦12 mai 2025|d:2025-05-12⟧ entre le Gouvernement de la ⟦République du Mali|L⟧ et la ⟦Banque Ouest Africaine de Développement|O⟧ (⟦BOAD|O⟧), d’un montant de ⟦25 milliards de francs CFA|m:25000000000:XOF⟧, pour le financement partiel du projet d’aménagement et de bitumage de la route ⟦Kati|L⟧-⟦Kolokani|L⟧ ;
- l’Accord de financement signé à ⟦Bamako|L⟧ le ⟦3 juin 2025|d:2025-06-03⟧ entre le Gouvernement de la ⟦République du Mali|L⟧ et l’⟦Association internationale de Développement|O⟧ (⟦IDA|O⟧), d’un montant de ⟦150 millions de dollars américains|m:150000000:USD⟧, soit environ ⟦84 milliards de francs CFA|m:84000000000:XOF⟧, pour le financement du Projet d’appui à la résilience des systèmes alimentaires au ⟦Sahel|L⟧.

Le premier accord est remboursable sur ⟦18|n:18⟧ ans, dont ⟦cinq|n:5⟧ ans de différé, au taux d’intérêt de ⟦1,5~%|p:1.5⟧ l’an. Le second est constitué d’un don à hauteur de ⟦50~%|p:50⟧, le reste étant un crédit remboursable sur ⟦38|n:38⟧ ans.

AU TITRE DU ⟦MINISTÈRE DE L’ÉNERGIE ET DE L’EAU|M⟧ :

Sur le rapport du ministre de l’Énergie et de l’Eau, le ⟦Conseil des Ministres|O⟧ a adopté un projet de décret autorisant le ministre chargé de l’Énergie à signer, au nom de l’État, l’avenant n°2 au contrat de concession conclu en ⟦2000|d:2000⟧ entre l’État et la société ⟦Énergie du Mali|O⟧ (⟦EDM-SA|O⟧).

L’avenant porte la durée de la concession de ⟦20|n:20⟧ à ⟦30|n:30⟧ ans et prévoit un programme d’investissement de ⟦312,4 milliards de FCFA|m:312400000000:XOF⟧ sur la période ⟦2025|d:2025⟧-⟦2030|d:2030⟧, dont ⟦40~%|p:40⟧ consacrés aux énergies renouvelables.

AU TITRE DU ⟦MINISTÈRE DES AFFAIRES ÉTRANGÈRES ET DE LA COOPÉRATION INTERNATIONALE|M⟧ :

Sur le rapport du ministre des Affaires étrangères et de la Coopération internationale, le ⟦Conseil des Ministres|O⟧ a adopté un projet de loi autorisant la ratification de l’Accord de coopération en matière de défense et de sécurité, signé à ⟦Niamey|L⟧ le ⟦14 avril 2025|d:2025-04-14⟧ par le ⟦Mali|L⟧, le ⟦Burkina Faso|L⟧ et le ⟦Niger|L⟧, États membres de la ⟦Confédération des États du Sahel|O⟧ (⟦AES|O⟧).

AU TITRE DU ⟦MINISTÈRE DES MINES|M⟧ :

Sur le rapport du ministre des Mines, le ⟦Conseil des Ministres|O⟧ a autorisé la signature de la convention d’établissement entre l’État et la société ⟦Kayes Lithium SA|O⟧ pour l’exploitation d’un gisement de lithium situé dans le cercle de ⟦Bougouni|L⟧. L’État détiendra ⟦35~%|p:35⟧ du capital de la société d’exploitation. La convention sera signée dans les prochains jours.

AU CHAPITRE DES MESURES INDIVIDUELLES

Le ⟦Conseil des Ministres|O⟧ a procédé aux nominations suivantes :

AU TITRE DU ⟦MINISTÈRE DE L’ÉCONOMIE ET DES FINANCES|M⟧ :
- Directeur général de la Dette publique : Monsieur ⟦Bakary COULIBALY|P⟧, Inspecteur des Finances ;
- Contrôleur financier : Madame ⟦Fatoumata SIDIBÉ|P⟧, Économiste ;
- Conseiller technique : Monsieur ⟦Abdoulaye KEÏTA|P⟧, Inspecteur du Trésor.

AU CHAPITRE DES COMMUNICATIONS

Le ministre de la Santé et du Développement social a informé le ⟦Conseil des Ministres|O⟧ de la situation épidémiologique marquée par ⟦1~247|n:1247⟧ cas confirmés de dengue, dont ⟦12|n:12⟧ décès, enregistrés depuis le ⟦1er janvier 2025|d:2025-01-01⟧ dans les régions de ⟦Bamako|L⟧, ⟦Kayes|L⟧ et ⟦Sikasso|L⟧.

⟦Bamako|L⟧, le ⟦9 juillet 2025|d:2025-07-09⟧

Le Secrétaire général du Gouvernement,
Madame ⟦Aminata TRAORÉ|P⟧
""",
    "signings": [
        {"agreement": "Accord de prêt",
         "participants": [["République du Mali", "Mali", "Gouvernement de la République du Mali"],
                          ["Banque Ouest Africaine de Développement", "BOAD"]],
         "date": "12 mai 2025", "place": "Lomé"},
        {"agreement": "Accord de financement",
         "participants": [["République du Mali", "Mali", "Gouvernement de la République du Mali"],
                          ["Association internationale de Développement", "IDA"]],
         "date": "3 juin 2025", "place": "Bamako"},
        {"agreement": "contrat de concession",
         "participants": [["République du Mali", "Mali"], ["Énergie du Mali", "EDM-SA"]],
         "date": "2000"},
        {"agreement": "Accord de coopération en matière de défense et de sécurité",
         "participants": [["Mali", "République du Mali"], ["Burkina Faso"], ["Niger"]],
         "date": "14 avril 2025", "place": "Niamey"},
    ],
})

# ---------------------------------------------------------------------------
# 3. Gabon, online daily: mining convention + shareholders' pact; caption; not-signed convention
ARTICLES.append({
    "name": "gabon-convention-miniere-baniaka",
    "outlet": "Gabon, quotidien en ligne (style Gabonreview)",
    "text": """
MINES : LA CONVENTION DE ⟦BANIAKA|L⟧ ENFIN SIGNÉE AVEC ⟦OGOOUÉ IRON RESOURCES|O⟧

Par ⟦Ghislain Mba Obiang|P⟧

⟦Libreville|L⟧, ⟦22 avril 2025|d:2025-04-22⟧ – Après ⟦dix-huit|n:18⟧ mois de négociations, l’État gabonais et la société ⟦Ogooué Iron Resources|O⟧ (⟦OIR|O⟧), filiale du groupe australien ⟦Karratha Minerals|O⟧, ont signé le ⟦18 avril|d:--04-18⟧ à ⟦Libreville|L⟧ la convention minière relative à l’exploitation du gisement de fer de ⟦Baniaka|L⟧, dans la province du ⟦Haut-Ogooué|L⟧.

Pour la partie gabonaise, le document a été signé par le ministre des Mines, ⟦Hervé Nzé Ondo|P⟧, et par son collègue de l’Économie et des Participations, ⟦Léonce Mintsa Ekogha|P⟧. La société était représentée par son directeur général, l’Australien ⟦Brendan Whitlock|P⟧.

D’un coût estimé à ⟦780 milliards de FCFA|m:780000000000:XAF⟧ (environ ⟦1,19 milliard d’euros|m:1190000000:EUR⟧), le projet prévoit une production de ⟦5 millions|n:5000000⟧ de tonnes de minerai par an à partir de ⟦2028|d:2028⟧, acheminées par le Transgabonais jusqu’au port d’⟦Owendo|L⟧. La convention accorde à l’État une participation gratuite de ⟦10~%|p:10⟧, portée par la ⟦Société équatoriale des mines|O⟧ (⟦SEM|O⟧), assortie d’une option d’achat de ⟦15~%|p:15⟧ supplémentaires.

Dans la foulée, la ⟦SEM|O⟧ et ⟦OIR|O⟧ ont paraphé un pacte d’actionnaires fixant la gouvernance de la future société d’exploitation, ⟦Baniaka Mining SA|O⟧, dont le siège sera installé à ⟦Franceville|L⟧. Côté ⟦SEM|O⟧, le pacte a été signé par son administrateur directeur général, ⟦Rodrigue Moussavou-Boussougou|P⟧.

Le texte prévoit la création de ⟦1¤200|n:1200⟧ emplois directs, dont ⟦90~%|p:90⟧ réservés aux nationaux, ainsi qu’une redevance minière de ⟦5~%|p:5⟧ de la valeur marchande du minerai exporté.

En revanche, la convention d’établissement portant sur la construction d’un quai minéralier à ⟦Owendo|L⟧ n’a pas encore été signée. Selon une source au ⟦ministère des Mines|M⟧, elle devrait l’être « avant la fin du premier semestre », une fois l’étude d’impact environnemental validée.

Le président de la ⟦Chambre des mines du Gabon|O⟧, ⟦Arnaud Engandji|P⟧, a salué « un signal fort » adressé aux investisseurs, rappelant que le secteur minier pèse déjà près de ⟦6~%|p:6⟧ du PIB. Deuxième producteur mondial de manganèse grâce à la ⟦Comilog|O⟧, le ⟦Gabon|L⟧ mise désormais sur le fer : ⟦Libreville|L⟧ entend porter la production nationale à ⟦20 millions|n:20000000⟧ de tonnes à l’horizon ⟦2030|d:2030⟧.

Photo : ⟦Hervé Nzé Ondo|P⟧ (à gauche) et ⟦Brendan Whitlock|P⟧ échangent les parapheurs, le ⟦18 avril|d:--04-18⟧ à ⟦Libreville|L⟧. © ⟦Gabonreview|O⟧
""",
    "signings": [
        {"agreement": "convention minière",
         "participants": [["Gabon", "État gabonais", "ministère des Mines"],
                          ["Ogooué Iron Resources", "OIR", "OGOOUÉ IRON RESOURCES"],
                          ["Hervé Nzé Ondo"], ["Léonce Mintsa Ekogha"], ["Brendan Whitlock"]],
         "date": "18 avril", "place": "Libreville"},
        {"agreement": "pacte d’actionnaires",
         "participants": [["Société équatoriale des mines", "SEM"],
                          ["Ogooué Iron Resources", "OIR"],
                          ["Rodrigue Moussavou-Boussougou"]]},
    ],
})

# ---------------------------------------------------------------------------
# 4. Côte d'Ivoire, business daily: one borrower, two banks separately; group not a record
ARTICLES.append({
    "name": "ci-iat-deux-conventions-bancaires",
    "outlet": "Côte d'Ivoire, quotidien économique",
    "text": """
AGRO-INDUSTRIE : ⟦IVOIRE AGRO-TRANSFORMATION|O⟧ LÈVE ⟦27 MILLIARDS FCFA|m:27000000000:XOF⟧ AUPRÈS DE ⟦DEUX|n:2⟧ BANQUES

Par ⟦Serge-Alain Kouamé|P⟧

⟦Abidjan|L⟧, le ⟦5 mars 2025|d:2025-03-05⟧ – La société ⟦Ivoire Agro-Transformation|O⟧ (⟦IAT|O⟧), spécialisée dans le broyage de fèves de cacao, a procédé mardi à la signature de ⟦deux|n:2⟧ conventions de financement d’un montant cumulé de ⟦27 milliards de francs CFA|m:27000000000:XOF⟧. Les fonds doivent porter la capacité de son usine de ⟦San Pedro|L⟧ de ⟦60¤000|n:60000⟧ à ⟦110¤000|n:110000⟧ tonnes par an.

La première, une convention de prêt à moyen terme de ⟦15 milliards FCFA|m:15000000000:XOF⟧ sur ⟦sept|n:7⟧ ans, au taux de ⟦7,25~%|p:7.25⟧, a été conclue avec ⟦Société Générale Côte d’Ivoire|O⟧ (⟦SGCI|O⟧). Le directeur général de la banque, ⟦Laurent Kouadio-Brou|P⟧, et le PDG d’⟦IAT|O⟧, ⟦Issiaka Dosso|P⟧, ont apposé leur signature au siège de l’établissement, au ⟦Plateau|L⟧.

La seconde, une ligne de crédit de ⟦12 milliards FCFA|m:12000000000:XOF⟧ destinée au préfinancement des achats de fèves, a été signée le même jour avec ⟦Banque Atlantique Côte d’Ivoire|O⟧ (⟦BACI|O⟧), filiale du groupe marocain ⟦BCP|O⟧. Elle a été paraphée par la directrice générale adjointe de ⟦BACI|O⟧, ⟦Mariam Fofana-Yéo|P⟧, et par M. ⟦Dosso|P⟧.

Le coût total du projet d’extension est évalué à ⟦38,5 milliards FCFA|m:38500000000:XOF⟧. Le solde, soit ⟦11,5 milliards FCFA|m:11500000000:XOF⟧, sera apporté en fonds propres par les actionnaires, dont le fonds panafricain ⟦Kalao Capital|O⟧, qui détient ⟦35~%|p:35⟧ du capital depuis ⟦2021|d:2021⟧.

Une garantie de portefeuille couvrant ⟦50~%|p:50⟧ du prêt a par ailleurs été sollicitée auprès du ⟦Fonds africain de garantie|O⟧ (⟦African Guarantee Fund|O⟧, ⟦AGF|O⟧). L’accord de garantie, approuvé le ⟦20 février|d:--02-20⟧ par le comité de crédit du fonds, n’a pas encore été signé, indique-t-on chez ⟦IAT|O⟧.

« Ces financements traduisent la confiance du système bancaire local dans la deuxième transformation », a commenté ⟦Issiaka Dosso|P⟧. La ⟦Côte d’Ivoire|L⟧, premier producteur mondial avec environ ⟦2,2 millions|n:2200000⟧ de tonnes par campagne, ambitionne de transformer localement ⟦50~%|p:50⟧ de ses fèves d’ici ⟦2030|d:2030⟧, contre près de ⟦30~%|p:30⟧ aujourd’hui, selon le ⟦Conseil du Café-Cacao|O⟧ (⟦CCC|O⟧).

Ce n’est pas la première opération de l’industriel : en ⟦2023|d:2023⟧, ⟦IAT|O⟧ avait signé à ⟦Lomé|L⟧ un accord de prêt de ⟦8 milliards FCFA|m:8000000000:XOF⟧ avec la ⟦Banque ouest-africaine de développement|O⟧ (⟦BOAD|O⟧), en marge d’un forum régional sur l’agro-industrie.
""",
    "signings": [
        {"agreement": "convention de prêt",
         "participants": [["Ivoire Agro-Transformation", "IAT", "IVOIRE AGRO-TRANSFORMATION"],
                          ["Société Générale Côte d’Ivoire", "SGCI"],
                          ["Laurent Kouadio-Brou"], ["Issiaka Dosso", "Dosso"]],
         "date": "mardi", "place": "Plateau"},
        {"agreement": "ligne de crédit",
         "participants": [["Ivoire Agro-Transformation", "IAT", "IVOIRE AGRO-TRANSFORMATION"],
                          ["Banque Atlantique Côte d’Ivoire", "BACI"],
                          ["Mariam Fofana-Yéo"], ["Issiaka Dosso", "Dosso"]],
         "date": "mardi"},
        {"agreement": "accord de prêt",
         "participants": [["Ivoire Agro-Transformation", "IAT"],
                          ["Banque ouest-africaine de développement", "BOAD"]],
         "date": "2023", "place": "Lomé"},
    ],
})

# ---------------------------------------------------------------------------
# 5. Senegal, news agency: twinning charter + university accord; past protocol; planned convention
ARTICLES.append({
    "name": "senegal-jumelage-ziguinchor-vannes",
    "outlet": "Sénégal, dépêche d'agence (style APS)",
    "text": """
COOPÉRATION DÉCENTRALISÉE : ⟦ZIGUINCHOR|L⟧ ET ⟦VANNES|L⟧ SCELLENT LEUR JUMELAGE

⟦Ziguinchor|L⟧, ⟦28 oct. 2024|d:2024-10-28⟧ (⟦APS|O⟧) – La commune de ⟦Ziguinchor|L⟧ et la ville française de ⟦Vannes|L⟧ ont officiellement scellé leur jumelage, samedi, au cours d’une cérémonie organisée à l’hôtel de ville en présence de près de ⟦500|n:500⟧ personnes venues des ⟦deux|n:2⟧ rives, a constaté l’⟦APS|O⟧.

Le maire de ⟦Ziguinchor|L⟧, ⟦Abdou Karim Sagna|P⟧, et son homologue de ⟦Vannes|L⟧, ⟦Hélène Le Bihan|P⟧, ont apposé leur signature au bas de la charte de jumelage, qui consacre ⟦vingt-cinq|n:25⟧ années d’échanges entre les ⟦deux|n:2⟧ collectivités, initiés en ⟦1999|d:1999⟧ par des associations de parents d’élèves.

La délégation bretonne, forte de ⟦32|n:32⟧ membres, comprenait des élus, des chefs d’entreprise et des représentants de l’⟦Université Bretagne Sud|O⟧ (⟦UBS|O⟧). Cette dernière a, dans la foulée, paraphé un accord-cadre de coopération avec l’⟦Université Assane Seck de Ziguinchor|O⟧ (⟦UASZ|O⟧), portant sur la mobilité des étudiants et des enseignants-chercheurs ainsi que sur des recherches conjointes sur la mangrove de ⟦Casamance|L⟧. Le document a été signé par le recteur de l’⟦UASZ|O⟧, le Pr ⟦Ousmane Diédhiou|P⟧, et par le vice-président chargé des relations internationales de l’⟦UBS|O⟧, ⟦Yann Kerdraon|P⟧.

Le jumelage doit être prolongé par une convention de coopération décentralisée de ⟦trois|n:3⟧ ans, d’un montant de ⟦180¤000 euros|m:180000:EUR⟧, soit environ ⟦118 millions de francs CFA|m:118000000:XOF⟧, cofinancée par le ⟦ministère français de l’Europe et des Affaires étrangères|M⟧ et par la commune de ⟦Ziguinchor|L⟧ à hauteur de ⟦20~%|p:20⟧. Cette convention sera signée en mars prochain à ⟦Vannes|L⟧, lors de la visite retour de la délégation casamançaise, a-t-on appris.

Les ⟦deux|n:2⟧ villes ont déjà identifié plusieurs chantiers : l’assainissement du quartier de ⟦Boucotte|L⟧, la gestion des déchets, l’appui au port de pêche et la formation professionnelle des jeunes. « Ce jumelage n’est pas une affaire de protocole, c’est une affaire de familles », a lancé Mme ⟦Le Bihan|P⟧, très applaudie.

Le gouverneur de la région de ⟦Ziguinchor|L⟧, ⟦Mamadou Lamine Badji|P⟧, a rappelé que la commune entretient déjà des liens avec la ville de ⟦São Domingos|L⟧, en ⟦Guinée-Bissau|L⟧, avec laquelle un protocole d’amitié avait été signé en ⟦2019|d:2019⟧. Il a invité les partenaires bretons à « regarder aussi vers la sous-région », évoquant un projet de coopération tripartite avec ⟦Bissau|L⟧.

Le maire ⟦Sagna|P⟧ a pour sa part annoncé que ⟦Ziguinchor|L⟧ entendait consacrer ⟦15~%|p:15⟧ de son budget d’investissement de ⟦2025|d:2025⟧ aux projets issus du jumelage.

Photo : ⟦Abdou Karim Sagna|P⟧ et ⟦Hélène Le Bihan|P⟧ lors de la signature de la charte, samedi à ⟦Ziguinchor|L⟧. (⟦APS|O⟧)
""",
    "signings": [
        {"agreement": "charte de jumelage",
         "participants": [["Ziguinchor", "ZIGUINCHOR"], ["Vannes", "VANNES"],
                          ["Abdou Karim Sagna", "Sagna"], ["Hélène Le Bihan", "Le Bihan"]],
         "date": "samedi", "place": "Ziguinchor"},
        {"agreement": "accord-cadre de coopération",
         "participants": [["Université Bretagne Sud", "UBS"],
                          ["Université Assane Seck de Ziguinchor", "UASZ"],
                          ["Ousmane Diédhiou"], ["Yann Kerdraon"]],
         "date": "samedi", "place": "Ziguinchor"},
        {"agreement": "protocole d’amitié",
         "participants": [["Ziguinchor"], ["São Domingos"]],
         "date": "2019"},
    ],
})

# ---------------------------------------------------------------------------
# 6. Mauritania, news agency: EU fisheries protocol (paraphé), previous protocol, Guinea-Bissau, Senegal not signed
ARTICLES.append({
    "name": "mauritanie-ue-protocole-peche",
    "outlet": "Mauritanie, dépêche d'agence (style AMI)",
    "text": """
PÊCHE : ⟦NOUAKCHOTT|L⟧ ET ⟦BRUXELLES|L⟧ PARAPHENT UN NOUVEAU PROTOCOLE DE ⟦SIX|n:6⟧ ANS

⟦Nouakchott|L⟧, ⟦12/06/2025|d:2025-06-12⟧ (⟦AMI|O⟧) – Le ministre des Pêches et de l’Économie maritime, M. ⟦Sidi Mohamed Ould Bouboutt|P⟧, et le directeur général adjoint des affaires maritimes et de la pêche (⟦DG MARE|O⟧) de la ⟦Commission européenne|O⟧, M. ⟦Joost Van Acker|P⟧, ont paraphé jeudi à ⟦Nouakchott|L⟧ un nouveau protocole de mise en œuvre de l’accord de partenariat dans le domaine de la pêche durable entre la ⟦République islamique de Mauritanie|L⟧ et l’⟦Union européenne|O⟧.

Conclu pour une durée de ⟦six|n:6⟧ ans, le texte ouvre des possibilités de pêche à ⟦158|n:158⟧ navires européens, contre ⟦153|n:153⟧ jusqu’ici, pour un volume de référence de ⟦290¤000|n:290000⟧ tonnes par an de petits pélagiques. En contrepartie, l’⟦UE|O⟧ versera une compensation financière annuelle de ⟦60 millions d’euros|m:60000000:EUR⟧, dont ⟦17 millions d’euros|m:17000000:EUR⟧ affectés à l’appui sectoriel, auxquels s’ajouteront les redevances des armateurs, estimées à ⟦25 millions d’euros|m:25000000:EUR⟧ par an.

Le nouveau protocole succède à celui signé le ⟦15 novembre 2021|d:2021-11-15⟧ à ⟦Bruxelles|L⟧. Il doit encore être approuvé par le ⟦Conseil de l’Union européenne|O⟧ et par le ⟦Parlement européen|O⟧ avant son application provisoire, prévue le ⟦16 novembre 2025|d:2025-11-16⟧.

Côté mauritanien, on insiste sur la part des captures qui devront être débarquées localement, désormais fixée à ⟦25~%|p:25⟧ pour les chalutiers pélagiques, et sur l’obligation d’embarquer des marins nationaux, qui représenteront au moins ⟦60~%|p:60⟧ des équipages. « Nous avons obtenu que la valeur ajoutée reste en ⟦Mauritanie|L⟧ », a déclaré M. ⟦Ould Bouboutt|P⟧ à la presse, évoquant la création attendue de ⟦2¤000|n:2000⟧ emplois à terre, notamment à ⟦Nouadhibou|L⟧.

Le ministre a en revanche reconnu que les discussions engagées en ⟦janvier 2024|d:2024-01⟧ avec le ⟦Sénégal|L⟧ en vue d’un accord de pêche réciproque n’avaient pas encore abouti. « L’accord n’a pas encore été signé, mais les discussions avancent », a-t-il précisé. Le protocole d’accord conclu en ⟦2023|d:2023⟧ avec la ⟦Guinée-Bissau|L⟧ sur la surveillance conjointe des zones de pêche a, lui, été reconduit pour ⟦deux|n:2⟧ ans.

Selon les données du ⟦ministère des Pêches et de l’Économie maritime|M⟧, la ⟦Mauritanie|L⟧, dont la zone économique exclusive couvre plus de ⟦230¤000|n:230000⟧ km², tire de la pêche près de ⟦20~%|p:20⟧ de ses recettes d’exportation. La seule compensation européenne représente environ ⟦2,6 milliards d’ouguiyas|m:2600000000:MRU⟧ par an.
""",
    "signings": [
        {"agreement": "protocole de mise en œuvre",
         "participants": [["République islamique de Mauritanie", "Mauritanie", "NOUAKCHOTT",
                           "ministère des Pêches et de l’Économie maritime"],
                          ["Union européenne", "UE", "Commission européenne", "DG MARE", "BRUXELLES"],
                          ["Sidi Mohamed Ould Bouboutt", "Ould Bouboutt"],
                          ["Joost Van Acker"]],
         "date": "jeudi", "place": "Nouakchott"},
        {"agreement": "protocole",
         "participants": [["République islamique de Mauritanie", "Mauritanie"],
                          ["Union européenne", "UE"]],
         "date": "15 novembre 2021", "place": "Bruxelles"},
        {"agreement": "protocole d’accord",
         "participants": [["République islamique de Mauritanie", "Mauritanie"], ["Guinée-Bissau"]],
         "date": "2023"},
    ],
})

# ---------------------------------------------------------------------------
# 7. Switzerland, daily: merger contract + sponsorship; SECO / DETEC as ministries; francs = CHF
ARTICLES.append({
    "name": "suisse-fusion-thermoval-aarwerk",
    "outlet": "Suisse romande, quotidien",
    "text": """
CHAUFFAGE À DISTANCE : ⟦THERMOVAL|O⟧ ET ⟦AARWERK ENERGIE|O⟧ SCELLENT LEUR FUSION

⟦Sébastien Crettenand|P⟧, ⟦Sion|L⟧

Le valaisan ⟦Thermoval|O⟧ et l’argovien ⟦Aarwerk Energie|O⟧ ont signé lundi à ⟦Berne|L⟧ le contrat de fusion qui donnera naissance au troisième fournisseur de chaleur à distance de ⟦Suisse|L⟧. La nouvelle entité, baptisée ⟦Helvetherm|O⟧, réalisera un chiffre d’affaires de ⟦1,1 milliard de francs|m:1100000000:CHF⟧ et emploiera ⟦2¤400|n:2400⟧ collaborateurs sur ⟦14|n:14⟧ sites, de ⟦Genève|L⟧ à ⟦Saint-Gall|L⟧.

Le contrat a été signé par les présidents des ⟦deux|n:2⟧ conseils d’administration, ⟦Pierre-Alain Rey|P⟧ pour ⟦Thermoval|O⟧ et ⟦Ursula Zimmerli|P⟧ pour ⟦Aarwerk|O⟧. Les actionnaires de ⟦Thermoval|O⟧ recevront ⟦54~%|p:54⟧ du capital de la nouvelle société, ceux d’⟦Aarwerk|O⟧ ⟦46~%|p:46⟧. L’opération doit encore être approuvée par les assemblées générales des ⟦deux|n:2⟧ sociétés, convoquées le ⟦24 juin|d:--06-24⟧, puis par la ⟦Commission de la concurrence|O⟧ (⟦COMCO|O⟧).

Le siège de ⟦Helvetherm|O⟧ sera établi à ⟦Sion|L⟧, la direction opérationnelle restant à ⟦Aarau|L⟧. Les ⟦deux|n:2⟧ groupes attendent des synergies de l’ordre de ⟦CHF 45 millions|m:45000000:CHF⟧ par an d’ici à ⟦2028|d:2028⟧. Consultés en amont, le ⟦Secrétariat d’État à l’économie|M⟧ (⟦SECO|M⟧) et le ⟦Département fédéral de l’environnement, des transports, de l’énergie et de la communication|M⟧ (⟦DETEC|M⟧) n’ont formulé aucune objection.

« Nous changeons d’échelle au moment où ⟦Berne|L⟧ veut porter la part du chauffage à distance à ⟦35~%|p:35⟧ des besoins de chaleur d’ici à ⟦2050|d:2050⟧ », résume ⟦Pierre-Alain Rey|P⟧, appelé à présider la nouvelle entité.

⟦Thermoval|O⟧ n’en est pas à son coup d’essai : en ⟦2019|d:2019⟧, l’entreprise avait signé avec les ⟦Services industriels de Genève|O⟧ (⟦SIG|O⟧) une lettre d’intention en vue de raccorder ses centrales au réseau genevois, un rapprochement resté sans suite.

Dans la foulée de la fusion, ⟦Thermoval|O⟧ a renouvelé son engagement auprès du ⟦FC Sion|O⟧. Le contrat de sponsoring, d’une durée de ⟦trois|n:3⟧ saisons, a été signé mardi à ⟦Martigny|L⟧ par le président du club, ⟦Marc-André Fellay|P⟧, et le directeur général de ⟦Thermoval|O⟧, ⟦Nicolas Bonvin|P⟧. Il porte sur ⟦800¤000 francs|m:800000:CHF⟧ par saison à partir de l’exercice ⟦2025|d:2025⟧-⟦2026|d:2026⟧, le logo de l’entreprise figurant désormais sur le maillot valaisan.

En revanche, le partenariat de recherche avec l’⟦École polytechnique fédérale de Lausanne|O⟧ (⟦EPFL|O⟧) sur le stockage saisonnier de chaleur n’est toujours pas signé. Approuvé le ⟦12 mai|d:--05-12⟧ par le conseil d’administration de ⟦Thermoval|O⟧, il prévoit une enveloppe de ⟦6 millions de francs|m:6000000:CHF⟧ sur ⟦quatre|n:4⟧ ans. « Il reste des questions de propriété intellectuelle à régler », indique-t-on à ⟦Lausanne|L⟧.
""",
    "signings": [
        {"agreement": "contrat de fusion",
         "participants": [["Thermoval", "THERMOVAL"], ["Aarwerk Energie", "Aarwerk", "AARWERK ENERGIE"],
                          ["Pierre-Alain Rey"], ["Ursula Zimmerli"]],
         "date": "lundi", "place": "Berne"},
        {"agreement": "lettre d’intention",
         "participants": [["Thermoval"], ["Services industriels de Genève", "SIG"]],
         "date": "2019"},
        {"agreement": "contrat de sponsoring",
         "participants": [["Thermoval"], ["FC Sion"], ["Marc-André Fellay"], ["Nicolas Bonvin"]],
         "date": "mardi", "place": "Martigny"},
    ],
})

# ---------------------------------------------------------------------------
# 8. Québec, daily: entente with a First Nation council; "Ottawa" as surname and as metonymy; dollars = CAD
ARTICLES.append({
    "name": "quebec-entente-eolien-manawan",
    "outlet": "Québec, quotidien",
    "text": """
ÉOLIEN : ⟦QUÉBEC|L⟧, ⟦HYDRO-QUÉBEC|O⟧ ET ⟦MANAWAN|L⟧ CONCLUENT UNE ENTENTE DE ⟦2,4 G$|m:2400000000:CAD⟧

⟦Marie-Ève Gagnon|P⟧

Le gouvernement du ⟦Québec|L⟧, ⟦Hydro-Québec|O⟧ et le ⟦Conseil des Atikamekw de Manawan|O⟧ ont signé mercredi une entente de partenariat pour la réalisation du projet éolien Mikisiw, un parc de ⟦800|n:800⟧ mégawatts situé en ⟦Haute-Mauricie|L⟧, au nord de ⟦La Tuque|L⟧.

L’entente intervenue entre les ⟦trois|n:3⟧ parties prévoit que la communauté atikamekw détiendra ⟦50~%|p:50⟧ du projet, la société d’État conservant l’autre moitié. Les investissements sont évalués à ⟦2,4 milliards de dollars|m:2400000000:CAD⟧, dont ⟦300 millions $|m:300000000:CAD⟧ seront garantis par ⟦Investissement Québec|O⟧ afin de permettre à la Première Nation de financer sa participation.

Le document a été signé à ⟦Manawan|L⟧ par la ministre de l’Économie, de l’Innovation et de l’Énergie, ⟦Geneviève Lapointe|P⟧, le chef du ⟦Conseil des Atikamekw de Manawan|O⟧, ⟦Jean-Roch Ottawa|P⟧, et le président-directeur général d’⟦Hydro-Québec|O⟧, ⟦François Bélanger|P⟧.

« C’est la première fois que notre nation sera propriétaire à parts égales d’un actif de production d’électricité », a souligné le chef ⟦Ottawa|P⟧, qui évalue à ⟦15 millions $|m:15000000:CAD⟧ par année les revenus qui reviendront à la communauté pendant ⟦30|n:30⟧ ans.

Selon le ⟦ministère de l’Économie, de l’Innovation et de l’Énergie|M⟧ (⟦MEIE|M⟧), la mise en service des premières éoliennes est prévue en ⟦2029|d:2029⟧. Le chantier devrait mobiliser jusqu’à ⟦1¤200|n:1200⟧ travailleurs en période de pointe. ⟦Hydro-Québec|O⟧ vise l’ajout de ⟦10¤000|n:10000⟧ MW d’énergie éolienne à son parc d’ici ⟦2035|d:2035⟧.

Cette entente fait suite à l’entente de principe signée en ⟦février 2023|d:2023-02⟧ entre ⟦Hydro-Québec|O⟧ et le ⟦Conseil de la Nation Atikamekw|O⟧ (⟦CNA|O⟧), qui représente les communautés de ⟦Manawan|L⟧, d’⟦Opitciwan|L⟧ et de ⟦Wemotaci|L⟧. Mme ⟦Lapointe|P⟧ y voit « un modèle pour les prochains projets ».

⟦Ottawa|L⟧ n’est pas partie à l’entente, mais le gouvernement fédéral pourrait contribuer au raccordement par l’entremise de la ⟦Banque de l’infrastructure du Canada|O⟧ (⟦BIC|O⟧), avec laquelle des discussions sont en cours. Une entente distincte sur les retombées régionales avec la municipalité de ⟦La Tuque|L⟧ devrait par ailleurs être signée d’ici l’automne.
""",
    "signings": [
        {"agreement": "entente de partenariat",
         "participants": [["Québec", "gouvernement du Québec", "QUÉBEC",
                           "ministère de l’Économie, de l’Innovation et de l’Énergie", "MEIE"],
                          ["Hydro-Québec", "HYDRO-QUÉBEC"],
                          ["Conseil des Atikamekw de Manawan", "MANAWAN"],
                          ["Geneviève Lapointe", "Lapointe"],
                          ["Jean-Roch Ottawa"],
                          ["François Bélanger"]],
         "date": "mercredi", "place": "Manawan"},
        {"agreement": "entente de principe",
         "participants": [["Hydro-Québec"], ["Conseil de la Nation Atikamekw", "CNA"]],
         "date": "février 2023"},
    ],
})

# ---------------------------------------------------------------------------
# 9. France, regional daily: région + start-up; bulleted list of three instruments with their own parties
ARTICLES.append({
    "name": "france-bfc-hydrolys-trois-accords",
    "outlet": "France, presse quotidienne régionale (Franche-Comté)",
    "text": """
⟦BESANÇON|L⟧. HYDROGÈNE : LA RÉGION ET ⟦HYDROLYS|O⟧ SIGNENT ⟦TROIS|n:3⟧ ACCORDS

Par ⟦Julien Mougin|P⟧

La Région ⟦Bourgogne-Franche-Comté|L⟧ a signé ce ⟦lundi 17 mars 2025|d:2025-03-17⟧, à ⟦Besançon|L⟧, une convention de partenariat avec la start-up belfortaine ⟦Hydrolys|O⟧, spécialiste des électrolyseurs à haute température. La cérémonie, à l’hôtel de Région, a donné lieu à la signature de ⟦trois|n:3⟧ documents devant une ⟦cinquantaine|n:50⟧ d’invités :
– une convention de partenariat entre la Région et ⟦Hydrolys|O⟧, qui prévoit une avance remboursable de ⟦4,5~M€|m:4500000:EUR⟧ et une subvention de ⟦1,5~M€|m:1500000:EUR⟧ ;
– un contrat de prêt de ⟦6 millions d’euros|m:6000000:EUR⟧ entre ⟦Bpifrance|O⟧ et ⟦Hydrolys|O⟧, garanti à hauteur de ⟦70~%|p:70⟧ par le ⟦Fonds européen d’investissement|O⟧ (⟦FEI|O⟧) ;
– un accord de collaboration de recherche entre ⟦Hydrolys|O⟧ et l’⟦université de Franche-Comté|O⟧, portant sur la durabilité des membranes céramiques.

Côté Région, c’est la vice-présidente chargée du développement économique, ⟦Claire Vermot-Desroches|P⟧, qui a paraphé la convention, aux côtés du fondateur et président d’⟦Hydrolys|O⟧, ⟦Thibault Marchal|P⟧. Le contrat de prêt a été signé par le directeur régional de ⟦Bpifrance|O⟧, ⟦Olivier Gaudillat|P⟧, et l’accord de recherche par la présidente de l’université, ⟦Nadia Bensaïd|P⟧.

Fondée en ⟦2021|d:2021⟧ à ⟦Belfort|L⟧ par ⟦trois|n:3⟧ ingénieurs issus de l’⟦UTBM|O⟧ (⟦Université de technologie de Belfort-Montbéliard|O⟧), ⟦Hydrolys|O⟧ emploie aujourd’hui ⟦45|n:45⟧ salariés. L’entreprise prévoit d’en recruter ⟦120|n:120⟧ d’ici à ⟦2027|d:2027⟧ pour sa future ligne de production pilote, installée sur une friche voisine du site d’⟦Alstom|O⟧.

« La collectivité ne fait pas un chèque en blanc : l’avance sera remboursée dès que le chiffre d’affaires dépassera ⟦10 millions d’euros|m:10000000:EUR⟧ », a prévenu l’élue, rappelant que la Région avait déjà signé en ⟦2023|d:2023⟧, avec ⟦Hydrolys|O⟧ et la ⟦Banque des Territoires|O⟧, une convention d’amorçage de ⟦800¤000 euros|m:800000:EUR⟧.

Le volet européen du projet, un financement de ⟦8,2 millions d’euros|m:8200000:EUR⟧ sollicité dans le cadre d’un appel à projets de la ⟦Commission européenne|O⟧, doit faire l’objet d’une convention de subvention à l’automne. Elle n’a pas encore été signée, le dossier étant toujours en cours d’instruction à ⟦Bruxelles|L⟧.

Pour ⟦Thibault Marchal|P⟧, l’enjeu dépasse le ⟦Territoire de Belfort|L⟧ : « Nous voulons démontrer qu’on peut produire de l’hydrogène vert à moins de ⟦4 euros|m:4:EUR⟧ le kilo. » Un objectif que la filière juge atteignable vers ⟦2030|d:2030⟧.
""",
    "signings": [
        {"agreement": "convention de partenariat",
         "participants": [["Bourgogne-Franche-Comté", "Région Bourgogne-Franche-Comté", "Région"],
                          ["Hydrolys", "HYDROLYS"],
                          ["Claire Vermot-Desroches"], ["Thibault Marchal"]],
         "date": "lundi 17 mars 2025", "place": "Besançon"},
        {"agreement": "contrat de prêt",
         "participants": [["Bpifrance"], ["Hydrolys", "HYDROLYS"], ["Olivier Gaudillat"]],
         "date": "lundi 17 mars 2025", "place": "Besançon"},
        {"agreement": "accord de collaboration de recherche",
         "participants": [["Hydrolys", "HYDROLYS"], ["université de Franche-Comté"], ["Nadia Bensaïd"]],
         "date": "lundi 17 mars 2025", "place": "Besançon"},
        {"agreement": "convention d’amorçage",
         "participants": [["Bourgogne-Franche-Comté", "Région Bourgogne-Franche-Comté", "Région"],
                          ["Hydrolys"], ["Banque des Territoires"]],
         "date": "2023"},
    ],
})

# ---------------------------------------------------------------------------
# 10. Rwanda, news site: AfDF grant + separate JICA loan (same borrower, separate records); board approval
ARTICLES.append({
    "name": "rwanda-fad-don-eau-jica",
    "outlet": "Rwanda, site d'information francophone",
    "text": """
LA ⟦BAD|O⟧ ACCORDE AU ⟦RWANDA|L⟧ UN DON DE ⟦45 MILLIONS DE DOLLARS|m:45000000:USD⟧ POUR L’EAU POTABLE

⟦Kigali|L⟧, le ⟦2 avril 2025|d:2025-04-02⟧ – Le gouvernement rwandais et le ⟦Fonds africain de développement|O⟧ (⟦FAD|O⟧), guichet de financement concessionnel du ⟦Groupe de la Banque africaine de développement|O⟧ (⟦BAD|O⟧), ont signé mardi à ⟦Kigali|L⟧ un accord de don de ⟦45 millions de dollars américains|m:45000000:USD⟧, soit ⟦33,6 millions d’unités de compte|m:33600000:XUA⟧, destiné au projet d’approvisionnement en eau et d’assainissement des villes secondaires.

L’accord a été signé par le ministre des Finances et de la Planification économique, ⟦Jean-Damascène Habimana|P⟧, et par la directrice générale adjointe de la ⟦BAD|O⟧ pour l’⟦Afrique de l’Est|L⟧, Mme ⟦Wanjiru Kamau-Odhiambo|P⟧.

Le don, équivalent à quelque ⟦62 milliards de francs rwandais|m:62000000000:RWF⟧, permettra de desservir ⟦420¤000|n:420000⟧ habitants dans ⟦six|n:6⟧ villes secondaires, dont ⟦Musanze|L⟧, ⟦Rubavu|L⟧, ⟦Huye|L⟧ et ⟦Rusizi|L⟧. Sa mise en œuvre, prévue sur ⟦cinq|n:5⟧ ans, a été confiée à la ⟦Water and Sanitation Corporation|O⟧ (⟦WASAC|O⟧).

« Le taux d’accès à l’eau potable dans ces villes passera de ⟦68~%|p:68⟧ à ⟦95~%|p:95⟧ d’ici ⟦2029|d:2029⟧ », a assuré M. ⟦Habimana|P⟧, pour qui ce financement « arrive au bon moment ».

Le même jour, le ⟦ministère des Finances et de la Planification économique|M⟧ (⟦MINECOFIN|M⟧) a procédé, séparément, à la signature d’un accord de prêt de ⟦9,8 milliards de yens|m:9800000000:JPY⟧ avec l’⟦Agence japonaise de coopération internationale|O⟧ (⟦JICA|O⟧), pour la modernisation du réseau de distribution électrique de ⟦Kigali|L⟧. Le représentant résident de la ⟦JICA|O⟧, ⟦Kenji Morimoto|P⟧, a signé pour l’agence japonaise.

Un second don du ⟦FAD|O⟧, de ⟦12 millions de dollars|m:12000000:USD⟧, destiné à l’irrigation dans le district de ⟦Nyagatare|L⟧, a en revanche seulement été approuvé le ⟦19 mars|d:--03-19⟧ par le conseil d’administration du fonds. Sa signature est attendue dans les prochaines semaines.

Depuis le début de ses opérations au ⟦Rwanda|L⟧ en ⟦1974|d:1974⟧, la ⟦BAD|O⟧ y a engagé plus de ⟦2,5 milliards de dollars|m:2500000000:USD⟧ dans une ⟦centaine|n:100⟧ de projets. ⟦Kigali|L⟧ diversifie toutefois ses bailleurs : en ⟦2022|d:2022⟧, le pays avait conclu avec la ⟦Banque européenne d’investissement|O⟧ (⟦BEI|O⟧) un accord-cadre ouvrant la voie à des prêts pour l’énergie et l’eau.
""",
    "signings": [
        {"agreement": "accord de don",
         "participants": [["Rwanda", "RWANDA", "ministère des Finances et de la Planification économique", "MINECOFIN"],
                          ["Fonds africain de développement", "FAD",
                           "Groupe de la Banque africaine de développement", "BAD"],
                          ["Jean-Damascène Habimana", "Habimana"],
                          ["Wanjiru Kamau-Odhiambo"]],
         "date": "mardi", "place": "Kigali"},
        {"agreement": "accord de prêt",
         "participants": [["Rwanda", "ministère des Finances et de la Planification économique", "MINECOFIN"],
                          ["Agence japonaise de coopération internationale", "JICA"],
                          ["Kenji Morimoto"]],
         "date": "mardi", "place": "Kigali"},
        {"agreement": "accord-cadre",
         "participants": [["Rwanda", "Kigali"],
                          ["Banque européenne d’investissement", "BEI"]],
         "date": "2022"},
    ],
})

# ---------------------------------------------------------------------------
# 11. Chad, news agency: agentless passive, host ministry implicit; NGO; handle; postponed signing
ARTICLES.append({
    "name": "tchad-alima-protocole-malnutrition",
    "outlet": "Tchad, dépêche d'agence (style ATPE)",
    "text": """
SANTÉ : UN PROTOCOLE D’ACCORD SIGNÉ POUR LA PRISE EN CHARGE DE LA MALNUTRITION DANS LE ⟦OUADDAÏ|L⟧

⟦N’Djamena|L⟧, ⟦17 janvier 2025|d:2025-01-17⟧ (⟦ATPE|O⟧) – Un protocole d’accord a été signé jeudi au ⟦ministère de la Santé publique et de la Prévention|M⟧ en vue de renforcer la prise en charge de la malnutrition aiguë dans les provinces du ⟦Ouaddaï|L⟧, du ⟦Sila|L⟧ et du ⟦Wadi Fira|L⟧, qui accueillent l’essentiel des réfugiés arrivés du ⟦Soudan|L⟧ depuis ⟦avril 2023|d:2023-04⟧.

Le document a été paraphé pour l’ONG ⟦ALIMA|O⟧ (⟦Alliance for International Medical Action|O⟧) par son chef de mission au ⟦Tchad|L⟧, le Dr ⟦Paul-Henri Morel|P⟧, au cours d’une cérémonie présidée par le ministre de la Santé publique et de la Prévention, ⟦Abakar Mahamat Saleh|P⟧.

D’une durée de ⟦deux|n:2⟧ ans, l’accord porte sur un budget de ⟦2,3 milliards de FCFA|m:2300000000:XAF⟧, financé par l’⟦Union européenne|O⟧, à travers son service d’aide humanitaire ⟦ECHO|O⟧, et par le ⟦Fonds des Nations unies pour l’enfance|O⟧ (⟦UNICEF|O⟧). Il prévoit l’appui à ⟦38|n:38⟧ unités nutritionnelles thérapeutiques, la formation de ⟦450|n:450⟧ agents de santé communautaires et la prise en charge de près de ⟦60¤000|n:60000⟧ enfants de moins de ⟦cinq|n:5⟧ ans.

« Le ⟦Tchad|L⟧ accueille aujourd’hui plus de ⟦1,2 million|n:1200000⟧ de réfugiés et de retournés ; aucun acteur ne peut répondre seul à cette crise », a déclaré le ministre ⟦Abakar Mahamat Saleh|P⟧. Le Dr ⟦Morel|P⟧ a salué « un cadre clair » qui permettra de « passer le relais progressivement aux équipes des districts sanitaires d’⟦Abéché|L⟧ et de ⟦Goz Beïda|L⟧ ».

Présente au ⟦Tchad|L⟧ depuis ⟦2009|d:2009⟧, ⟦ALIMA|O⟧ intervient également en ⟦Centrafrique|L⟧. En ⟦2019|d:2019⟧, l’ONG avait conclu avec la ⟦Croix-Rouge du Tchad|O⟧ un accord de collaboration pour la riposte aux épidémies de rougeole dans le ⟦Salamat|L⟧.

Un accord similaire avec le ⟦Programme alimentaire mondial|O⟧ (⟦PAM|O⟧), portant sur la fourniture d’intrants nutritionnels, est toujours en cours de négociation. Sa signature, initialement prévue en ⟦décembre 2024|d:2024-12⟧, a été reportée sine die, a indiqué le ministère sur son compte X (@⟦MSPP_Tchad|M⟧).

Selon les autorités sanitaires, le taux de malnutrition aiguë globale dépasse ⟦15~%|p:15⟧ dans plusieurs camps de réfugiés de la province, au-delà du seuil d’urgence fixé par l’⟦Organisation mondiale de la santé|O⟧ (⟦OMS|O⟧).
""",
    "signings": [
        {"agreement": "protocole d’accord",
         "participants": [["ministère de la Santé publique et de la Prévention", "Tchad", "MSPP_Tchad"],
                          ["ALIMA", "Alliance for International Medical Action"],
                          ["Paul-Henri Morel", "Morel"]],
         "date": "jeudi", "place": "N’Djamena"},
        {"agreement": "accord de collaboration",
         "participants": [["ALIMA", "Alliance for International Medical Action"], ["Croix-Rouge du Tchad"]],
         "date": "2019"},
    ],
})

# ---------------------------------------------------------------------------
# 12. Togo, business news: port concession PPP; "au nom de la République togolaise"; postponed financing convention
ARTICLES.append({
    "name": "togo-pal-concession-terminal-mineralier",
    "outlet": "Togo, site d'information économique",
    "text": """
⟦PORT AUTONOME DE LOMÉ|O⟧ : LE CONTRAT DE CONCESSION DU TERMINAL MINÉRALIER SCELLÉ

Par ⟦Edem Agbéko|P⟧ | ⟦8 août 2025|d:2025-08-08⟧

Le contrat de concession du futur terminal minéralier du ⟦Port autonome de Lomé|O⟧ (⟦PAL|O⟧) a été scellé jeudi, au terme de ⟦dix-huit|n:18⟧ mois de négociations. Au nom de la ⟦République togolaise|L⟧, la ministre de l’Économie maritime, de la Pêche et de la Protection côtière, ⟦Akossiwa Dzifa Amégan|P⟧, a paraphé le document avec le directeur général de ⟦Lomé Bulk Terminal SA|O⟧ (⟦LBT|O⟧), le Turc ⟦Kemal Aydınoğlu|P⟧. Le directeur général du ⟦PAL|O⟧, le contre-amiral ⟦Yao Bodjona|P⟧, a également signé pour l’autorité portuaire.

Conclu pour ⟦vingt-cinq|n:25⟧ ans, ce partenariat public-privé (PPP) porte sur un investissement de ⟦210 millions d’euros|m:210000000:EUR⟧, soit environ ⟦137,8 milliards de FCFA|m:137800000000:XOF⟧, financé à ⟦70~%|p:70⟧ par la dette, auprès de la ⟦Société financière internationale|O⟧ (⟦SFI|O⟧) et de la ⟦Banque africaine d’import-export|O⟧ (⟦Afreximbank|O⟧).

D’une capacité de ⟦6 millions|n:6000000⟧ de tonnes par an, le terminal doit permettre l’exportation du clinker, du phosphate de ⟦Hahotoé-Kpogamé|L⟧ et du manganèse du ⟦Burkina Faso|L⟧ voisin, via le corridor ⟦Lomé|L⟧-⟦Ouagadougou|L⟧. La redevance annuelle versée à l’État est fixée à ⟦4,5~%|p:4.5⟧ du chiffre d’affaires, assortie d’un droit d’entrée de ⟦12 millions d’euros|m:12000000:EUR⟧. ⟦LBT|O⟧ s’engage par ailleurs à recruter ⟦650|n:650⟧ Togolais en phase d’exploitation.

L’opération s’inscrit dans le prolongement du mandat de conseil signé en ⟦septembre 2023|d:2023-09⟧ entre le gouvernement togolais et la ⟦SFI|O⟧, qui a piloté l’appel d’offres international remporté par le consortium formé du turc ⟦Yıldız Liman Holding|O⟧ et de la société togolaise ⟦Agbodrafo Logistics|O⟧.

⟦Deux|n:2⟧ dossiers restent toutefois ouverts. Le volet social, négocié avec les dockers, fera l’objet d’un accord d’entreprise qui devrait être signé d’ici la fin de l’année. Quant à la convention de financement avec ⟦Afreximbank|O⟧, approuvée le ⟦30 juillet|d:--07-30⟧ par le conseil d’administration de la banque, sa signature a été renvoyée au ⟦1er octobre 2025|d:2025-10-01⟧, à ⟦Abuja|L⟧.

Le ⟦PAL|O⟧, seul port en eau profonde de la sous-région, a traité ⟦31,4 millions|n:31400000⟧ de tonnes de marchandises en ⟦2024|d:2024⟧, en hausse de ⟦6,2~%|p:6.2⟧, selon les chiffres publiés par l’⟦Office togolais des recettes|O⟧ (⟦OTR|O⟧).
""",
    "signings": [
        {"agreement": "contrat de concession",
         "participants": [["République togolaise"],
                          ["Lomé Bulk Terminal SA", "LBT"],
                          ["Port autonome de Lomé", "PAL", "PORT AUTONOME DE LOMÉ"],
                          ["Akossiwa Dzifa Amégan"], ["Kemal Aydınoğlu"], ["Yao Bodjona"]],
         "date": "jeudi"},
        {"agreement": "mandat de conseil",
         "participants": [["République togolaise", "gouvernement togolais"],
                          ["Société financière internationale", "SFI"]],
         "date": "septembre 2023"},
    ],
})
