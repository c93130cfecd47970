//! Signing patterns, one French text each (written for these tests).

use paraphe::Extractor;

/// Each record as its sorted participant names.
fn records(text: &str) -> Vec<Vec<String>> {
    let doc = Extractor::builtin().extract(text);
    doc.relations
        .iter()
        .map(|r| {
            let mut v: Vec<String> = r.participants.iter().map(|p| p.name.clone()).collect();
            v.sort();
            v
        })
        .collect()
}

/// The participant names of record `k`, in output order.
fn names(doc: &paraphe::Document, k: usize) -> Vec<&str> {
    doc.relations[k]
        .participants
        .iter()
        .map(|p| p.name.as_str())
        .collect()
}

fn has(recs: &[Vec<String>], want: &[&str]) -> bool {
    recs.iter()
        .any(|r| want.iter().all(|w| r.iter().any(|n| n == w)) && r.len() == want.len())
}

#[test]
fn active_coordination() {
    let r = records("Le Niger et la Banque africaine de développement ont signé mardi à Niamey un accord de prêt de 40 millions de dollars.");
    assert!(
        has(&r, &["Niger", "Banque africaine de développement"]),
        "{r:?}"
    );
    let doc = Extractor::builtin().extract("Le Niger et la Banque africaine de développement ont signé mardi à Niamey un accord de prêt de 40 millions de dollars.");
    let s = &doc.relations[0];
    assert_eq!(s.kind, "accord de prêt");
    assert!(s.amount.is_some() && s.date.is_some() && s.place.is_some());
}

#[test]
fn active_with_partner() {
    let r = records("L’Agence française de développement a signé avec le ministère de l’Eau et de l’Assainissement une convention de financement.");
    assert!(
        has(
            &r,
            &[
                "Agence française de développement",
                "ministère de l’Eau et de l’Assainissement"
            ]
        ),
        "{r:?}"
    );
}

#[test]
fn passive_between() {
    let r = records("Un mémorandum d’entente a été signé lundi à Tunis entre la Société tunisienne de banque et la Banque islamique de développement.");
    assert!(
        has(
            &r,
            &[
                "Société tunisienne de banque",
                "Banque islamique de développement"
            ]
        ),
        "{r:?}"
    );
}

#[test]
fn passive_agents_with_roles() {
    let text = "Une convention a été signée jeudi entre l’Office national de l’eau et la Compagnie sahélienne des eaux. \
                La convention a été signée par le directeur général de l’Office national de l’eau, M. Idrissa Maïga, et le président de la Compagnie sahélienne des eaux, Mme Rokia Tall.";
    let doc = Extractor::builtin().extract(text);
    assert_eq!(doc.relations.len(), 1, "{:?}", doc.relations);
    let names = names(&doc, 0);
    for want in [
        "Office national de l’eau",
        "Compagnie sahélienne des eaux",
        "Idrissa Maïga",
        "Rokia Tall",
    ] {
        assert!(names.contains(&want), "{names:?}");
    }
    let maiga = doc.relations[0]
        .participants
        .iter()
        .find(|p| p.name == "Idrissa Maïga")
        .unwrap();
    assert!(maiga.signatory);
    assert!(
        maiga
            .role
            .as_deref()
            .is_some_and(|r| r.starts_with("directeur général")),
        "{maiga:?}"
    );
    assert!(maiga.represents.is_some());
}

#[test]
fn one_record_per_partner() {
    let r = records("Le ministère de la Santé a signé trois conventions avec l’Institut Pasteur, la Société nationale des eaux et l’Agence nationale de vaccination.");
    assert_eq!(r.len(), 3, "{r:?}");
    assert!(
        has(&r, &["ministère de la Santé", "Institut Pasteur"]),
        "{r:?}"
    );
}

#[test]
fn enumeration_with_semicolons_and_ainsi_qu_avec() {
    let text = "Le ministère du Commerce a présidé la cérémonie. Des conventions ont été signées avec la Chambre de commerce de Kayes, pour la formation ; avec la Banque malienne de solidarité, pour le crédit ; ainsi qu’avec l’association « Jiguiya Jeunes » pour l’emploi.";
    let r = records(text);
    assert!(r.len() >= 3, "{r:?}");
}

#[test]
fn elliptical_ministries_take_the_host() {
    let text = "La journée était organisée par le ministère de la Jeunesse. Plusieurs protocoles ont été signés. \
                Parmi eux figurent des partenariats avec plusieurs ministères : celui de la Culture, pour les festivals ; et celui des Sports, pour les stades.";
    let r = records(text);
    assert!(
        has(&r, &["ministère de la Jeunesse", "ministère de la Culture"]),
        "{r:?}"
    );
    assert!(
        has(&r, &["ministère de la Jeunesse", "ministère des Sports"]),
        "{r:?}"
    );
}

#[test]
fn implicit_host_from_presidency() {
    let text = "Le forum s’est tenu sous la présidence du ministre de l’Énergie et des Mines, Boubacar Diarra. À cette occasion, cinq accords ont été signés. Un autre protocole a été conclu avec la Société des mines de Syama.";
    let r = records(text);
    assert!(
        has(
            &r,
            &[
                "ministère de l’Énergie et des Mines",
                "Société des mines de Syama"
            ]
        ),
        "{r:?}"
    );
}

