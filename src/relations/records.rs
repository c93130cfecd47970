//! Step 5: drafts become records: one per agreement, anaphoric mentions
//! completing the record they refer to, with date, place, amount and purpose.

use super::*;

pub(super) struct Draft {
    pub(super) mention: Mention,
    pub(super) rule: &'static str,
    pub(super) sent: usize,
    pub(super) trigger: usize,
    pub(super) first: Vec<Participant>,
    pub(super) groups: Vec<Vec<Participant>>,
    pub(super) signatories: Vec<Participant>,
    pub(super) implicit: bool,
    /// One complete set of parties per record, when the sentence gives one
    /// per instrument (`entre A et B, et entre A et C`); `first` and the
    /// signatories are common to all.
    pub(super) alternatives: Vec<Vec<Participant>>,
    /// The subject is a pronoun (`Elle a également signé …`): it stands for
    /// the subject of the signing reported before.
    pub(super) pronoun_subject: bool,
    /// That subject is singular (`elle`, `l’établissement`): one body of the
    /// subject before, the one the article names most.
    pub(super) singular_subject: bool,
    /// The subject is `les élus`, `les signataires`: the participants of the
    /// record made just before.
    pub(super) signers_subject: bool,
}

pub(super) fn finish(
    ctx: &Ctx,
    ents: &[Entity],
    clusters: &Clusters,
    ms: &[Mention],
    series: &[Series],
    drafts: Vec<Draft>,
    implied: Implied,
) -> Vec<Signing> {
    let Implied { host, session } = implied;
    let mut out: Vec<Signing> = Vec::new();
    // For each record: the draft (or series) it was made from, so that the
    // records one sentence made together are known as a family, and its
    // topic words, by which a later definite mention picks one of them.
    let mut family: Vec<usize> = Vec::new();
    let mut topics: Vec<Topic> = Vec::new();
    // Whether each record's instrument is plural (a group).
    let mut group: Vec<bool> = Vec::new();
    // The kind of the mention each record's family was made from (a listed
    // group's kind for its items).
    let mut family_kind: Vec<String> = Vec::new();
    // Parties of the last group signing, for later sub-agreements that name none.
    let mut context: Vec<Participant> = Vec::new();
    // The record made for each instrument mention (by its first token).
    let mut by_mention: rustc_hash::FxHashMap<usize, usize> = Default::default();
    // The latest record each cluster takes part in (records only grow in number,
    // so the latest is the largest index): anaphoric mentions look up here.
    let mut latest: rustc_hash::FxHashMap<usize, usize> = Default::default();
    // Signings that named too few parties for a record, by instrument mention,
    // with the parties they did name.
    let mut unmade: rustc_hash::FxHashMap<usize, (Draft, Vec<Participant>)> = Default::default();
    let note = |latest: &mut rustc_hash::FxHashMap<usize, usize>, rec: &Signing, k: usize| {
        for p in &rec.participants {
            if let Some(c) = p.cluster {
                latest.insert(c, k);
            }
        }
    };
    // An instrument whose own sentence named too few parties (`unmade`),
    // completed by a later mention's signatories (`d`): its record, when it
    // now has two participants.
    macro_rules! complete_unmade {
        ($fam:expr, $prev:expr, $ps:expr, $d:expr) => {{
            let (prev, mut ps): (Draft, Vec<Participant>) = ($prev, $ps);
            ps.append(&mut $d.signatories);
            add_represented(ctx, ents, clusters, &mut ps);
            if ps.len() >= 2 {
                by_mention.insert(prev.mention.start, out.len());
                let rec = make(ctx, ents, &prev, ps, None);
                note(&mut latest, &rec, out.len());
                out.push(rec);
                family.push($fam);
                family_kind.push(prev.mention.kind.clone());
                group.push(prev.mention.plural);
                topics.push(Topic::Span(prev.mention.start..clause_end(ctx, prev.mention.end)));
            }
        }};
    }
    // The parties each listed instrument took from its group, until its own
    // line names parties of its own.
    let mut inherited: rustc_hash::FxHashMap<usize, Vec<Participant>> = Default::default();
    // The parties of the last subject that named any, for a pronoun subject.
    let mut last_subject: Vec<Participant> = Vec::new();
    for (fam, mut d) in drafts.into_iter().enumerate() {
        if d.signers_subject && d.first.is_empty() && !out.is_empty() {
            d.first = out[out.len() - 1].participants.clone();
        } else if d.pronoun_subject && d.first.is_empty() {
            d.first = last_subject.clone();
            if d.singular_subject && d.first.len() > 1 {
                let mentions = |p: &Participant| p.cluster.map_or(0, |c| clusters.clusters[c].members.len());
                // The one the sentence before names (`Marche n’en est pas à
                // son coup d’essai. La commune avait signé …`), else the
                // first of the most named (`max_by_key` keeps the last).
                let just_before = |p: &Participant| {
                    p.cluster.is_some_and(|c| {
                        clusters.clusters[c]
                            .members
                            .iter()
                            .any(|&e| ctx.sent_of[ents[e].tok_start] as usize + 1 == d.sent)
                    })
                };
                let named: Vec<usize> = (0..d.first.len()).filter(|&k| just_before(&d.first[k])).collect();
                let most = d.first.iter().map(mentions).max().unwrap_or(0);
                let pick = if named.len() == 1 {
                    Some(named[0])
                } else {
                    d.first.iter().position(|p| mentions(p) == most)
                };
                if let Some(k) = pick {
                    let keep = d.first.swap_remove(k);
                    d.first = vec![keep];
                }
            }
        } else if d.rule == "signed:active" && d.first.iter().any(|p| !p.signatory) {
            last_subject = d.first.iter().filter(|p| !p.signatory).cloned().collect();
        }
        // A second trigger on the same instrument (`un accord … avec l’UE,
        // paraphé par son ambassadeur, X`) adds to the record already made.
        if let Some(&r) = by_mention.get(&d.mention.start) {
            // A listed instrument that names its own parties (`– un protocole
            // conclu entre le ministère de la Justice et …`) is theirs, not the
            // group's.
            let own = d
                .first
                .iter()
                .chain(d.groups.iter().flatten())
                .any(|p| !p.signatory);
            if let Some(group_parties) = inherited.remove(&r).filter(|_| own) {
                out[r]
                    .participants
                    .retain(|p| !group_parties.iter().any(|q| same(p, q)));
            }
            absorb(ctx, ents, clusters, &mut out[r], &mut d);
            note(&mut latest, &out[r], r);
            continue;
        }
        // `Photo : A, directeur de X, et B, PDG de Y, lors de la signature`:
        // the people sign the latest record that holds every body they sign
        // for; a caption of people from other bodies adds no one.
        if d.rule == "signed:caption" {
            let target = best_target(&latest, clusters, &d.signatories).filter(|&r| {
                d.signatories.iter().all(|p| {
                    p.represents
                        .and_then(|e| clusters.of_entity.get(e).copied().flatten())
                        .is_some_and(|c| out[r].participants.iter().any(|q| q.cluster == Some(c)))
                })
            });
            if let Some(r) = target {
                absorb(ctx, ents, clusters, &mut out[r], &mut d);
                note(&mut latest, &out[r], r);
            }
            continue;
        }
        let explicit_parties = !d.first.is_empty() || !d.groups.is_empty();
        // `Un accord de prêt a été signé entre X et Y. … L’accord a été signé
        // au nom de X par A et pour le compte de Y par B`: the same instrument
        // told again, with its signatories; it names no party the record lacks.
        // `La BICEC, elle, a signé par l’intermédiaire de …`: a verb with no
        // instrument of its own, whose parties are all in a record already
        // made, tells that record again.
        let verb_only = d.mention.start == d.trigger && d.mention.kind == "accord";
        if (d.mention.definite || verb_only) && !d.mention.plural && explicit_parties {
            // (A bare verb tells only the latest record again.)
            let from = if verb_only { out.len().saturating_sub(1) } else { 0 };
            // (`c’est la vice-présidente, A, qui a paraphé la convention`: a
            // person who signs for no named body adds a signatory to the
            // latest record of that kind.)
            let refers = |r: usize| verb_only || refers_to(&d.mention.kind, &out[r].kind);
            let last = (from..out.len()).rev().find(|&r| refers(r));
            let told_again = (from..out.len()).rev().find(|&r| {
                refers(r)
                    && d.first.iter().chain(d.groups.iter().flatten()).all(|p| {
                        p.cluster.is_some()
                            && out[r].participants.iter().any(|q| q.cluster == p.cluster)
                            || Some(r) == last && p.signatory && p.represents.is_none()
                    })
            });
            if let Some(r) = told_again {
                absorb(ctx, ents, clusters, &mut out[r], &mut d);
                note(&mut latest, &out[r], r);
                continue;
            }
        }

        // `Cette dernière a paraphé un accord-cadre avec l’UASZ. Le document
        // a été signé par …`: the instrument named just before, whose first
        // sentence named too few parties, before any older record.
        if d.mention.definite
            && !d.mention.plural
            && d.first.is_empty()
            && d.groups.is_empty()
            && !d.signatories.is_empty()
        {
            let head = kind_head(&d.mention.kind).to_string();
            let last = antecedent(ctx, ms, &d.mention, d.sent, |x| !x.kind.is_empty())
                .filter(|a| head.is_empty() || matches!(head.as_str(), "document" | "texte") || kind_head(&a.kind) == head)
                .map(|a| a.start);
            if let Some((prev, ps)) = last.and_then(|a| unmade.remove(&a)) {
                complete_unmade!(fam, prev, ps, d);
                continue;
            }
        }
        // `Les accords ont été signés par A, président de X, B, … `: the
        // signatories of the latest family of records, each to the records of
        // the body they represent; `L’accord sur la sécurité a été signé par
        // …`: the record of the family whose topic it names.
        // With no one named (`L’accord sur la sécurité a été signé lundi`) it
        // is that record told again, not another.
        if (d.mention.definite || d.mention.counted_back)
            && !d.groups.iter().any(|g| !g.is_empty())
            && d.alternatives.is_empty()
        {
            if let Some(members) = latest_family(&family, out.len()) {
                let words = topic(ctx, d.mention.start, d.trigger.max(d.mention.end));
                // A plural mention names the family's kind (`Les trois
                // accords` for accords listed as a plan, a convention …).
                let head = kind_head(&d.mention.kind);
                let same_kind = head.is_empty()
                    || matches!(head, "document" | "texte")
                    || kind_head(&family_kind[members[0]]) == head;
                let targets: Vec<usize> = if d.mention.plural {
                    if same_kind {
                        ranked_members(ctx, ents, &d.mention, members)
                    } else {
                        Vec::new()
                    }
                } else {
                    best_topic(ctx, &members, &topics, &words).into_iter().collect()
                };
                if !targets.is_empty() {
                    distribute(ctx, ents, clusters, &mut out, &targets, &mut d);
                    for &r in &targets {
                        note(&mut latest, &out[r], r);
                    }
                    continue;
                }
            }
        }
        // `la signature de ces différents accords` with no one named: the
        // instruments of a record already made, told again.
        if (d.mention.definite || d.mention.counted_back)
            && !explicit_parties
            && d.signatories.is_empty()
            && out
                .iter()
                .any(|r| refers_to(kind_head(&d.mention.kind), &r.kind))
        {
            continue;
        }
        // `… grâce à la signature d’une convention de partenariat impliquant
        // également la région …`: more parties of an instrument already reported.
        if !d.mention.definite
            && !d.mention.kind.is_empty()
            && (d.mention.end..d.mention.end + 3).any(|x| ctx.is(x, &["également", "aussi"]))
        {
            if let Some(r) = (0..out.len())
                .rev()
                .find(|&r| out[r].kind == d.mention.kind)
            {
                absorb(ctx, ents, clusters, &mut out[r], &mut d);
                note(&mut latest, &out[r], r);
                continue;
            }
        }
        // `La BICEC, elle, a signé par l’intermédiaire de son directeur, A`:
        // a signing verb with no instrument of its own, soon after a record,
        // is that record's.
        let verb_only = d.mention.start == d.trigger
            && d.mention.end == d.trigger + 1
            && verb_form(ctx.l(d.trigger)).is_some()
            && d.rule == "signed:active";
        if verb_only {
            if let Some(r) = out.len().checked_sub(1) {
                let at = ctx.tok_at(out[r].agreement.start);
                if ctx.sent_of[at] as usize + 3 >= d.sent {
                    absorb(ctx, ents, clusters, &mut out[r], &mut d);
                    note(&mut latest, &out[r], r);
                    continue;
                }
            }
        }
        // `Le document a été signé par …`: the instrument named before, when there is one.
        if d.mention.kind.is_empty() && !out.is_empty() {
            // `Le premier accord de prêt … Il a été signé par …`: the
            // instrument just named, when it has a record.
            let named = antecedent(ctx, ms, &d.mention, d.sent, |x| !x.kind.is_empty())
                .filter(|a| ctx.sent_of[a.start] as usize + 1 >= d.sent)
                .and_then(|a| by_mention.get(&a.start).copied());
            let target = named
                .or_else(|| best_target(&latest, clusters, &d.signatories))
                .unwrap_or(out.len() - 1);
            absorb(ctx, ents, clusters, &mut out[target], &mut d);
            note(&mut latest, &out[target], target);
            continue;
        }
        // `… par la signature d’un mémorandum d’entente. Le texte a été signé
        // par …` with no record yet: the text is the instrument named last
        // before it, in its sentence or the two before.
        if d.mention.kind.is_empty() {
            if let Some(a) = antecedent(ctx, ms, &d.mention, d.sent, |x| !x.kind.is_empty()) {
                d.mention = Mention {
                    definite: true,
                    draft: false,
                    ..a.clone()
                };
            }
        }
        if d.mention.kind.is_empty() && explicit_parties {
            d.mention.kind = "accord".into();
        }
        // `X a conclu trois protocoles d’accord avec des entreprises. Signés
        // avec A, B et C, ces accords …`: a definite plural that names the
        // parties an earlier group lacked is that group; it keeps the
        // instrument as the first sentence wrote it.
        if d.mention.definite && d.mention.plural && explicit_parties {
            let earlier = unmade
                .iter()
                .filter(|(_, (p, _))| {
                    p.mention.plural
                        && p.sent < d.sent
                        && p.sent + 2 >= d.sent
                        && (d.mention.kind == "accord" || refers_to(&d.mention.kind, &p.mention.kind))
                })
                .map(|(&k, _)| k)
                .max();
            if let Some((prev, ps)) = earlier.and_then(|k| unmade.remove(&k)) {
                d.mention = prev.mention;
                for p in ps {
                    if !d.first.iter().any(|q| same(q, &p)) {
                        d.first.push(p);
                    }
                }
            }
        }
        // `X et Y ont conclu une entente … L’entente a été paraphée par A et B`,
        // where the first sentence named too few parties for a record: the
        // signatories complete that instrument's parties, not an older record's.
        // (`Le document a été paraphé pour l’ONG ALIMA par …` after `Un
        // protocole a été signé au ministère …`: the side it names joins too.)
        if d.mention.definite && !d.signatories.is_empty() && d.groups.is_empty() {
            let head = kind_head(&d.mention.kind);
            // (`Le document` already stands for the instrument it names.)
            let earlier = if unmade.contains_key(&d.mention.start) {
                Some(d.mention.start)
            } else {
                (!head.is_empty())
                    .then(|| antecedent(ctx, ms, &d.mention, d.sent, |x| kind_head(&x.kind) == head))
                    .flatten()
                    .map(|a| a.start)
            };
            if let Some((prev, mut ps)) = earlier.and_then(|a| unmade.remove(&a)) {
                for p in d.first.drain(..) {
                    if !ps.iter().any(|q| same(q, &p)) {
                        ps.push(p);
                    }
                }
                complete_unmade!(fam, prev, ps, d);
                continue;
            }
        }
        // An anaphoric mention with signatories only adds them to the record it
        // refers to; `Le contrat de sponsoring a été signé par …` after records
        // of other kinds names an instrument of its own.
        let other_kind = d.mention.kind.contains(' ')
            && !out.iter().any(|r| {
                refers_to(&d.mention.kind, &r.kind) || r.kind == kind_head(&d.mention.kind)
            });
        if d.mention.definite && !explicit_parties && !d.signatories.is_empty() && !out.is_empty() && !other_kind {
            let target = best_target(&latest, clusters, &d.signatories).unwrap_or(out.len() - 1);
            absorb(ctx, ents, clusters, &mut out[target], &mut d);
            note(&mut latest, &out[target], target);
            continue;
        }
        if d.first.is_empty()
            && d.alternatives.is_empty()
            && (d.implicit || d.rule == "signed:active")
        {
            // (A joint commission's two countries before its chair.)
            if d.implicit && !session.is_empty() && context.is_empty() {
                d.first = session.clone();
            } else if let Some(h) = &host {
                d.first.push(h.participant.clone());
            } else if !context.is_empty() {
                d.first = context.clone();
                for p in &mut d.first {
                    p.implicit = true;
                }
            }
        }
        let separate = d.mention.plural && d.groups.len() > 1;
        // Each record with the token window its own details come from (a
        // partner's amount stands between it and the next partner).
        let mut records: Vec<(Vec<Participant>, Option<Range<usize>>)> = Vec::new();
        if !d.alternatives.is_empty() {
            for alt in &d.alternatives {
                let mut ps = d.first.clone();
                ps.extend(alt.iter().cloned());
                records.push((ps, None));
            }
        } else if separate {
            let starts: Vec<usize> = d
                .groups
                .iter()
                .map(|g| {
                    g.iter()
                        .filter_map(|p| p.entity)
                        .map(|e| ents[e].tok_start)
                        .min()
                        .unwrap_or(usize::MAX)
                })
                .collect();
            for (k, g) in d.groups.iter().enumerate() {
                let mut ps = d.first.clone();
                ps.extend(g.iter().cloned());
                let next = starts.get(k + 1).copied().unwrap_or(usize::MAX);
                let window = (starts[k] != usize::MAX).then(|| starts[k]..next);
                records.push((ps, window));
            }
        } else {
            let mut ps = d.first.clone();
            for g in &d.groups {
                ps.extend(g.iter().cloned());
            }
            records.push((ps, None));
        }
        // The group signing gives the context for later ones.
        if d.mention.plural && !d.first.is_empty() && d.rule != "signed:instrument-with" {
            context = d.first.iter().filter(|p| !p.signatory).cloned().collect();
        }
        let single = records.len() == 1;
        // One record per partner and as many listed instruments (`trois
        // accords avec respectivement A, B et C. Il s’agit de : 1. un accord
        // … ; 2. …`): each record is the listed instrument of its rank.
        let ranked: Option<&Series> = series
            .iter()
            .find(|x| ms[x.group].start == d.mention.start)
            .filter(|x| !single && x.items.len() == records.len());
        let mut too_few = None;
        for (rank, (mut ps, window)) in records.into_iter().enumerate() {
            ps.extend(d.signatories.iter().cloned());
            // The bodies signatories represent are parties.
            add_represented(ctx, ents, clusters, &mut ps);
            if ps.len() < 2 {
                too_few = Some(ps).filter(|ps| single && !ps.is_empty());
                continue;
            }
            // A group whose instruments the text lists: one record per item.
            let listed = series
                .iter()
                .find(|x| ms[x.group].start == d.mention.start)
                .filter(|_| single);
            if let Some(x) = listed {
                // The same instruments told again (a headline, then the
                // article): the records made for them take these parties.
                let made: Vec<usize> = x
                    .items
                    .iter()
                    .filter_map(|&it| by_mention.get(&ms[it].start).copied())
                    .collect();
                if made.len() == x.items.len() {
                    for r in made {
                        out[r].participants.extend(ps.iter().cloned());
                        dedupe(&mut out[r].participants);
                    }
                    continue;
                }
                for (n, &it) in x.items.iter().enumerate() {
                    let item = Draft {
                        mention: ms[it].clone(),
                        ..d.shallow()
                    };
                    by_mention.insert(ms[it].start, out.len());
                    inherited.insert(
                        out.len(),
                        ps.iter().filter(|p| !p.signatory).cloned().collect(),
                    );
                    let rec = make(ctx, ents, &item, ps.clone(), window.clone());
                    note(&mut latest, &rec, out.len());
                    out.push(rec);
                    family.push(fam);
                    family_kind.push(d.mention.kind.clone());
                    group.push(false);
                    topics.push(Topic::Words(x.topics[n].clone()));
                }
                continue;
            }
            if let Some(x) = ranked {
                let it = x.items[rank];
                let item = Draft {
                    mention: ms[it].clone(),
                    ..d.shallow()
                };
                by_mention.insert(ms[it].start, out.len());
                let rec = make(ctx, ents, &item, ps, window);
                note(&mut latest, &rec, out.len());
                out.push(rec);
                family.push(fam);
                family_kind.push(d.mention.kind.clone());
                group.push(false);
                topics.push(Topic::Words(x.topics[rank].clone()));
                continue;
            }
            by_mention.entry(d.mention.start).or_insert(out.len());
            let rec = make(ctx, ents, &d, ps, window);
            note(&mut latest, &rec, out.len());
            out.push(rec);
            family.push(fam);
            family_kind.push(d.mention.kind.clone());
            group.push(d.mention.plural);
            topics.push(Topic::Span(d.mention.start..clause_end(ctx, d.mention.end)));
        }
        // Kept in case a later sentence names the rest (`L’entente a été paraphée par …`).
        if let Some(ps) = too_few {
            if !d.mention.kind.is_empty() && !by_mention.contains_key(&d.mention.start) {
                unmade.insert(d.mention.start, (d, ps));
            }
        }
    }
    for r in &mut out {
        merge_ministry_country(ctx, ents, clusters, &mut r.participants);
        merge_short_names(&mut r.participants);
    }
    drop_told_in_detail(ctx, out, &family, &group)
}

/// Two bodies of one record, one named by the first words of the other
/// (`Corporation des services universitaires` and `Corporation des services
/// universitaires secteur ouest Côte-Nord`), are one participant under the
/// longer name.
fn merge_short_names(ps: &mut Vec<Participant>) {
    let mut k = 0;
    while k < ps.len() {
        let short = &ps[k];
        let long = (short.etype == EntityType::Org && short.key.split(' ').count() >= 3)
            .then(|| {
                // (Not when each has an acronym of its own: `Economic
                // Development Board (EDB)` and `… Madagascar (EDBM)`.)
                let acronym = |p: &Participant| {
                    p.aliases
                        .iter()
                        .find(|a| a.len() >= 2 && a.chars().all(|c| c.is_uppercase() || c == '-'))
                        .cloned()
                };
                ps.iter().position(|p| {
                    p.etype == EntityType::Org
                        && p.key.len() > short.key.len()
                        && p.key.starts_with(short.key.as_str())
                        && p.key.as_bytes()[short.key.len()] == b' '
                        && !matches!((acronym(short), acronym(p)), (Some(a), Some(b)) if a != b)
                })
            })
            .flatten();
        if let Some(l) = long {
            let s = ps.remove(k);
            let l = if l > k { l - 1 } else { l };
            ps[l].aliases.push(s.name);
            ps[l].aliases.extend(s.aliases);
            continue;
        }
        k += 1;
    }
}