#[test]
fn negated_future_and_hypothetical_signings_are_not_records() {
    for text in [
        "La Banque mondiale n’a pas signé d’accord avec le Tchad.",
        "Le Tchad devrait signer un accord avec la Banque mondiale en mai.",
        "Le Tchad signera un accord avec la Banque mondiale.",
        "La réunion sera marquée par la signature d’un accord entre le Tchad et la Banque mondiale.",
        "Un projet d’accord entre le Tchad et la Banque mondiale est en discussion.",
        "C’est un signe fort de la coopération entre le Tchad et la Banque mondiale.",
    ] {
        assert!(records(text).is_empty(), "{text}: {:?}", records(text));
    }
}

#[test]
fn causative_contract() {
    let r = records("Le club Djoliba AC a fait signer un contrat professionnel à l’attaquant Moussa Keïta, samedi.");
    assert!(has(&r, &["Djoliba AC", "Moussa Keïta"]), "{r:?}");
}

#[test]
fn governments_by_nationality() {
    let r = records("L’accord de coopération, signé le 3 mai 2023 entre les gouvernements sénégalais et mauritanien, porte sur la pêche.");
    assert!(has(&r, &["Sénégal", "Mauritanie"]), "{r:?}");
}

#[test]
fn witnesses_are_not_participants() {
    let r = records("L’accord a été signé par Amadou Sow et Mariam Keïta en présence du Premier ministre, Ousmane Diagne.");
    assert!(!r.iter().flatten().any(|n| n.contains("Diagne")), "{r:?}");
}

#[test]
fn binding_verb_and_pronoun_signatories() {
    let text = "Trois conventions ont été signées mardi. La première, un accord de prêt de 20 millions d’euros, lie l’Agence nationale des routes à la Banque ouest-africaine de développement. Elle a été signée par Moussa Konaté et par Awa Sy.";
    let r = records(text);
    assert!(
        r.iter()
            .any(|x| x.iter().any(|n| n == "Agence nationale des routes")
                && x.iter()
                    .any(|n| n == "Banque ouest-africaine de développement")
                && x.iter().any(|n| n == "Moussa Konaté")),
        "{r:?}"
    );
    // Without any signing in the article, `lie X à Y` is not a signing.
    assert!(records("Un vieux traité lie la France à la Suisse depuis 1815.").is_empty());
}

#[test]
fn on_behalf_of_makes_a_party() {
    let r = records("La convention de prêt, signée par Julie Caron pour le compte de la Banque de développement du Canada, a été remise hier à la société Nordika.");
    assert!(
        r.iter().any(
            |x| x.iter().any(|n| n == "Banque de développement du Canada")
                && x.iter().any(|n| n == "Julie Caron")
        ),
        "{r:?}"
    );
}

/// `le document`, `le texte` signed with no record before it: the agreement
/// is the instrument named last before, within two sentences; further back it
/// is left as written.
#[test]
fn anaphoric_text_takes_the_instrument_named_before() {
    let ex = Extractor::builtin();
    let doc = ex.extract("La commune de Ziguinchor a renforcé ses liens avec la ville belge de Namur par la signature d’une convention de jumelage. Le document a été signé jeudi par le maire de Ziguinchor, Aliou Badji, et par la bourgmestre de Namur, Hélène Dubois.");
    assert_eq!(doc.relations.len(), 1, "{:?}", doc.relations);
    assert_eq!(doc.relations[0].kind, "convention de jumelage");
    let far = ex.extract("La commune de Ziguinchor avait adopté une convention de jumelage en 2019. Le conseil municipal s’est réuni lundi. Plusieurs projets ont été présentés. La séance a duré trois heures. Le texte a été signé jeudi par le maire de Ziguinchor, Aliou Badji, et par la bourgmestre de Namur, Hélène Dubois.");
    assert_eq!(far.relations.len(), 1, "{:?}", far.relations);
    assert_eq!(far.relations[0].kind, "");
}

/// `Les deux pays ont signé …`: the parties are the bodies of the noun's type
/// named last before (in the sentence or the one before), when there are
/// exactly as many as counted; with more, none is guessed.
#[test]
fn counted_subject_stands_for_the_parties_named_before() {
    let r = records("Le Burkina Faso et la Côte d’Ivoire ont tenu mardi à Ouagadougou la session de leur commission mixte. Les deux pays ont signé un accord de coopération douanière.");
    assert!(has(&r, &["Burkina Faso", "Côte d’Ivoire"]), "{r:?}");
    let r = records("L’Université de Lomé et l’Université Cheikh Anta Diop de Dakar renouvellent leurs liens. Les deux universités ont procédé jeudi à la signature d’une convention d’échanges.");
    assert!(
        has(
            &r,
            &["Université de Lomé", "Université Cheikh Anta Diop de Dakar"]
        ),
        "{r:?}"
    );
    let r = records("La Banque africaine de développement, la Banque ouest-africaine de développement et la Banque mondiale se sont réunies à Lomé. Les deux institutions ont signé un accord de cofinancement.");
    assert!(r.is_empty(), "three banks for `les deux`: {r:?}");
}