/// A ministry and its country on one side are one participant (ANNOTATION.md,
/// settled cases): `le ministère de l’Enseignement supérieur de la République
/// démocratique du Congo` and `RDC` are one party, listed under the
/// ministry's name with the country's names among its aliases.
fn merge_ministry_country(
    ctx: &Ctx,
    ents: &[Entity],
    clusters: &Clusters,
    ps: &mut Vec<Participant>,
) {
    let cluster = |e: usize| clusters.of_entity.get(e).copied().flatten();
    let mut k = 0;
    while k < ps.len() {
        let country = ps[k]
            .entity
            .filter(|_| ps[k].etype == EntityType::Ministry)
            // `… supérieur et universitaire de la RDC`: a few words of the
            // portfolio the span may have left out.
            .and_then(|e| {
                let end = ents[e].tok_end;
                (end..end + 4)
                    .take_while(|&j| {
                        j == end || ctx.kind(j - 1) == Some(TokKind::Word) && !ctx.is_cap(j - 1)
                    })
                    .find_map(|j| linked_by_de(ctx, ents, j))
            })
            .filter(|&c| ents[c].etype == EntityType::Place && can_participate(ctx, ents, c));
        if let Some(c) = country {
            let key = fold(&ctx.text[ents[c].start..ents[c].end]);
            if let Some(q) = ps.iter().position(|q| {
                q.etype == EntityType::Place
                    && (cluster(c).is_some() && q.cluster == cluster(c) || q.key == key)
            }) {
                let at = if q < k { k - 1 } else { k };
                let q = ps.remove(q);
                let p = &mut ps[at];
                p.aliases.push(q.name);
                p.aliases.extend(q.aliases);
                continue;
            }
        }
        k += 1;
    }
}

/// Drops a group record (`Le LIH, le LIST et l’Uni signent des accords`)
/// that a later family of records of the same kind tells in detail (`la
/// signature d’accords entre l’Uni et le LIH, et entre l’Uni et le LIST`):
/// every party of the group is in the family, which pairs them as signed.
fn drop_told_in_detail(ctx: &Ctx, out: Vec<Signing>, family: &[usize], group: &[bool]) -> Vec<Signing> {
    let n = out.len();
    let keep: Vec<bool> = (0..n)
        .map(|r| {
            if !group[r] {
                return true;
            }
            let parties: Vec<&Participant> = out[r]
                .participants
                .iter()
                .filter(|p| !p.signatory)
                .collect();
            // The detail follows the group closely: the next twenty records.
            let near = (r + 21).min(n);
            let told = (r + 1..near).any(|f| {
                let members: Vec<usize> =
                    (r + 1..near).filter(|&x| family[x] == family[f]).collect();
                members.len() >= 2
                    && members
                        .iter()
                        .all(|&x| kind_head(&out[x].kind) == kind_head(&out[r].kind))
                    && parties.iter().all(|p| {
                        members
                            .iter()
                            .any(|&x| out[x].participants.iter().any(|q| same(p, q)))
                    })
            });
            !told
        })
        .collect();
    let out: Vec<Signing> = out
        .into_iter()
        .zip(keep)
        .filter_map(|(r, k)| k.then_some(r))
        .collect();
    drop_restated(ctx, out)
}