/// `X et Y ont conclu une entente …` where only one party is a known entity,
/// then `L’entente a été paraphée par A et B`: the signatories complete that
/// entente; they are not added to the loan signed before.
#[test]
fn definite_mention_completes_its_own_instrument() {
    let doc = Extractor::builtin().extract("Un accord de prêt a été signé lundi à Cotonou entre le Bénin et la Banque mondiale par le ministre des Finances, Romuald Wadagni. Par ailleurs, la jeune pousse Kalanea et l’Université d’Abomey-Calavi ont conclu une entente de recherche. L’entente a été paraphée par le recteur de l’Université d’Abomey-Calavi, Félicien Avlessi, et par la fondatrice de Kalanea, Aïcha Dossou.");
    let names = |k: usize| names(&doc, k);
    assert_eq!(doc.relations.len(), 2, "{:?}", doc.relations);
    assert_eq!(doc.relations[0].kind, "accord de prêt");
    assert!(!names(0).contains(&"Félicien Avlessi"), "{:?}", names(0));
    assert_eq!(doc.relations[1].kind, "entente de recherche");
    assert!(
        names(1).contains(&"Université d’Abomey-Calavi") && names(1).contains(&"Félicien Avlessi"),
        "{:?}",
        names(1)
    );
}

/// `avec le gouvernement du Bénin et le gouvernement du Togo`: two parties
/// (the second `du Togo` is not a complement of the first).
#[test]
fn coordinated_governments_are_two_parties() {
    let r = records("La FAO a signé mardi un mémorandum d’entente avec le gouvernement du Bénin et le gouvernement du Togo.");
    assert!(
        r.iter()
            .any(|p| p.iter().any(|n| n == "Bénin") && p.iter().any(|n| n == "Togo")),
        "{r:?}"
    );
}

/// `L’accord a été signé au nom de l’État du Niger par … et pour le compte
/// de la BID par …` after the loan was reported: one record, the same
/// instrument, now with its signatories (not a second `accord`).
#[test]
fn definite_mention_with_known_parties_is_the_same_instrument() {
    let doc = Extractor::builtin().extract("Un accord de prêt de 30 millions de dollars a été conclu lundi entre le Niger et la Banque islamique de développement (BID). L’accord a été signé au nom de l’État du Niger par le ministre des Finances, Issa Maïga, et pour le compte de la BID par son vice-président, Omar Haddad.");
    assert_eq!(doc.relations.len(), 1, "{:?}", doc.relations);
    let names = names(&doc, 0);
    assert_eq!(doc.relations[0].kind, "accord de prêt");
    for n in ["Niger", "Issa Maïga", "Omar Haddad"] {
        assert!(names.contains(&n), "{n}: {names:?}");
    }
}

/// `ont apposé leur signature au bas du document`: the signatories of the
/// instrument named before.
#[test]
fn affixed_signatures_join_the_instrument_named_before() {
    let r = records("L’Université de Sherbrooke et l’Agence spatiale canadienne ont conclu une entente de recherche. Le recteur de l’Université de Sherbrooke, M. Luc Tremblay, et la présidente de l’Agence spatiale canadienne, Mme Julie Fortin, ont apposé leur signature au bas du document.");
    assert!(
        has(
            &r,
            &[
                "Université de Sherbrooke",
                "Agence spatiale canadienne",
                "Luc Tremblay",
                "Julie Fortin"
            ]
        ),
        "{r:?}"
    );
}

/// The role each signatory of a record got, by name.
fn roles(doc: &paraphe::Document) -> Vec<(String, Option<String>)> {
    doc.relations
        .iter()
        .flat_map(|r| r.participants.iter())
        .filter(|p| p.signatory)
        .map(|p| (p.name.clone(), p.role.clone()))
        .collect()
}

#[test]
fn list_roles_follow_the_list_convention() {
    // Titles before names (the title after the first name is the second's),
    // then names before titles (each title is its own name's).
    for text in [
        "L’accord a été signé par la directrice générale de la Société des eaux, Awa Ndiaye, le recteur de l’Université de Thiès, Moussa Faye, et le maire de Mbour, Ibrahima Sarr.",
        "L’accord a été signé par Awa Ndiaye, directrice générale de la Société des eaux, Moussa Faye, recteur de l’Université de Thiès, et Ibrahima Sarr, maire de Mbour.",
    ] {
        let r = roles(&Extractor::builtin().extract(text));
        let role = |n: &str| r.iter().find(|(m, _)| m == n).and_then(|(_, t)| t.clone());
        for (name, title) in [
            ("Awa Ndiaye", "directrice générale"),
            ("Moussa Faye", "recteur"),
            ("Ibrahima Sarr", "maire"),
        ] {
            assert!(role(name).is_some_and(|t| t.starts_with(title)), "{text}\n{r:?}");
        }
    }
}