/// Drops a record that only restates another of the same instrument (a
/// headline, then the lead: `La Chine et la Guinée signent un accord de
/// coopération …`): no signatory of its own, and every party in the other.
fn drop_restated(ctx: &Ctx, out: Vec<Signing>) -> Vec<Signing> {
    let n = out.len();
    let parties = |r: usize| out[r].participants.iter().filter(|p| !p.signatory);
    // (`… avaient déjà signé en juillet 2022 un accord de prêt` is another
    // signing than the one of `hier`: two dates written apart.)
    let date = |r: usize| out[r].date.as_ref().map(|d| &ctx.text[d.start..d.end]);
    let other_day = |q: usize, r: usize| matches!((date(q), date(r)), (Some(a), Some(b)) if a != b);
    let keep: Vec<bool> = (0..n)
        .map(|r| {
            if out[r].participants.iter().any(|p| p.signatory) {
                return true;
            }
            let near = r.saturating_sub(20)..(r + 21).min(n);
            !near.clone().any(|q| {
                q != r
                    && out[q].kind == out[r].kind
                    && !other_day(q, r)
                    && parties(r).all(|p| out[q].participants.iter().any(|x| same(p, x)))
                    // Of two equal restatements, the first stays.
                    && (q < r
                        || out[q].participants.iter().any(|p| p.signatory)
                        || parties(q).count() > parties(r).count())
            })
        })
        .collect();
    out.into_iter()
        .zip(keep)
        .filter_map(|(r, k)| k.then_some(r))
        .collect()
}

impl Draft {
    /// The draft's fields but its participants, for a record made from a
    /// listed item of the same signing.
    fn shallow(&self) -> Draft {
        Draft {
            mention: self.mention.clone(),
            rule: self.rule,
            sent: self.sent,
            trigger: self.trigger,
            first: Vec::new(),
            groups: Vec::new(),
            signatories: Vec::new(),
            implicit: self.implicit,
            alternatives: Vec::new(),
            pronoun_subject: false,
            singular_subject: false,
            signers_subject: false,
        }
    }
}

/// Where the description of an instrument that ends at token `from` ends:
/// the next punctuation of its sentence, or ten words on.
fn clause_end(ctx: &Ctx, from: usize) -> usize {
    let mut j = from;
    while j < ctx.len()
        && j < from + 10
        && ctx.same_sent(from.saturating_sub(1), j)
        && !matches!(ctx.t(j), "," | ";" | "." | ":" | "(")
    {
        j += 1;
    }
    j
}

/// The records of the latest family of two or more (records made from one
/// sentence: listed items, or one per partner), if it is the latest record's.
fn latest_family(family: &[usize], n: usize) -> Option<Vec<usize>> {
    let last = *family.get(n.checked_sub(1)?)?;
    let members: Vec<usize> = (0..n).filter(|&r| family[r] == last).collect();
    (members.len() >= 2).then_some(members)
}

/// The member whose topic shares the most words with `words`, if one
/// shares any and no other shares as many.
fn best_topic(
    ctx: &Ctx,
    members: &[usize],
    topics: &[Topic],
    words: &[String],
) -> Option<usize> {
    let scores: Vec<usize> = members
        .iter()
        .map(|&r| {
            let own;
            let t = match &topics[r] {
                Topic::Words(w) => w,
                Topic::Span(span) => {
                    own = topic(ctx, span.start, span.end);
                    &own
                }
            };
            t.iter().filter(|w| words.contains(w)).count()
        })
        .collect();
    let top = *scores.iter().max()?;
    (top > 0 && scores.iter().filter(|&&x| x == top).count() == 1)
        .then(|| members[scores.iter().position(|&x| x == top).unwrap_or(0)])
}

/// A record's topic words ([`topic`]), or the tokens they are read from
/// when a later mention asks (most records are never asked).
enum Topic {
    Words(Vec<String>),
    Span(Range<usize>),
}

/// Adds a draft's signatories to the records `targets`: each signatory to
/// those among them that have the body it represents, or to all when none
/// has; the draft's parties (a side, `côté malien`) to all.
fn distribute(
    ctx: &Ctx,
    ents: &[Entity],
    clusters: &Clusters,
    out: &mut [Signing],
    targets: &[usize],
    d: &mut Draft,
) {
    let sigs = std::mem::take(&mut d.signatories);
    let parties: Vec<Participant> = d
        .first
        .drain(..)
        .chain(d.groups.drain(..).flatten())
        .collect();
    for p in sigs.iter().filter(|p| p.signatory) {
        let body = p
            .represents
            .and_then(|e| participant_of(ctx, ents, clusters, e));
        // A record has the body when one of its parties is it, or belongs to
        // it (`l’IDA du Groupe de la Banque mondiale` for the Banque mondiale).
        let has_body = |r: usize, b: &Participant| {
            out[r].participants.iter().any(|q| {
                same(q, b)
                    || q.entity.is_some_and(|qe| {
                        let top = chain_end(ctx, ents, qe);
                        // (`Groupe de la Banque mondiale` holds the `Banque mondiale`.)
                        top != qe
                            && participant_of(ctx, ents, clusters, top)
                                .is_some_and(|t| same(&t, b) || t.key.contains(b.key.as_str()))
                    })
            })
        };
        let have: Vec<usize> = targets
            .iter()
            .copied()
            .filter(|&r| body.as_ref().is_some_and(|b| has_body(r, b)))
            .collect();
        let to = if have.is_empty() {
            targets.to_vec()
        } else {
            have
        };
        for r in to {
            out[r].participants.push(p.clone());
            if let Some(b) = &body {
                out[r].participants.push(b.clone());
            }
            dedupe(&mut out[r].participants);
        }
    }
    for &r in targets {
        out[r].participants.extend(parties.iter().cloned());
        dedupe(&mut out[r].participants);
    }
}

/// Adds the bodies the signatories among `ps` represent, once each.
pub(super) fn add_represented(
    ctx: &Ctx,
    ents: &[Entity],
    clusters: &Clusters,
    ps: &mut Vec<Participant>,
) {
    let reps: Vec<usize> = ps.iter().filter_map(|p| p.represents).collect();
    for r in reps {
        if let Some(q) = participant_of(ctx, ents, clusters, r) {
            ps.push(q);
        }
    }
    dedupe(ps);
}

/// Adds a draft's parties and signatories (with the bodies they represent) to
/// a record made earlier: a second trigger on the same instrument, or an
/// anaphoric mention (`La convention a été signée par …`).
pub(super) fn absorb(
    ctx: &Ctx,
    ents: &[Entity],
    clusters: &Clusters,
    rec: &mut Signing,
    d: &mut Draft,
) {
    let extra: Vec<Participant> = d
        .first
        .drain(..)
        .chain(d.groups.drain(..).flatten())
        .chain(d.signatories.drain(..))
        .collect();
    for p in extra {
        if let Some(rep) = p.represents {
            if let Some(q) = participant_of(ctx, ents, clusters, rep) {
                rec.participants.push(q);
            }
        }
        rec.participants.push(p);
    }
    dedupe(&mut rec.participants);
}

/// The record a signatory-only mention refers to: the latest one that has a
/// body the signatories represent.
pub(super) fn best_target(
    latest: &rustc_hash::FxHashMap<usize, usize>,
    clusters: &Clusters,
    signatories: &[Participant],
) -> Option<usize> {
    signatories
        .iter()
        .filter_map(|s| s.represents)
        .filter_map(|e| clusters.of_entity.get(e).copied().flatten())
        .filter_map(|c| latest.get(&c).copied())
        .max()
}

pub(super) fn make(
    ctx: &Ctx,
    ents: &[Entity],
    d: &Draft,
    participants: Vec<Participant>,
    window: Option<Range<usize>>,
) -> Signing {
    let s = &ctx.sents[d.sent];
    let m = &d.mention;
    let in_sent = |e: &Entity| e.tok_start >= s.start && e.tok_end <= s.end;
    // Only the sentence's entities: a long article must not cost entities × records.
    let lo = ents.partition_point(|e| e.tok_start < s.start);
    let hi = ents.partition_point(|e| e.tok_start < s.end);
    let sent_ents = || {
        ents[lo..hi]
            .iter()
            .enumerate()
            .map(move |(k, e)| (k + lo, e))
    };
    let near = |e: &Entity| (e.tok_start as isize - d.trigger as isize).unsigned_abs();
    let date = sent_ents()
        .filter(|(_, e)| {
            in_sent(e)
                && e.figure
                    .as_ref()
                    .is_some_and(|f| f.kind == FigureKind::Date)
        })
        .min_by_key(|(_, e)| near(e))
        .map(|(k, e)| SpanRef {
            start: e.start,
            end: e.end,
            entity: Some(k),
        })
        .or_else(|| {
            (s.clone())
                .filter(|&i| {
                    ctx.is(
                        i,
                        &[
                            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                            "dimanche", "hier",
                        ],
                    )
                })
                .min_by_key(|&i| (i as isize - d.trigger as isize).unsigned_abs())
                .map(|i| SpanRef {
                    start: ctx.bstart(i),
                    end: ctx.bend(i),
                    entity: None,
                })
        });
    let place = sent_ents()
        .filter(|(k, e)| {
            in_sent(e)
                && e.etype == EntityType::Place
                && e.tok_start > 0
                && ctx.is(e.tok_start - 1, &["à", "au", "en"])
                && !participants.iter().any(|p| p.entity == Some(*k))
        })
        .min_by_key(|(_, e)| near(e))
        .map(|(k, e)| SpanRef {
            start: e.start,
            end: e.end,
            entity: Some(k),
        });
    let amount = sent_ents()
        .filter(|(_, e)| {
            in_sent(e)
                && window.as_ref().is_none_or(|w| w.contains(&e.tok_start))
                && e.figure
                    .as_ref()
                    .is_some_and(|f| f.kind == FigureKind::Money)
        })
        .min_by_key(|(_, e)| (e.tok_start as isize - m.end as isize).unsigned_abs())
        .map(|(k, e)| SpanRef {
            start: e.start,
            end: e.end,
            entity: Some(k),
        });
    let purpose = purpose_of(ctx, ents, m.end.max(d.trigger + 1), s.end);
    Signing {
        agreement: SpanRef {
            start: ctx.bstart(m.start),
            end: ctx.bend(m.end - 1),
            entity: None,
        },
        kind: m.kind.clone(),
        count: m.count,
        participants,
        date,
        place,
        amount,
        purpose,
        rule: d.rule,
    }
}

/// `pour promouvoir …`, `portant sur …`, `relatif à …`, `visant à …`: up to the next punctuation.
pub(super) fn purpose_of(
    ctx: &Ctx,
    ents: &[Entity],
    from: usize,
    end: usize,
) -> Option<Range<usize>> {
    let mut i = from;
    // The number of entities that start at or before `i` (`ent_covering`
    // without a search per token).
    let mut started = ents.partition_point(|e| e.tok_start <= i);
    while i < end {
        while started < ents.len() && ents[started].tok_start <= i {
            started += 1;
        }
        // `pour` inside a name (`Fonds arabe pour le développement`) is not a purpose.
        if let Some(e) = started
            .checked_sub(1)
            .map(|x| &ents[x])
            .filter(|e| e.tok_end > i)
        {
            i = e.tok_end;
            continue;
        }
        let start = if ctx.is(
            i,
            &["pour", "visant", "portant", "relatif", "relative", "afin"],
        ) || starts_with(ctx, i, &["en", "vue"])
        {
            Some(i)
        } else {
            None
        };
        if let Some(a) = start {
            let mut j = a + 1;
            while j < end && !matches!(ctx.t(j), "," | ";" | "." | ")" | "(" | "»" | "«" | ":") {
                j += 1;
            }
            if j > a + 1 {
                return Some(ctx.bstart(a)..ctx.bend(j - 1));
            }
        }
        i += 1;
    }
    None
}

/// `Les trois premiers instruments`, `les deux derniers accords`: that many
/// of a family's records from its start or its end; a family of fewer
/// records, none. Without a rank, all of them.
fn ranked_members(ctx: &Ctx, ents: &[Entity], m: &Mention, members: Vec<usize>) -> Vec<usize> {
    let i = m.start;
    if i == 0 || !ctx.is(i - 1, RANK_WORDS) {
        return members;
    }
    let n = number_before(ents, i - 1).map_or(1, |n| n as usize);
    if n >= members.len() {
        return Vec::new();
    }
    if ctx.is(i - 1, &["premiers", "premières"]) {
        members[..n].to_vec()
    } else {
        members[members.len() - n..].to_vec()
    }
}
